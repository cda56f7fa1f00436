#!/usr/bin/env python3
"""Writes acled-current.csv and acled-pre2023.csv: the same seven invented events in both ACLED layouts.

Run from this folder: python3 make_layout_fixtures.py (standard library only).
"""
import csv, io

CURRENT = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
           "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
           "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
PRE2023 = ["", "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
           "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
           "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"]
JNIM, ARMY = "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)"
# id, date, time_precision, disorder, type, sub-type, actor1, inter1, actor2, inter2, admin1, admin2, admin3,
# location, lat, lon, geo_precision, notes, fatalities
EVENTS = [
    ("SYN1", "2025-09-27", 1, "Political violence", "Battles", "Armed clash", JNIM, "Rebel group", ARMY, "State forces",
     "Segou", "Segou", "Segou", "Segou", 13.4317, -6.2157, 1,
     'On 27 September 2025, JNIM attacked an army post near Segou, "heavily" armed; 3 soldiers killed.', 3),
    ("SYN2", "2025-09-28", 1, "Political violence", "Violence against civilians", "Attack", "Islamic State (Sahel)",
     "Rebel group", "Civilians (Mali)", "Civilians", "Menaka", "Menaka", "Menaka", "Menaka", 15.918, 2.4, 2,
     "Attack on villagers,\nsecond line of the note.", 5),
    ("SYN3", "2025-10-01", 1, "Political violence", "Battles", "Armed clash", JNIM, "Rebel group", ARMY, "State forces",
     "Segou", "Baroueli", "", "Konobougou", 12.9234, -6.7667, 2, "Ambush of a convoy between Segou and Bamako.", 7),
    ("SYN4", "2025-10-03", 2, "Strategic developments", "Strategic developments", "Looting/property destruction", JNIM,
     "Rebel group", "", "", "Kayes", "Kayes", "", "Kayes", 14.4469, -11.4456, 3, "Fuel tankers set ablaze.", 0),
    ("SYN5", "2025-10-04", 1, "Demonstrations", "Protests", "Peaceful protest", "Protesters (Mali)", "Protesters", "", "",
     "Bamako", "Bamako", "", "Bamako", 12.6392, -8.0029, 1, "Protest over fuel shortages.", 0),
    ("SYN6", "2025-12-31", 1, "Political violence", "Explosions/Remote violence", "Air/drone strike", ARMY,
     "State forces", JNIM, "Rebel group", "Mopti", "Douentza", "", "Boni", 15.0333, -2.0167, 1, "Drone strike.", 4),
    ("SYN7", "2026-01-01", 1, "Demonstrations", "Riots", "Mob violence", "Rioters (Mali)", "Rioters", "", "", "Mopti",
     "Mopti", "", "Sevare", 14.5333, -4.1, 1, "Mob violence, one killed.", 1),
]
INTER_CODES = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4, "Rioters": 5,
               "Protesters": 6, "Civilians": 7, "External/Other forces": 8, "": 0}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def current():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CURRENT)
    for i, (eid, d, tp, dis, et, st, a1, i1, a2, i2, adm1, adm2, adm3, loc, lat, lon, gp, notes, fat) in enumerate(EVENTS):
        inter = f"{i1}-{i2}" if a2 else f"Sole {i1.lower()} action"
        w.writerow([eid, d, d[:4], tp, dis, et, st, a1, "", i1, a2, "", i2, inter,
                    "Civilian targeting" if a2.startswith("Civilians") else "", "466", "Western Africa", "Mali",
                    adm1, adm2, adm3, loc, f"{lat:.4f}", f"{lon:.4f}", gp, "Studio Tamani", "National", notes, fat, "",
                    1760000000 + i])
    return out.getvalue()


def pre2023():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(PRE2023)
    for i, (eid, d, tp, dis, et, st, a1, i1, a2, i2, adm1, adm2, adm3, loc, lat, lon, gp, notes, fat) in enumerate(EVENTS):
        y, m, dd = d.split("-")
        c1, c2 = INTER_CODES[i1], INTER_CODES[i2]
        w.writerow([i, 900000 + i, 466, eid, eid[3:], f"{dd} {MONTHS[int(m) - 1]} {y}", y, tp, et, st, a1, "", c1, a2,
                    "", c2, c1 * 10 + c2 if c2 else c1 * 10, "Western Africa", "Mali", adm1, adm2, adm3, loc, lat, lon,
                    gp, "Studio Tamani", "National", notes, fat, 1760000000 + i, "MLI"])
    return out.getvalue()


if __name__ == "__main__":
    open("acled-current.csv", "w").write(current())
    open("acled-pre2023.csv", "wb").write(b"\xef\xbb\xbf" + pre2023().encode())
