/// The JSON layouts of the files in a theatre directory (e.g. `Notebooks-data/theatres/mali/`).
/// Each file also carries `sources` (and sometimes `rule`) for readers; decoding ignores them.
enum TheatreFiles {
    struct Regions: Decodable {
        struct Entry: Decodable {
            var id: String
            var name: String
            var kind: String
            var aliases: [String]
        }
        var old: [Entry]
        var new: [Entry]
    }

    struct Crosswalk: Decodable {
        struct Split: Decodable {
            var latitude: Double
            var north: String
            var south: String
        }
        struct Row: Decodable {
            var cercle: String
            var aliases: [String]
            var old_region: String
            var new_region: String
            var split: Split?
        }
        var cercles: [Row]
    }

    struct Places: Decodable {
        struct Entry: Decodable {
            var name: String
            var aliases: [String]
            var latitude: Double
            var longitude: Double
            var country: String
            var kind: String
            var source: String
        }
        var places: [Entry]
    }

    struct Corridors: Decodable {
        struct Entry: Decodable {
            var name: String
            var short: String
            var aliases: [String]
            var waypoints: [String]
        }
        var hub: String
        var corridors: [Entry]
    }

    struct Actors: Decodable {
        struct Pattern: Decodable {
            var match: String
            var side: String
        }
        var exact: [String: String]
        var patterns: [Pattern]
    }
}
