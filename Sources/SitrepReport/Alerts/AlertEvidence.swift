import SitrepCore
import SitrepTimeSeries

/// Finds the incidents behind each alert among the incidents of its week.
///
/// A region's alert lists the region's violent events (the count every region rule watches); the blockade
/// alert lists the incidents placed on a corridor (`EventPlacement`); the balance-of-force alert lists the
/// engagements between insurgents and the state side. Ids are sorted, so documents are deterministic.
struct AlertEvidence {
    let incidents: [Incident]
    let theatre: Theatre?

    func attach(to alerts: [Alert]) -> [Alert] {
        alerts.map { alert in
            var alert = alert
            alert.incidentIDs = ids(for: alert).sorted()
            return alert
        }
    }

    func ids(for alert: Alert) -> [String] {
        switch alert.region {
        case TheatreSeriesName.corridors: return corridorIncidents.map(\.incident.id)
        case TheatreSeriesName.country: return incidents.filter { isEngagement($0) }.map(\.id)
        default:
            return incidents.filter { $0.location.admin1 == alert.region && isViolent($0) }.map(\.id)
        }
    }

    /// Incidents on a corridor, with the corridor's index (requires a theatre).
    var corridorIncidents: [(incident: Incident, corridor: Int)] {
        guard let theatre else { return [] }
        var placement = EventPlacement(network: theatre.corridors)
        var records = IncidentRecords(theatre: theatre)
        return incidents.compactMap { incident in
            var record = records.record(for: incident)
            placement.place(&record)
            return record.corridor >= 0 ? (incident, Int(record.corridor)) : nil
        }
    }

    func isViolent(_ incident: Incident) -> Bool {
        (incident.eventType?.isPoliticalViolence ?? false) || incident.subEventType == "Excessive force against protesters"
    }

    func isEngagement(_ incident: Incident) -> Bool {
        guard incident.eventType == .battles || incident.eventType == .explosionsRemoteViolence else { return false }
        let side = { (role: Actor.Role) in
            incident.actors.first { $0.role == role }.flatMap { $0.side ?? theatre?.actors.side(of: $0.name) }
        }
        let (a, b) = (side(.initiator), side(.target))
        return (a == .insurgent && (b?.isStateSide ?? false)) || ((a?.isStateSide ?? false) && b == .insurgent)
    }
}
