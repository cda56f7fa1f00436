#!/usr/bin/env python3
"""Sitrep's pandas peer: the weekly indicators an analyst would compute in a notebook.

Usage: weekly_pandas.py EVENTS.csv [--week-start saturday|monday] > indicators.csv

Writes admin1,week_start,events,fatalities and one count per ACLED event type; weeks start on Saturday
(ACLED) or Monday; every admin1 has every week from the first to the last week in the file (zeros
filled); rows sorted by admin1 then week. The same table as the first ten columns of
`sitrep indicators --by admin1 --period week --format csv`.
"""
import sys

import pandas as pd

COLUMNS = {"Battles": "battles", "Explosions/Remote violence": "explosions_remote_violence",
           "Violence against civilians": "violence_against_civilians",
           "Strategic developments": "strategic_developments", "Protests": "protests", "Riots": "riots"}


def weekly(path, week_start):
    events = pd.read_csv(path, usecols=["event_date", "event_type", "admin1", "fatalities"],
                         dtype={"event_type": "category", "admin1": "category"})
    day = pd.to_datetime(events["event_date"], format="mixed")
    first_weekday = 5 if week_start == "saturday" else 0
    events["week_start"] = day - pd.to_timedelta((day.dt.day_of_week - first_weekday) % 7, unit="D")
    events["fatalities"] = pd.to_numeric(events["fatalities"], errors="coerce").fillna(0).astype("int64")
    keys = ["admin1", "week_start"]
    table = events.groupby(keys, observed=True).agg(events=("event_type", "size"), fatalities=("fatalities", "sum"))
    types = pd.crosstab([events["admin1"], events["week_start"]], events["event_type"])
    for name, column in COLUMNS.items():
        table[column] = types[name] if name in types.columns else 0
    weeks = pd.date_range(events["week_start"].min(), events["week_start"].max(), freq="7D")
    regions = sorted(events["admin1"].dropna().unique())
    grid = pd.MultiIndex.from_product([regions, weeks], names=keys)
    table = table.reindex(grid, fill_value=0).reset_index()
    table["week_start"] = table["week_start"].dt.strftime("%Y-%m-%d")
    return table


if __name__ == "__main__":
    arguments = sys.argv[1:]
    start = arguments[arguments.index("--week-start") + 1] if "--week-start" in arguments else "saturday"
    weekly(arguments[0], start).to_csv(sys.stdout, index=False)
