extension EventRecord {
    /// The compact record aggregation works on, from a full incident: its date and date precision, event
    /// type, best fatality estimate (clamped to `Int32`) and admin1, interned into `regions`.
    ///
    /// An empty or missing admin1 gives `EventRecord.none`, as `ACLEDReader.forEachEvent` does for an
    /// empty `admin1` field, so that a file aggregates the same whether it is read directly or from the store.
    public init(incident: Incident, regions: inout NameTable) {
        let admin1 = incident.location.admin1
        self.init(
            day: incident.date, datePrecision: incident.datePrecision, eventType: incident.eventType,
            admin1: admin1.map { $0.isEmpty ? EventRecord.none : regions.id(of: $0) } ?? EventRecord.none,
            fatalities: Int32(clamping: incident.fatalities.best))
    }
}
