/// The compact form of an incident that aggregation works on: fixed-size, no strings.
///
/// Names (regions, actors) are ids into `NameTable`s held beside the records, so millions of records
/// stream through aggregation without an allocation per row.
public struct EventRecord: Sendable, Equatable {
    /// Marks a missing name id (no admin1, no actor).
    public static let none: Int32 = -1

    public var day: Day
    public var datePrecision: DatePrecision
    /// `nil` when the source's event type is not one of ACLED's six.
    public var eventType: EventType?
    /// Id of the admin1 name in the source's region table, or `EventRecord.none`.
    public var admin1: Int32
    /// Best fatality estimate.
    public var fatalities: Int32

    public init(
        day: Day, datePrecision: DatePrecision = .day, eventType: EventType?, admin1: Int32, fatalities: Int32
    ) {
        self.day = day
        self.datePrecision = datePrecision
        self.eventType = eventType
        self.admin1 = admin1
        self.fatalities = fatalities
    }
}
