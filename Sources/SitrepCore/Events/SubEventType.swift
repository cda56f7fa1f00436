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

    /// Each type's name as bytes, indexed by raw value.
    @usableFromInline static let nameBytes: [[UInt8]] = allCases.map { Array($0.acledName.utf8) }
    /// Type by `length << 8 | first byte`: unique over the 25 names.
    @usableFromInline static let byLengthAndFirst: [Int: SubEventType] = Dictionary(
        uniqueKeysWithValues: allCases.map { (Int($0.acledName.utf8.count) << 8 | Int($0.acledName.utf8.first!), $0) })

    /// The type whose ACLED name is exactly these bytes (ACLED's spelling, case-sensitive), or `nil`.
    /// Finds the candidate by length and first byte, then compares the bytes: no allocation.
    @inlinable
    public init?(acledBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first,
            let candidate = SubEventType.byLengthAndFirst[bytes.count << 8 | Int(first)]
        else { return nil }
        let equal = SubEventType.nameBytes[Int(candidate.rawValue)].withUnsafeBufferPointer { name in
            var index = 0
            while index < name.count, name[index] == bytes[index] { index += 1 }
            return index == name.count
        }
        guard equal else { return nil }
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
