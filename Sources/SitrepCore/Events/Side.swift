/// Which side of the conflict an actor stands on.
///
/// `state` is the Malian state's own forces (FAMa, gendarmerie, police); `stateAllied` fights with them
/// (Wagner Group, Africa Corps); `insurgent` covers the jihadist groups (JNIM, IS Sahel).
public enum Side: String, Sendable, CaseIterable, Codable {
    case state
    case stateAllied = "state-allied"
    case insurgent
    case militia
    case civilian
    case other

    /// True for the state and its allies, the side whose losses count as "state-side" in the balance of force.
    public var isStateSide: Bool { self == .state || self == .stateAllied }
}
