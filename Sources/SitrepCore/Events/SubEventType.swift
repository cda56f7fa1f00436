/// ACLED's 25 sub-event types (codebook 2023; the same names in the pre-2023 exports).
public enum SubEventType: UInt8, Sendable, CaseIterable, Codable {
    case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory
    case chemicalWeapon, airDroneStrike, suicideBomb, shellingArtilleryMissileAttack, remoteExplosiveLandmineIED, grenade
    case sexualViolence, attack, abductionForcedDisappearance
    case peacefulProtest, protestWithIntervention, excessiveForceAgainstProtesters
    case violentDemonstration, mobViolence
    case agreement, arrests, changeToGroupActivity, disruptedWeaponsUse, headquartersOrBaseEstablished
    case lootingPropertyDestruction, nonViolentTransferOfTerritory, other

    /// The name as it appears in ACLED's `sub_event_type` column.
    public var acledName: String {
        switch self {
        case .armedClash: "Armed clash"
        case .governmentRegainsTerritory: "Government regains territory"
        case .nonStateActorOvertakesTerritory: "Non-state actor overtakes territory"
        case .chemicalWeapon: "Chemical weapon"
        case .airDroneStrike: "Air/drone strike"
        case .suicideBomb: "Suicide bomb"
        case .shellingArtilleryMissileAttack: "Shelling/artillery/missile attack"
        case .remoteExplosiveLandmineIED: "Remote explosive/landmine/IED"
        case .grenade: "Grenade"
        case .sexualViolence: "Sexual violence"
        case .attack: "Attack"
        case .abductionForcedDisappearance: "Abduction/forced disappearance"
        case .peacefulProtest: "Peaceful protest"
        case .protestWithIntervention: "Protest with intervention"
        case .excessiveForceAgainstProtesters: "Excessive force against protesters"
        case .violentDemonstration: "Violent demonstration"
        case .mobViolence: "Mob violence"
        case .agreement: "Agreement"
        case .arrests: "Arrests"
        case .changeToGroupActivity: "Change to group/activity"
        case .disruptedWeaponsUse: "Disrupted weapons use"
        case .headquartersOrBaseEstablished: "Headquarters or base established"
        case .lootingPropertyDestruction: "Looting/property destruction"
        case .nonViolentTransferOfTerritory: "Non-violent transfer of territory"
        case .other: "Other"
        }
    }

    private static let byName: [String: SubEventType] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.acledName.lowercased(), $0) })

    /// The sub-event type named `name` (ACLED's spelling, case ignored), or `nil`.
    public init?(acledName name: String) {
        guard let type = SubEventType.byName[name.lowercased()] else { return nil }
        self = type
    }
}
