import SitrepCore

extension IndicatorTable {
    /// Days from each row's latest corridor incident (in this or an earlier period of the same region) to the
    /// last day of the row's period, in row order; `nil` until the region's first incident.
    public var daysSinceLastCorridorIncident: [Int64?] {
        var result: [Int64?] = []
        result.reserveCapacity(rows.count)
        var latest = Int32.min
        for (index, row) in rows.enumerated() {
            if index % Swift.max(periods.count, 1) == 0 { latest = .min }
            latest = Swift.max(latest, row.counts.lastCorridorIncident)
            let lastDay = calendar.lastDay(ofKey: calendar.key(of: row.periodStart))
            result.append(latest == .min ? nil : Int64(lastDay.number) - Int64(latest))
        }
        return result
    }
}
