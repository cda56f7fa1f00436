public import SitrepCore

/// The indicator values of one region in one period: sums over its events.
public struct IndicatorCounts: Sendable, Equatable {
    /// Number of events.
    public var events: Int64 = 0
    /// Sum of the best fatality estimates.
    public var fatalities: Int64 = 0
    /// Events per ACLED event type, indexed by `EventType.rawValue`.
    public var byType: (Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0)
    /// Events dated only to a week or a month (ACLED `time_precision` 2–3), counted in their coded date's period.
    public var impreciseDates: Int64 = 0

    public init() {}

    @inlinable
    public mutating func add(_ record: EventRecord) {
        events += 1
        fatalities += Int64(record.fatalities)
        if record.datePrecision != .day { impreciseDates += 1 }
        switch record.eventType {
        case .battles?: byType.0 += 1
        case .explosionsRemoteViolence?: byType.1 += 1
        case .violenceAgainstCivilians?: byType.2 += 1
        case .strategicDevelopments?: byType.3 += 1
        case .protests?: byType.4 += 1
        case .riots?: byType.5 += 1
        case nil: break
        }
    }

    public mutating func merge(_ other: IndicatorCounts) {
        events += other.events
        fatalities += other.fatalities
        impreciseDates += other.impreciseDates
        byType.0 += other.byType.0
        byType.1 += other.byType.1
        byType.2 += other.byType.2
        byType.3 += other.byType.3
        byType.4 += other.byType.4
        byType.5 += other.byType.5
    }

    /// Events of one type.
    public func count(of type: EventType) -> Int64 {
        switch type {
        case .battles: byType.0
        case .explosionsRemoteViolence: byType.1
        case .violenceAgainstCivilians: byType.2
        case .strategicDevelopments: byType.3
        case .protests: byType.4
        case .riots: byType.5
        }
    }

    public static func == (lhs: IndicatorCounts, rhs: IndicatorCounts) -> Bool {
        lhs.events == rhs.events && lhs.fatalities == rhs.fatalities && lhs.impreciseDates == rhs.impreciseDates
            && EventType.allCases.allSatisfy { lhs.count(of: $0) == rhs.count(of: $0) }
    }
}
