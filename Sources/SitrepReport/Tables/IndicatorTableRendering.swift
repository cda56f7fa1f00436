import SitrepCore
public import SitrepTimeSeries
import SitrepIngest

/// Renders an `IndicatorTable` as CSV, JSON or a Markdown table. Output is deterministic.
public enum IndicatorTableRendering {
    static func header(_ table: IndicatorTable) -> [String] {
        [table.regionLevel, table.calendar.kind.startColumnName] + IndicatorColumn.all.map(\.name)
    }

    /// CSV with a header; columns as `IndicatorColumn.all`, rows as the table orders them.
    public static func csv(_ table: IndicatorTable) -> String {
        var output = CSVWriting.line(header(table))
        output.reserveCapacity(table.rows.count * 48)
        for row in table.rows {
            output += CSVWriting.field(row.region)
            output += ","
            output += row.periodStart.description
            for column in IndicatorColumn.all {
                output += ","
                output += String(column.value(row.counts))
            }
            output += "\n"
        }
        return output
    }

    /// A JSON array of objects, one per row, keys in column order.
    public static func json(_ table: IndicatorTable) -> String {
        let names = header(table)
        var output = "[\n"
        for (index, row) in table.rows.enumerated() {
            var fields = ["\(JSONText.string(names[0])): \(JSONText.string(row.region))",
                          "\(JSONText.string(names[1])): \(JSONText.string(row.periodStart.description))"]
            for column in IndicatorColumn.all { fields.append("\(JSONText.string(column.name)): \(column.value(row.counts))") }
            output += "  {" + fields.joined(separator: ", ") + "}" + (index + 1 < table.rows.count ? ",\n" : "\n")
        }
        return output + "]\n"
    }

    /// A GitHub-flavoured Markdown table.
    public static func markdown(_ table: IndicatorTable) -> String {
        var rows: [[String]] = []
        for row in table.rows {
            rows.append([row.region, row.periodStart.description] + IndicatorColumn.all.map { String($0.value(row.counts)) })
        }
        return MarkdownTable(header: header(table), alignments: [.left, .left] + IndicatorColumn.all.map { _ in .right }, rows: rows).text
    }
}
