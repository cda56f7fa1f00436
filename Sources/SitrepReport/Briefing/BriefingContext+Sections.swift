import SitrepCore
import SitrepStats
import SitrepTimeSeries

extension BriefingContext {
    var headline: String {
        let events = Double(totals[index].events)
        let shortWeeks = WeeklyBriefing.shortBaselineWeeks
        let average = baseline(totals.map { Double($0.events) }, weeks: shortWeeks)
        var lines = ["## Headline", ""]
        let comparison = average.map {
            "\(NumberFormatting.percentChange(from: $0, to: events)) against the \(shortWeeks)-week average of \(NumberFormatting.fixed($0, 1))"
        } ?? "no earlier weeks to compare with"
        lines.append("- **What happened:** \(Int(events)) events and \(totals[index].fatalities) reported fatalities across Mali, \(comparison).")
        let regional = alerts.filter { $0.region != TheatreSeriesName.corridors && $0.region != TheatreSeriesName.country }
        if let worst = regional.first {
            let others = Set(regional.map(\.region)).subtracting([worst.region]).sorted()
            lines.append("- **Getting worse:** \(worst.region) (\(worst.severity.rawValue): \(ruleLabel(worst.rule)), \(worst.detail))"
                + (others.isEmpty ? "." : "; alerts also in \(others.joined(separator: ", "))."))
        } else {
            lines.append("- **Getting worse:** no region set off an alert rule this week.")
        }
        let pressure = totals[index].blockadePressure
        let pressureBaseline = baseline(totals.map(\.blockadePressure), weeks: shortWeeks)
        let index_ = totals[index].balanceOfForceIndex
        lines.append("- **Blockade and balance of force:** pressure on Bamako's corridors \(NumberFormatting.fixed(pressure, 2))"
            + (pressureBaseline.map { " (\(shortWeeks)-week average \(NumberFormatting.fixed($0, 2)))" } ?? "")
            + " with \(totals[index].corridorsHit) corridor\(totals[index].corridorsHit == 1 ? "" : "s") hit; balance-of-force index "
            + (index_.map { NumberFormatting.signed($0, 2) } ?? "undefined (no engagements)") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    var alertSection: String {
        var lines = ["## Alerts", ""]
        guard !alerts.isEmpty else { return (lines + ["No alert rule fired this week.", ""]).joined(separator: "\n") }
        let rows = alerts.map { alert in
            [
                alert.severity.rawValue, alert.region, alert.rule, alert.detail, NumberFormatting.compact(alert.value),
                NumberFormatting.fixed(alert.baseline, 2), alert.p.map(NumberFormatting.pValue) ?? "",
                Self.idList(alert.incidentIDs),
            ]
        }
        lines.append(MarkdownTable(
            header: ["Severity", "Region", "Rule", "What", "Value", "Baseline", "p", "Incidents"],
            alignments: [.left, .left, .left, .left, .right, .right, .right, .left], rows: rows).text)
        return lines.joined(separator: "\n")
    }

    /// The first three ids and how many more.
    static func idList(_ ids: [String]) -> String {
        guard ids.count > 3 else { return ids.joined(separator: ", ") }
        return ids.prefix(3).joined(separator: ", ") + " and \(ids.count - 3) more"
    }

    var regionSection: String {
        let shortWeeks = WeeklyBriefing.shortBaselineWeeks, longWeeks = WeeklyBriefing.longBaselineWeeks
        let trendWeeks = WeeklyBriefing.trendWeeks
        var rows: [[String]] = []
        for region in table.regions {
            let series = Array(table.series(of: region))
            let events = series.map { Double($0.counts.events) }
            let thisWeek = events[index]
            let short = baseline(events, weeks: shortWeeks)
            let long = baseline(events, weeks: longWeeks)
            let window = Array(events[windowStart(trendWeeks)...index])
            rows.append([
                region, NumberFormatting.fixed(thisWeek, 0), short.map { NumberFormatting.fixed($0, 1) } ?? "n/a",
                long.map { NumberFormatting.fixed($0, 1) } ?? "n/a",
                short.map { NumberFormatting.percentChange(from: $0, to: thisWeek) } ?? "n/a",
                String(series[index].counts.fatalities), Sparkline.text(window), Self.trendCell(window),
            ])
        }
        var lines = ["## Regions", "", "![Events and fatalities per week, last \(min(index + 1, longWeeks)) weeks](\(chartName("national")))", ""]
        lines.append(MarkdownTable(
            header: ["Region", "Events", "\(shortWeeks)-wk avg", "\(longWeeks)-wk avg", "Change vs \(shortWeeks)-wk", "Fatalities", "Last \(trendWeeks) weeks", "Trend /wk"],
            alignments: [.left, .right, .right, .right, .right, .right, .left, .right], rows: rows).text)
        return lines.joined(separator: "\n")
    }

    /// "+4.2% (p 0.012) ▲": the quasi-Poisson trend in % per week, its p-value and a mark when p < 0.05.
    static func trendCell(_ window: [Double]) -> String {
        guard window.count >= 6, let fit = try? trend(of: window, model: .quasiPoisson) else { return "n/a" }
        let p = fit.slope.pValue
        let mark = p < 0.05 ? (fit.slope.estimate > 0 ? " ▲" : " ▼") : ""
        return NumberFormatting.signed(fit.percentPerPeriod, 1) + "% (p " + NumberFormatting.pValue(p) + ")" + mark
    }

    var blockadeSection: String {
        var lines = ["## Blockade pressure around Bamako", ""]
        guard let corridors = data.corridors else {
            return (lines + ["No theatre was loaded, so no incident is placed on a corridor (pass --theatre).", ""]).joined(separator: "\n")
        }
        let shortWeeks = WeeklyBriefing.shortBaselineWeeks
        let pressure = totals.map(\.blockadePressure)
        let history = Array(pressure[max(0, index - WeeklyBriefing.longBaselineWeeks)..<index])
        lines.append("Pressure this week **\(NumberFormatting.fixed(pressure[index], 2))** (\(shortWeeks)-week average \(NumberFormatting.fixed(baseline(pressure, weeks: shortWeeks) ?? 0, 2)), 90th percentile of the previous \(history.count) weeks \(NumberFormatting.fixed(Quantile.type7(history, 0.9), 2))); \(totals[index].corridorIncidents) corridor incidents, \(totals[index].fuelTankersDestroyed) fuel tankers destroyed.")
        lines.append("")
        lines.append("![Blockade pressure per week](\(chartName("blockade")))")
        lines.append("")
        let days = corridors.daysSinceLastCorridorIncident
        var rows: [[String]] = []
        let weekKey = corridors.calendar.key(of: week)
        guard let corridorIndex = corridors.periods.firstIndex(where: { corridors.calendar.key(of: $0) == weekKey }) else {
            return (lines + ["The corridor table does not reach this week.", ""]).joined(separator: "\n")
        }
        for (number, corridor) in corridors.regions.enumerated() {
            let rowIndex = number * corridors.periods.count + corridorIndex
            let series = Array(corridors.series(of: corridor))
            let recent = series[max(0, corridorIndex - WeeklyBriefing.longBaselineWeeks + 1)...corridorIndex]
            rows.append([
                corridor, String(series[corridorIndex].counts.corridorIncidents),
                NumberFormatting.fixed(series[corridorIndex].counts.blockadePressure, 2),
                NumberFormatting.fixed(recent.suffix(shortWeeks + 1).dropLast().map(\.counts.blockadePressure).reduce(0, +) / Double(max(1, min(shortWeeks, recent.count - 1))), 2),
                days[rowIndex].map(String.init) ?? "none",
                String(series[corridorIndex].counts.fuelTankersDestroyed),
                String(recent.map(\.counts.fuelTankersDestroyed).reduce(0, +)),
            ])
        }
        lines.append(MarkdownTable(
            header: ["Corridor", "Incidents", "Pressure", "\(shortWeeks)-wk avg", "Days since last incident", "Tankers destroyed", "Tankers, last 52 wks"],
            alignments: [.left, .right, .right, .right, .right, .right, .right], rows: rows).text)
        return lines.joined(separator: "\n")
    }

    var balanceSection: String {
        let shortWeeks = WeeklyBriefing.shortBaselineWeeks, longWeeks = WeeklyBriefing.longBaselineWeeks
        func sum(_ weeks: Int) -> IndicatorCounts {
            var total = IndicatorCounts()
            for counts in totals[windowStart(weeks)...index] { total.merge(counts) }
            return total
        }
        let windows = [totals[index], sum(shortWeeks), sum(longWeeks)]
        func cell(_ value: Double?, _ decimals: Int) -> String { value.map { NumberFormatting.fixed($0, decimals) } ?? "n/a" }
        let rows: [[String]] = [
            ["Balance-of-force index"] + windows.map { cell($0.balanceOfForceIndex, 2) },
            ["Share of engagements initiated by insurgents"] + windows.map { cell($0.insurgentInitiatedShare, 2) },
            ["Loss-exchange ratio (state-side / insurgent deaths)"] + windows.map { cell($0.lossExchangeRatio, 2) },
            ["Territory overtaken by non-state actors"] + windows.map { String($0.territoryOvertaken) },
            ["Territory regained by the government"] + windows.map { String($0.territoryRegained) },
            ["Net materiel flow to insurgents (weapons)"] + windows.map { String($0.netMaterielFlow) },
        ]
        var lines = ["## Balance of force", "", "![Balance-of-force index per week](\(chartName("balance")))", ""]
        lines.append(MarkdownTable(
            header: ["Measure", "This week", "Last \(shortWeeks) weeks", "Last \(longWeeks) weeks"],
            alignments: [.left, .right, .right, .right], rows: rows).text)
        if let shift = alerts.first(where: { $0.rule == "balance_of_force_shift" }) {
            lines.append("**Change point:** \(shift.detail).")
        } else {
            lines.append("No change point in the index in the last 4 weeks (PELT, normal-mean cost, BIC penalty, last 104 weeks).")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    var materielSection: String {
        let shortWeeks = WeeklyBriefing.shortBaselineWeeks
        let measures: [(String, (IndicatorCounts) -> Int64)] = [
            ("Weapons captured by insurgents", \.weaponsCapturedByInsurgents),
            ("Weapons recovered by the state side", \.weaponsRecoveredByState),
            ("State-side vehicles destroyed", \.vehiclesDestroyedState),
            ("Fuel tankers destroyed", \.fuelTankersDestroyed),
        ]
        let rows = measures.map { name, value in
            [
                name, String(value(totals[index])),
                NumberFormatting.fixed(baseline(totals.map { Double(value($0)) }, weeks: shortWeeks) ?? 0, 1),
                String(totals[windowStart(WeeklyBriefing.longBaselineWeeks)...index].map(value).reduce(0, +)),
            ]
        }
        var lines = ["## Materiel losses", ""]
        lines.append(MarkdownTable(
            header: ["Measure", "This week", "\(shortWeeks)-wk avg", "Last 52 weeks"], alignments: [.left, .right, .right, .right],
            rows: rows).text)
        if totals.allSatisfy({ $0.weaponsCapturedByInsurgents == 0 && $0.vehiclesDestroyedState == 0 && $0.fuelTankersDestroyed == 0 }) {
            lines.append("No materiel is recorded in the structured fields; ACLED reports it only in its notes: run with `--extract-notes`.")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    var notableSection: String {
        var lines = ["## Notable incidents", ""]
        guard !weekIncidents.isEmpty else {
            return (lines + ["No incident is dated in this week.", ""]).joined(separator: "\n")
        }
        let deadliest = weekIncidents.filter { $0.fatalities.best > 0 }
            .sorted { ($0.fatalities.best, $1.id) > ($1.fatalities.best, $0.id) }.prefix(WeeklyBriefing.notableCount)
        let materiel = weekIncidents.filter { IncidentSummary.materielUnits($0) > 0 }
            .sorted { (IncidentSummary.materielUnits($0), $1.id) > (IncidentSummary.materielUnits($1), $0.id) }
            .prefix(WeeklyBriefing.notableCount)
        func table(_ incidents: ArraySlice<Incident>) -> String {
            MarkdownTable(
                header: ["Id", "Date", "Place", "Summary"],
                rows: incidents.map { [$0.id, $0.date.description, IncidentSummary.place($0), IncidentSummary.line($0)] }).text
        }
        lines.append("**Deadliest**")
        lines.append("")
        lines.append(deadliest.isEmpty ? "No fatalities were reported this week.\n" : table(deadliest))
        lines.append("**Most materiel lost**")
        lines.append("")
        lines.append(materiel.isEmpty ? "No materiel loss is recorded this week.\n" : table(materiel))
        return lines.joined(separator: "\n")
    }

    func ruleLabel(_ rule: String) -> String { rule.replacingUnderscores }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
