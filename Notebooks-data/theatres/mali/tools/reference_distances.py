#!/usr/bin/env python3
"""Reference distances for GreatCircleTests: WGS 84 geodesic (GeographicLib) and the haversine on the
sphere of radius 6371.0088 km, between places of places.json. Run: python3 reference_distances.py
Used: geographiclib 2.1 (pip install geographiclib==2.1), Python 3."""
import json
import math
import os

import geographiclib
from geographiclib.geodesic import Geodesic

HERE = os.path.dirname(os.path.abspath(__file__))
places = {p["name"]: p for p in json.load(open(os.path.join(HERE, "..", "places.json"), encoding="utf-8"))["places"]}
PAIRS = [("Bamako", "Kati"), ("Bamako", "Segou"), ("Bamako", "Gao"), ("Bamako", "Dakar"), ("Kayes", "Kidal")]
R = 6371.0088


def haversine(a, b):
    p1, p2 = math.radians(a["latitude"]), math.radians(b["latitude"])
    dp, dl = p2 - p1, math.radians(b["longitude"] - a["longitude"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


print("geographiclib", geographiclib.__version__)
for a, b in PAIRS:
    pa, pb = places[a], places[b]
    g = Geodesic.WGS84.Inverse(pa["latitude"], pa["longitude"], pb["latitude"], pb["longitude"])["s12"] / 1000
    print(f'("{a}", "{b}", {g:.4f}, {haversine(pa, pb):.4f}),')
