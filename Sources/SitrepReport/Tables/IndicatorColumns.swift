import SitrepCore
public import SitrepTimeSeries

/// One cell of an indicator column: a count, a real number printed with fixed decimals, or undefined
/// (empty in CSV, `null` in JSON, `n/a` in Markdown).
public enum IndicatorValue: Sendable, Equatable {
    case count(Int64)
    case real(Double, decimals: Int)
    case undefined

    /// The text of the value in CSV and Markdown (`undefinedText` for `undefined`).
    public func text(undefinedText: String = "") -> String {
        switch self {
        case .count(let value): String(value)
        case .real(let value, let decimals): NumberFormatting.fixed(value, decimals)
        case .undefined: undefinedText
        }
    }

    /// Appends `text()` as UTF-8, without an intermediate `String`.
    public func appendText(to output: inout [UInt8]) {
        switch self {
        case .count(let value):
            if value < 0 { output.append(UInt8(ascii: "-")) }
            NumberFormatting.appendDigits(value.magnitude, minimumCount: 1, to: &output)
        case .real(let value, let decimals): NumberFormatting.appendFixed(value, decimals, to: &output)
        case .undefined: break
        }
    }
}

/// The columns of `sitrep indicators`, each with its one-line definition (printed by `--help` and in the
/// methods section of reports).
public struct IndicatorColumn: Sendable {
    public var name: String
    public var definition: String
    public var value: @Sendable (IndicatorCounts) -> IndicatorValue

    public init(name: String, definition: String, value: @escaping @Sendable (IndicatorCounts) -> IndicatorValue) {
        self.name = name
        self.definition = definition
        self.value = value
    }

    /// The columns after the region and period columns, in output order. The first eight are the
    /// pandas peer's (`../shared/bench/reference_pandas.py`); the theatre indicators follow `imprecise_dates`.
    public static let all: [IndicatorColumn] =
        [
            IndicatorColumn(name: "events", definition: "number of events in the period", value: { .count($0.events) }),
            IndicatorColumn(
                name: "fatalities", definition: "sum of ACLED's best fatality estimates (empty counts as 0)",
                value: { .count($0.fatalities) }),
        ]
        + EventType.allCases.map { type in
            IndicatorColumn(
                name: type.columnName, definition: "events of ACLED type '\(type.acledName)'",
                value: { .count($0.count(of: type)) })
        }
        + [
            IndicatorColumn(
                name: "imprecise_dates",
                definition:
                    "events dated only to a week or month (time_precision 2-3), counted in their coded date's period",
                value: { .count($0.impreciseDates) })
        ]
        + theatre

    /// The theatre indicators (sides from the actor dictionary, corridors from the theatre directory).
    public static let theatre: [IndicatorColumn] = [
        IndicatorColumn(
            name: "imprecise_locations",
            definition:
                "events with region-level coordinates (geo_precision 3): never placed on a corridor, zone or admin2",
            value: { .count($0.impreciseLocations) }),
        IndicatorColumn(
            name: "violent_events",
            definition:
                "ACLED's violent events: battles, explosions/remote violence, violence against civilians, riots, "
                + "and excessive force against protesters",
            value: { .count($0.violentEvents) }),
        IndicatorColumn(
            name: "insurgent_attacks_on_state",
            definition:
                "battles and explosions/remote violence with an insurgent actor1 and a state or state-allied actor2",
            value: { .count($0.insurgentAttacksOnState) }),
        IndicatorColumn(
            name: "attacks_on_civilians",
            definition: "violence against civilians, plus explosions/remote violence whose actor2 is civilian",
            value: { .count($0.attacksOnCivilians) }),
        IndicatorColumn(
            name: "fatalities_state",
            definition: "deaths on the state side (state and state-allied) as the source attributes them",
            value: { .count($0.fatalitiesStateSide) }),
        IndicatorColumn(
            name: "fatalities_insurgent", definition: "insurgent deaths as the source attributes them",
            value: { .count($0.fatalitiesInsurgent) }),
        IndicatorColumn(
            name: "fatalities_civilian", definition: "civilian deaths as the source attributes them",
            value: { .count($0.fatalitiesCivilian) }),
        IndicatorColumn(
            name: "fatalities_unknown",
            definition: "the rest of fatalities: side not given by the source (all of ACLED's), militia or other",
            value: { .count($0.fatalitiesUnknown) }),
        IndicatorColumn(
            name: "weapons_captured_by_insurgents",
            definition: "weapons insurgents captured (structured fields or extraction)",
            value: { .count($0.weaponsCapturedByInsurgents) }),
        IndicatorColumn(
            name: "weapons_recovered_by_state", definition: "weapons the state side recovered or seized",
            value: { .count($0.weaponsRecoveredByState) }),
        IndicatorColumn(
            name: "vehicles_destroyed_state", definition: "state-side vehicles destroyed or captured",
            value: { .count($0.vehiclesDestroyedState) }),
        IndicatorColumn(
            name: "fuel_tankers_destroyed", definition: "fuel tankers destroyed",
            value: { .count($0.fuelTankersDestroyed) }),
        IndicatorColumn(
            name: "net_materiel_flow",
            definition: "weapons_captured_by_insurgents - weapons_recovered_by_state (positive: flow to insurgents)",
            value: { .count($0.netMaterielFlow) }),
        IndicatorColumn(
            name: "blockade_pressure",
            definition:
                "sum over corridor incidents (within 10 km of a corridor, 8-300 km from Bamako; defaults) of kind"
                + " (tanker/convoy 3, checkpoint 2, other 1) x (1 - distance to Bamako / 300 km)",
            value: { .real($0.blockadePressure, decimals: 3) }),
        IndicatorColumn(
            name: "corridors_hit", definition: "number of distinct supply corridors with a corridor incident",
            value: { .count($0.corridorsHit) }),
        IndicatorColumn(
            name: "insurgent_initiated_share",
            definition:
                "insurgent_attacks_on_state / engagements between insurgents and the state side"
                + " (empty without engagements)",
            value: { $0.insurgentInitiatedShare.map { .real($0, decimals: 3) } ?? .undefined }),
        IndicatorColumn(
            name: "loss_exchange_ratio",
            definition:
                "fatalities_state / fatalities_insurgent (empty, not infinite, when no insurgent death is attributed)",
            value: { $0.lossExchangeRatio.map { .real($0, decimals: 3) } ?? .undefined }),
        IndicatorColumn(
            name: "territory_overtaken", definition: "events of sub-event type 'Non-state actor overtakes territory'",
            value: { .count($0.territoryOvertaken) }),
        IndicatorColumn(
            name: "territory_regained", definition: "events of sub-event type 'Government regains territory'",
            value: { .count($0.territoryRegained) }),
        IndicatorColumn(
            name: "balance_of_force_index",
            definition:
                "mean of the defined components in [-1,1] (initiative 2*share-1, territory, losses, materiel; each"
                + " (insurgent gain - state gain)/total); positive favours insurgents",
            value: { $0.balanceOfForceIndex.map { .real($0, decimals: 3) } ?? .undefined }),
    ]

    /// The extra column of `--by corridor` tables.
    public static let daysSinceLastAttack = IndicatorColumn(
        name: "days_since_last_attack",
        definition:
            "(--by corridor) days from the corridor's latest incident to the period's last day; empty before the first",
        value: { _ in .undefined })
}
