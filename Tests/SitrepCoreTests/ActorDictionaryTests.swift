import SitrepCore
import Testing

@Suite struct ActorDictionaryTests {
    let actors = TheatreFixture.mali.actors

    @Test(arguments: [
        ("Military Forces of Mali (2012-2013)", Side.state), ("Military Forces of Mali (2021-)", .state),
        ("Military Forces of Mali (2013-2020) Special Forces", .state),
        ("Police Forces of Mali (2020-) Gendarmerie", .state),
        ("FAMa", .state), ("Forces armées maliennes", .state),
        ("Wagner Group", .stateAllied), ("Africa Corps", .stateAllied),
        ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)", .stateAllied),
        ("Military Forces of France (2017-)", .stateAllied),
        ("JNIM: Group for Support of Islam and Muslims", .insurgent), ("GSIM", .insurgent), ("gsim", .insurgent),
        ("Islamic State (Greater Sahara)", .insurgent), ("Islamic State (Sahel)", .insurgent),
        ("EIGS", .insurgent), ("EIS", .insurgent), ("État islamique au Sahel", .insurgent),
        ("Dan Na Ambassagou", .militia), ("Dozo Communal Militia (Mali)", .militia),
        ("Fulani Ethnic Militia (Mali)", .militia),
        ("Civilians (Mali)", .civilian), ("Fulani Ethnic Group (Mali)", .civilian), ("Protesters (Mali)", .civilian),
        ("Mutiny of Military Forces of Mali (2013-2020)", .other), ("Unidentified Armed Group (Mali)", .other),
        ("Military Forces of Algeria (1999-)", .other), ("Rioters (Mali)", .other),
    ])
    func sides(name: String, side: Side) {
        #expect(actors.side(of: name) == side)
    }

    @Test func unknownNamesHaveNoSide() {
        #expect(actors.side(of: "Some New Armed Group") == nil)
        #expect(actors.side(of: "") == nil)
        // A pattern's literal text must match whole: "Mutiny of *" does not match "Mutiny ofX".
        #expect(actors.side(of: "Mutiny ofX") == nil)
    }
}
