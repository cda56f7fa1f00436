import ArgumentParser
import SitrepCore

/// `--theatre DIR` and the corridor geometry, shared by the commands that use the theatre.
struct TheatreOptions: ParsableArguments {
    @Option(help: "Theatre directory (default: Notebooks-data/theatres/mali, found from here or the executable).")
    var theatre: String?
    @Option(help: "Corridor buffer: an incident counts for a corridor within this many km of it.")
    var bufferKm: Double = CorridorNetwork.defaultBufferKm
    @Option(help: "Radius around Bamako, in km, inside which corridor incidents count.")
    var radiusKm: Double = CorridorNetwork.defaultRadiusKm

    func validate() throws {
        guard bufferKm > 0, radiusKm > 0 else { throw ValidationError("--buffer-km and --radius-km must be positive.") }
    }

    /// The theatre, or `nil` when none is found and none was asked for (sides and corridors then stay unknown,
    /// and a line on stderr says so). `required` names what needs it, for the error when it is missing.
    func load(required: String? = nil) throws -> Theatre? {
        guard let directory = theatre ?? Theatre.defaultDirectory() else {
            if let required {
                throw ValidationError("\(required) needs the theatre: give --theatre DIR (Notebooks-data/theatres/mali).")
            }
            StandardError.print("sitrep: no theatre directory found (--theatre DIR); actor sides and corridors left empty")
            return nil
        }
        return try CommandErrors.reporting { try Theatre(directory: directory, bufferKm: bufferKm, radiusKm: radiusKm) }
    }
}
