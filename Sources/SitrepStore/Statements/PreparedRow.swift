import SitrepCore
import SitrepIngest

/// An incident with everything the ingest loop needs computed in advance — its digest and its lists as
/// JSON — so that this work runs on the reading thread, not the one writing to SQLite.
struct PreparedRow: Sendable {
    var incident: Incident
    var digest: Int64
    var actors: String
    var materiel: String
    var tags: String
    var segment: String?

    init(_ incident: Incident) {
        self.incident = incident
        digest = IncidentDigest(incident).signed
        actors = IncidentJSONWriter.json(incident.actors)
        materiel = IncidentJSONWriter.json(incident.materiel)
        tags = IncidentJSONWriter.json(incident.tags)
        segment = incident.location.segment.map(IncidentJSONWriter.json)
    }
}
