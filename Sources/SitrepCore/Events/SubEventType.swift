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
    @inlinable
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
    @inlinable @inline(__always)
    public static func candidate(count: Int, first: UInt8) -> SubEventType? {
        // One integer key, the length above the first byte, so that the switch is a search over constants.
        switch count &<< 8 | Int(first) {
        case 0x0B_41: /* 11, "A" */ .armedClash
        case 0x1C_47: /* 28, "G" */ .governmentRegainsTerritory
        case 0x23_4E: /* 35, "N" */ .nonStateActorOvertakesTerritory
        case 0x0F_43: /* 15, "C" */ .chemicalWeapon
        case 0x10_41: /* 16, "A" */ .airDroneStrike
        case 0x0C_53: /* 12, "S" */ .suicideBomb
        case 0x21_53: /* 33, "S" */ .shellingArtilleryMissileAttack
        case 0x1D_52: /* 29, "R" */ .remoteExplosiveLandmineIED
        case 0x07_47: /* 7, "G" */ .grenade
        case 0x0F_53: /* 15, "S" */ .sexualViolence
        case 0x06_41: /* 6, "A" */ .attack
        case 0x1E_41: /* 30, "A" */ .abductionForcedDisappearance
        case 0x10_50: /* 16, "P" */ .peacefulProtest
        case 0x19_50: /* 25, "P" */ .protestWithIntervention
        case 0x22_45: /* 34, "E" */ .excessiveForceAgainstProtesters
        case 0x15_56: /* 21, "V" */ .violentDemonstration
        case 0x0C_4D: /* 12, "M" */ .mobViolence
        case 0x09_41: /* 9, "A" */ .agreement
        case 0x07_41: /* 7, "A" */ .arrests
        case 0x18_43: /* 24, "C" */ .changeToGroupActivity
        case 0x15_44: /* 21, "D" */ .disruptedWeaponsUse
        case 0x20_48: /* 32, "H" */ .headquartersOrBaseEstablished
        case 0x1C_4C: /* 28, "L" */ .lootingPropertyDestruction
        case 0x21_4E: /* 33, "N" */ .nonViolentTransferOfTerritory
        case 0x05_4F: /* 5, "O" */ .other
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
