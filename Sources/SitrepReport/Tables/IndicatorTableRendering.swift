import SitrepCore
public import SitrepTimeSeries
import SitrepIngest

/// Renders an `IndicatorTable` as CSV, JSON or a Markdown table. Output is deterministic: counts as
/// integers, real values with fixed decimals, undefined values empty (CSV), `null` (JSON) or `n/a` (Markdown).
public enum IndicatorTableRendering {
    static func header(_ table: IndicatorTable) -> [String] {
        [table.regionLevel, table.calendar.kind.startColumnName] + IndicatorColumn.all.map(\.name)
            + (hasCorridorColumn(table) ? [IndicatorColumn.daysSinceLastAttack.name] : [])
    }

    static func hasCorridorColumn(_ table: IndicatorTable) -> Bool { table.regionLevel == "corridor" }

    /// The values of every row after the region and period columns.
    static func values(_ table: IndicatorTable) -> [[IndicatorValue]] {
        let days = hasCorridorColumn(table) ? table.daysSinceLastCorridorIncident : nil
        return table.rows.enumerated().map { index, row in
            IndicatorColumn.all.map { $0.value(row.counts) }
                + (days.map { [$0[index].map(IndicatorValue.count) ?? .undefined] } ?? [])
        }
    }

    /// CSV with a header; columns as `IndicatorColumn.all`, rows as the table orders them.
    public static func csv(_ table: IndicatorTable) -> String {
        var output = CSVWriting.line(header(table))
        output.reserveCapacity(table.rows.count * 96)
        for (row, values) in zip(table.rows, values(table)) {
            output += CSVWriting.field(row.region)
            output += ","
            output += row.periodStart.description
            for value in values {
                output += ","
                output += value.text()
            }
            output += "\n"
        }
        return output
    }

    /// A JSON array of objects, one per row, keys in column order.
    public static func json(_ table: IndicatorTable) -> String {
        let names = header(table)
        var output = "[\n"
        for (index, (row, values)) in zip(table.rows, values(table)).enumerated() {
            var fields = ["\(JSONText.string(names[0])): \(JSONText.string(row.region))",
                          "\(JSONText.string(names[1])): \(JSONText.string(row.periodStart.description))"]
            for (name, value) in zip(names.dropFirst(2), values) {
                fields.append("\(JSONText.string(name)): \(value == .undefined ? "null" : value.text())")
            }
            output += "  {" + fields.joined(separator: ", ") + "}" + (index + 1 < table.rows.count ? ",\n" : "\n")
        }
        return output + "]\n"
    }

    /// A GitHub-flavoured Markdown table.
    public static func markdown(_ table: IndicatorTable) -> String {
        let names = header(table)
        var rows: [[String]] = []
        for (row, values) in zip(table.rows, values(table)) {
            rows.append([row.region, row.periodStart.description] + values.map { $0.text(undefinedText: "n/a") })
        }
        return MarkdownTable(
            header: names, alignments: [.left, .left] + names.dropFirst(2).map { _ in .right }, rows: rows
        ).text
    }
}
