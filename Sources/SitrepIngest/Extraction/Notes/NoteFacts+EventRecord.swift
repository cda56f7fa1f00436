public import SitrepCore

extension NoteFacts {
    /// Fills the compact record of an ACLED row as `apply(to: Incident)` fills an incident, so that
    /// `indicators --extract-notes` agrees with `ingest --extract-notes` followed by `indicators --db`: deaths by
    /// side (each capped so that the sides never add up to more than the row's fatalities), the materiel
    /// counts (`MaterielCategory`), and the convoy / fuel-tanker / checkpoint / IED / base / claim tags.
    public func apply(to record: inout EventRecord) {
        var remaining = record.fatalities - record.fatalitiesStateSide - record.fatalitiesInsurgent - record.fatalitiesCivilian
        for (count, keyPath) in [
            (state, \EventRecord.fatalitiesStateSide), (insurgent, \EventRecord.fatalitiesInsurgent),
            (civilian, \EventRecord.fatalitiesCivilian),
        ] where record[keyPath: keyPath] == 0 {
            let taken = max(0, min(Int32(clamping: count ?? 0), remaining))
            record[keyPath: keyPath] = taken
            remaining -= taken
        }
        record.addMateriel(materiel)
        record.addTags(tags)
        if reliability == .claim { record.tags.insert(.claim) }
    }
}
