/// ACLED's 25 sub-event types (codebook 2023; the same names in the pre-2023 exports).
public enum SubEventType: UInt8, Sendable, CaseIterable, Codable {
    case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory
    case chemicalWeapon, airDroneStrike, suicideBomb, shellingArtilleryMissileAttack, remoteExplosiveLandmineIED,
        grenade
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

    /// The type whose ACLED name is exactly these bytes (ACLED's spelling, case-sensitive), or `nil`.
    /// Length and first byte pick the only candidate (a switch, no table), then the bytes are compared with
    /// its name: no allocation, no hashing.
    @inlinable
    public init?(acledBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let candidate: SubEventType
        let name: StaticString
        switch (bytes.count, first) {
        case (11, UInt8(ascii: "A")): (candidate, name) = (.armedClash, "Armed clash")
        case (28, UInt8(ascii: "G")): (candidate, name) = (.governmentRegainsTerritory, "Government regains territory")
        case (35, UInt8(ascii: "N")): (candidate, name) = (.nonStateActorOvertakesTerritory, "Non-state actor overtakes territory")
        case (15, UInt8(ascii: "C")): (candidate, name) = (.chemicalWeapon, "Chemical weapon")
        case (16, UInt8(ascii: "A")): (candidate, name) = (.airDroneStrike, "Air/drone strike")
        case (12, UInt8(ascii: "S")): (candidate, name) = (.suicideBomb, "Suicide bomb")
        case (33, UInt8(ascii: "S")): (candidate, name) = (.shellingArtilleryMissileAttack, "Shelling/artillery/missile attack")
        case (29, UInt8(ascii: "R")): (candidate, name) = (.remoteExplosiveLandmineIED, "Remote explosive/landmine/IED")
        case (7, UInt8(ascii: "G")): (candidate, name) = (.grenade, "Grenade")
        case (15, UInt8(ascii: "S")): (candidate, name) = (.sexualViolence, "Sexual violence")
        case (6, UInt8(ascii: "A")): (candidate, name) = (.attack, "Attack")
        case (30, UInt8(ascii: "A")): (candidate, name) = (.abductionForcedDisappearance, "Abduction/forced disappearance")
        case (16, UInt8(ascii: "P")): (candidate, name) = (.peacefulProtest, "Peaceful protest")
        case (25, UInt8(ascii: "P")): (candidate, name) = (.protestWithIntervention, "Protest with intervention")
        case (34, UInt8(ascii: "E")): (candidate, name) = (.excessiveForceAgainstProtesters, "Excessive force against protesters")
        case (21, UInt8(ascii: "V")): (candidate, name) = (.violentDemonstration, "Violent demonstration")
        case (12, UInt8(ascii: "M")): (candidate, name) = (.mobViolence, "Mob violence")
        case (9, UInt8(ascii: "A")): (candidate, name) = (.agreement, "Agreement")
        case (7, UInt8(ascii: "A")): (candidate, name) = (.arrests, "Arrests")
        case (24, UInt8(ascii: "C")): (candidate, name) = (.changeToGroupActivity, "Change to group/activity")
        case (21, UInt8(ascii: "D")): (candidate, name) = (.disruptedWeaponsUse, "Disrupted weapons use")
        case (32, UInt8(ascii: "H")): (candidate, name) = (.headquartersOrBaseEstablished, "Headquarters or base established")
        case (28, UInt8(ascii: "L")): (candidate, name) = (.lootingPropertyDestruction, "Looting/property destruction")
        case (33, UInt8(ascii: "N")): (candidate, name) = (.nonViolentTransferOfTerritory, "Non-violent transfer of territory")
        case (5, UInt8(ascii: "O")): (candidate, name) = (.other, "Other")
        default: return nil
        }
        let matches = name.withUTF8Buffer { expected in
            var index = 1
            while index < expected.count, expected[index] == bytes[index] { index += 1 }
            return index == expected.count
        }
        guard matches else { return nil }
        self = candidate
    }

    private static let byName: [String: SubEventType] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.acledName.lowercased(), $0) })

    /// The sub-event type named `name` (ACLED's spelling, case ignored), or `nil`.
    public init?(acledName name: String) {
        guard let type = SubEventType.byName[name.lowercased()] else { return nil }
        self = type
    }
}
