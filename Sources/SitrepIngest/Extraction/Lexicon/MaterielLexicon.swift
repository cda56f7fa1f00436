/// Materiel aliases in French and English, as folded keys (lower case, no accents, apostrophes as spaces).
///
/// Specificity 2 names a model or a qualified class and wins over a generic noun (1) in the same noun phrase:
/// « deux mitrailleuses « PK » » is a machine gun, « mitrailleuses lourdes « Dushka » » a heavy machine gun.
enum MaterielLexicon {
    static let entries: [(phrases: [String], item: MaterielClass, specificity: UInt8)] = [
        ([
            "dshk", "dchk", "dshka", "dushka", "douchka", "doushka", "12,7 mm", "12.7 mm", "12,7mm", "12.7mm",
            "mitrailleuse lourde", "mitrailleuses lourdes", "heavy machine gun", "heavy machine guns",
            "heavy machinegun", "heavy machineguns", "heavy machine-gun", "heavy machine-guns",
        ], .heavyMachineGun, 2),
        (["pk", "pkm", "pkt", "pks", "pkms"], .machineGun, 2),
        (["mitrailleuse", "mitrailleuses", "machine gun", "machine guns", "machinegun", "machineguns",
          "machine-gun", "machine-guns"], .machineGun, 1),
        ([
            "ak-47", "ak47", "ak-47s", "ak47s", "akm", "akms", "kalachnikov", "kalachnikovs", "kalashnikov",
            "kalashnikovs", "kalach", "fusil d assaut", "fusils d assaut", "assault rifle", "assault rifles",
        ], .assaultRifle, 2),
        (["fusil", "fusils", "rifle", "rifles"], .assaultRifle, 1),
        ([
            "rpg", "rpgs", "rpg-7", "rpg-7s", "lance-roquettes", "lance-roquette", "lance roquettes",
            "rocket launcher", "rocket launchers", "rocket-propelled grenade", "rocket-propelled grenades",
        ], .rpg, 2),
        (["mortier", "mortiers", "mortar", "mortars"], .mortar, 2),
        ([
            "brdm", "brdm-2", "brdms", "blinde", "blindes", "vehicule blinde", "vehicules blindes",
            "armoured vehicle", "armoured vehicles", "armored vehicle", "armored vehicles", "apc", "apcs",
        ], .armouredVehicle, 2),
        ([
            "vehicule militaire", "vehicules militaires", "military vehicle", "military vehicles", "army vehicle",
            "army vehicles", "vehicules de l armee",
        ], .militaryVehicle, 2),
        (["vehicule", "vehicules", "vehicle", "vehicles", "pick-up", "pick-ups", "pickup", "pickups", "4x4"],
         .vehicle, 1),
        ([
            "camion-citerne", "camions-citernes", "camions-citerne", "camion citerne", "camions citernes",
            "citerne", "citernes", "tanker", "tankers", "fuel tanker", "fuel tankers", "fuel truck", "fuel trucks",
            "oil tanker", "oil tankers", "tanker truck", "tanker trucks",
        ], .fuelTanker, 2),
        (["camion", "camions", "truck", "trucks", "lorry", "lorries"], .truck, 1),
        (["moto", "motos", "motocyclette", "motocyclettes", "motorcycle", "motorcycles", "motorbike", "motorbikes"],
         .motorcycle, 2),
        (["munition", "munitions", "ammunition", "ammunitions", "ammo", "cartouches"], .ammunition, 2),
    ]
}
