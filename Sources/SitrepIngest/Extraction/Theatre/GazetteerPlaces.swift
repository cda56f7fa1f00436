public import SitrepCore

/// Places for the extractor from the theatre's gazetteer, after the extractor's own list.
///
/// The built-in list (`DefaultTheatre`) is tried first because it knows each town's admin1; a place only the
/// gazetteer knows (every cercle seat and corridor town of `Notebooks-data/theatres/mali/places.json`) is
/// returned with its coordinates and no admin1.
public struct GazetteerPlaces: PlaceResolving {
    public let gazetteer: Gazetteer
    let builtIn = DefaultTheatre()

    public let longestPlaceName: Int

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let names = gazetteer.places.flatMap { [$0.name] + $0.aliases }
        longestPlaceName = max(
            DefaultTheatre().longestPlaceName, names.map { TextFolding.fold($0).split(separator: " ").count }.max() ?? 1)
    }

    public func place(folded name: String) -> ResolvedPlace? {
        if let known = builtIn.place(folded: name) { return known }
        guard let place = gazetteer.place(named: name) else { return nil }
        return ResolvedPlace(
            name: place.name, admin1: nil, latitude: place.point.latitude, longitude: place.point.longitude)
    }
}
