/// The classes of equipment the extractor recognises; `rawValue` is the `MaterielLoss.item` string.
public enum MaterielClass: String, Sendable, CaseIterable, Codable {
    case heavyMachineGun = "heavy-machine-gun"
    case machineGun = "machine-gun"
    case assaultRifle = "assault-rifle"
    case rpg
    case mortar
    case armouredVehicle = "armoured-vehicle"
    /// A vehicle the text calls military ("véhicules militaires", "army vehicles").
    case militaryVehicle = "military-vehicle"
    case vehicle
    case fuelTanker = "fuel-tanker"
    case truck
    case motorcycle
    case ammunition

    /// Ammunition is reported in bulk ("une grande quantité de munitions"): an article before it is not a count.
    var takesArticleCount: Bool { self != .ammunition }
}

/// What an incident is about, as far as tags and event types go.
public enum IncidentTag: String, Sendable, CaseIterable, Codable {
    case convoy
    case fuelTanker = "fuel-tanker"
    case checkpoint
    case ied
    case base
    case drone
    case abduction
    case blockade
    case claim
}
