public import SitrepCore
import SitrepIngest
import SitrepStats
import SitrepStore
import SitrepTimeSeries

/// The weekly briefing: what happened in one week, where it is getting worse, the balance of force and the
/// pressure on Bamako's supply routes, each figure traceable to the incidents behind it.
///
/// Sections: headline (three lines), alerts, regions, blockade pressure, balance of force, materiel losses,
/// notable incidents, changes since the last briefing (from a store), methods and coverage. Charts are SVG
/// files the Markdown links to by name; the same data gives the same bytes.
public struct WeeklyBriefing: Sendable {
    /// Weeks in the short baseline (ACLED's Change Level rule uses 4).
    public static let shortBaselineWeeks = 4
    /// Weeks in the long baseline.
    public static let longBaselineWeeks = 52
    /// Weeks in the trend window.
    public static let trendWeeks = 12
    /// Incidents listed per notable-incidents table.
    public static let notableCount = 5

    public let markdown: String
    /// SVG charts the Markdown links to, by file name (written beside the Markdown file).
    public let charts: [(fileName: String, svg: String)]
    /// The alerts of the week (also in the Markdown).
    public let alerts: [Alert]

    public enum Failure: Error, CustomStringConvertible {
        case noData
        case weekOutsideData(week: Day, first: Day, last: Day)

        public var description: String {
            switch self {
            case .noData: "the input holds no usable events, so there is nothing to brief"
            case .weekOutsideData(let week, let first, let last):
                "the week of \(week) is outside the data (\(first) to \(last)); pick a week in that range"
            }
        }
    }

    /// - Parameters:
    ///   - week: a day in the week to brief; by default the last complete week in the data.
    ///   - chartPrefix: file-name prefix of the charts (the Markdown file's name without `.md`).
    public init(data: BriefingData, week: Day?, chartPrefix: String = "briefing") throws {
        let index = try data.weekIndex(for: week)
        let context = BriefingContext(data: data, index: index, chartPrefix: chartPrefix)
        alerts = context.alerts
        var sections: [String] = [
            context.title, context.headline, context.alertSection, context.regionSection, context.blockadeSection,
            context.balanceSection, context.materielSection, context.notableSection,
        ]
        if let changes = data.changes { sections.append(context.changesSection(changes)) }
        sections.append(context.methodsSection(firstDay: data.weekly.firstDay!, lastDay: data.weekly.lastDay!))
        markdown = sections.joined(separator: "\n")
        charts = context.charts
    }
}
