#!/usr/bin/env python3
"""Sitrep's polars peer: the same weekly indicators as weekly_pandas.py, with polars' lazy engine.

Usage: weekly_polars.py EVENTS.csv [--week-start saturday|monday] > indicators.csv
"""
import sys

import polars as pl

COLUMNS = {"Battles": "battles", "Explosions/Remote violence": "explosions_remote_violence",
           "Violence against civilians": "violence_against_civilians",
           "Strategic developments": "strategic_developments", "Protests": "protests", "Riots": "riots"}

arguments = sys.argv[1:]
start = arguments[arguments.index("--week-start") + 1] if "--week-start" in arguments else "saturday"
# dt.truncate("1w") snaps to Mondays; shift forward by the days from the week's first day to Monday first.
shift = pl.duration(days=2 if start == "saturday" else 0)
events = pl.scan_csv(arguments[0], schema_overrides={"fatalities": pl.Int64}).select(
    pl.col("event_date").str.to_date(), "event_type", "admin1", pl.col("fatalities").fill_null(0))
events = events.with_columns(week_start=(pl.col("event_date") + shift).dt.truncate("1w") - shift)
table = events.group_by("admin1", "week_start").agg(
    events=pl.len(), fatalities=pl.col("fatalities").sum(),
    **{column: (pl.col("event_type") == name).sum() for name, column in COLUMNS.items()}).collect()
weeks = pl.date_range(table["week_start"].min(), table["week_start"].max(), "1w", eager=True)
regions = sorted(table["admin1"].drop_nulls().unique().to_list())
grid = pl.DataFrame({"admin1": regions}).join(pl.DataFrame({"week_start": weeks}), how="cross")
table = grid.join(table, on=["admin1", "week_start"], how="left").fill_null(0).sort("admin1", "week_start")
table = table.with_columns(pl.col("week_start").dt.strftime("%Y-%m-%d"))
table.select("admin1", "week_start", "events", "fatalities", *COLUMNS.values()).write_csv(sys.stdout)
