extension IndicatorCounts {
    /// Insurgent-initiated share of engagements: `insurgentAttacksOnState / engagements`, `nil` without
    /// engagements. Actor 1 is taken as the initiator, as ACLED codes it where the initiator is known.
    public var insurgentInitiatedShare: Double? {
        engagements > 0 ? Double(insurgentAttacksOnState) / Double(engagements) : nil
    }

    /// Loss-exchange ratio: state-side deaths over insurgent deaths (sides from the source only); `nil`
    /// (undefined, never infinite) when no insurgent death is attributed.
    public var lossExchangeRatio: Double? {
        fatalitiesInsurgent > 0 ? Double(fatalitiesStateSide) / Double(fatalitiesInsurgent) : nil
    }

    /// Net materiel flow to the insurgents: weapons they captured minus weapons the state recovered.
    public var netMaterielFlow: Int64 { weaponsCapturedByInsurgents - weaponsRecoveredByState }

    /// Balance-of-force index in [−1, 1]; positive means the period favoured the insurgents.
    ///
    /// The mean of the components that are defined (each needs a non-zero denominator):
    /// initiative `2·s − 1` with s the insurgent-initiated share of engagements;
    /// territory `(overtaken − regained) / (overtaken + regained)`;
    /// losses `(state-side deaths − insurgent deaths) / (state-side + insurgent deaths)`;
    /// materiel `(captured by insurgents − recovered by the state) / (captured + recovered)`.
    /// `nil` when no component is defined. Components are equally weighted, so each ranges over [−1, 1].
    public var balanceOfForceIndex: Double? {
        var sum = 0.0
        var count = 0
        func add(_ plus: Int64, _ minus: Int64) {
            guard plus + minus > 0 else { return }
            sum += Double(plus - minus) / Double(plus + minus)
            count += 1
        }
        add(insurgentAttacksOnState, engagements - insurgentAttacksOnState)
        add(territoryOvertaken, territoryRegained)
        add(fatalitiesStateSide, fatalitiesInsurgent)
        add(weaponsCapturedByInsurgents, weaponsRecoveredByState)
        return count > 0 ? sum / Double(count) : nil
    }
}
