/// ACLED's 25 sub-event types (codebook 2023; the same names in the pre-2023 exports).
public enum SubEventType: UInt8, Sendable, CaseIterable, Codable, ACLEDNamedType {
    case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory
    case chemicalWeapon, airDroneStrike, suicideBomb, shellingArtilleryMissileAttack, remoteExplosiveLandmineIED,
        grenade
    case sexualViolence, attack, abductionForcedDisappearance
    case peacefulProtest, protestWithIntervention, excessiveForceAgainstProtesters
    case violentDemonstration, mobViolence
    case agreement, arrests, changeToGroupActivity, disruptedWeaponsUse, headquartersOrBaseEstablished
    case lootingPropertyDestruction, nonViolentTransferOfTerritory, other

    /// The name as it appears in ACLED's `sub_event_type` column.
    public var acledStaticName: StaticString {
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

    /// The only type whose ACLED name has this length and first byte.
    @inlinable
    public static func candidate(count: Int, first: UInt8) -> SubEventType? {
        switch (count, first) {
        case (11, UInt8(ascii: "A")): .armedClash
        case (28, UInt8(ascii: "G")): .governmentRegainsTerritory
        case (35, UInt8(ascii: "N")): .nonStateActorOvertakesTerritory
        case (15, UInt8(ascii: "C")): .chemicalWeapon
        case (16, UInt8(ascii: "A")): .airDroneStrike
        case (12, UInt8(ascii: "S")): .suicideBomb
        case (33, UInt8(ascii: "S")): .shellingArtilleryMissileAttack
        case (29, UInt8(ascii: "R")): .remoteExplosiveLandmineIED
        case (7, UInt8(ascii: "G")): .grenade
        case (15, UInt8(ascii: "S")): .sexualViolence
        case (6, UInt8(ascii: "A")): .attack
        case (30, UInt8(ascii: "A")): .abductionForcedDisappearance
        case (16, UInt8(ascii: "P")): .peacefulProtest
        case (25, UInt8(ascii: "P")): .protestWithIntervention
        case (34, UInt8(ascii: "E")): .excessiveForceAgainstProtesters
        case (21, UInt8(ascii: "V")): .violentDemonstration
        case (12, UInt8(ascii: "M")): .mobViolence
        case (9, UInt8(ascii: "A")): .agreement
        case (7, UInt8(ascii: "A")): .arrests
        case (24, UInt8(ascii: "C")): .changeToGroupActivity
        case (21, UInt8(ascii: "D")): .disruptedWeaponsUse
        case (32, UInt8(ascii: "H")): .headquartersOrBaseEstablished
        case (28, UInt8(ascii: "L")): .lootingPropertyDestruction
        case (33, UInt8(ascii: "N")): .nonViolentTransferOfTerritory
        case (5, UInt8(ascii: "O")): .other
        default: nil
        }
    }

    private static let byName: [String: SubEventType] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.acledName.lowercased(), $0) })

    /// The sub-event type named `name` (ACLED's spelling, case ignored), or `nil`. ACLED's exact spelling is
    /// matched by its bytes (`init(exactACLEDName:)`, no allocation); only other spellings are folded and looked up.
    public init?(acledName name: String) {
        guard let type = SubEventType(exactACLEDName: name) ?? SubEventType.byName[name.lowercased()] else {
            return nil
        }
        self = type
    }
}
