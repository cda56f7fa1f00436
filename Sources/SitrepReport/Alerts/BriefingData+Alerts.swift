public import SitrepCore
import SitrepTimeSeries

extension BriefingData {
    /// Position in the weekly table of the week holding `day` (by default the last complete week). Throws
    /// `WeeklyBriefing.Failure` when there is no data or the week is outside it.
    public func weekIndex(for day: Day?) throws -> Int {
        guard let firstDay = weekly.firstDay, let lastDay = weekly.lastDay, let week = weekStart(for: day) else {
            throw WeeklyBriefing.Failure.noData
        }
        guard let index = weekly.table.periods.firstIndex(of: week) else {
            throw WeeklyBriefing.Failure.weekOutsideData(week: week, first: firstDay, last: lastDay)
        }
        return index
    }

    /// The incidents dated in week `index` of the weekly table.
    func incidents(inWeek index: Int) -> [Incident] {
        let week = weekly.table.periods[index]
        let range = DateRange(first: week, last: week.adding(days: 6))
        return incidents.filter { range.contains($0.date) }
    }

    /// The alerts of week `index`, each with the ids of the incidents behind it.
    func alerts(at index: Int, engine: AlertEngine) -> [Alert] {
        AlertEvidence(incidents: incidents(inWeek: index), theatre: theatre).attach(to: engine.alerts(at: index))
    }
}
