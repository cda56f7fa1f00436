extension Theatre {
    /// The corridor a road segment between two named places lies on: the first corridor (in corridors.json
    /// order, the same tie rule as `CorridorNetwork.assign`) whose waypoints include both ends, the hub
    /// (Bamako) counting as on every corridor; otherwise the corridor nearest to the segment's midpoint when
    /// both places are in the gazetteer and that midpoint is within the buffer; otherwise `nil`.
    public func corridorIndex(forSegment ends: [String]) -> Int? {
        guard ends.count == 2 else { return nil }
        let keys = ends.map(TextFolding.fold)
        let hub = TextFolding.fold(corridors.hubName)
        if let index = corridors.corridors.firstIndex(where: { corridor in
            let waypoints = Set(corridor.waypoints.map(TextFolding.fold) + [hub])
            return keys.allSatisfy(waypoints.contains)
        }) {
            return index
        }
        guard let first = gazetteer.place(named: ends[0]), let second = gazetteer.place(named: ends[1]) else { return nil }
        let midpoint = GeoPoint(
            latitude: (first.point.latitude + second.point.latitude) / 2,
            longitude: (first.point.longitude + second.point.longitude) / 2)
        return corridors.assign(midpoint).corridor
    }
}
