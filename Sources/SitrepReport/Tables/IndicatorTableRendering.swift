import SitrepCore
import SitrepIngest
public import SitrepTimeSeries

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
        let columns = ValueColumns(table)
        return table.rows.indices.map { columns.values(of: table, row: $0) }
    }

    /// The columns after the region and period columns, as functions of a row, read from `IndicatorColumn.all`
    /// once per table (reading the column list per row retained every column's texts).
    struct ValueColumns: Sendable {
        /// A column's function as a struct's field: an array of bare closures would hold each behind a
        /// re-abstraction thunk, which copies the counts and retains a context at every cell.
        struct Function: Sendable {
            let value: @Sendable (IndicatorCounts) -> IndicatorValue
        }

        let functions: [Function]
        /// The `days_since_last_attack` column of a corridor table, `nil` for other tables.
        let days: [Int64?]?

        init(_ table: IndicatorTable) {
            functions = IndicatorColumn.all.map { Function(value: $0.value) }
            days = IndicatorTableRendering.hasCorridorColumn(table) ? table.daysSinceLastCorridorIncident : nil
        }

        func values(of table: IndicatorTable, row index: Int) -> [IndicatorValue] {
            var values: [IndicatorValue] = []
            forEachValue(of: table, row: index) { values.append($0) }
            return values
        }

        func forEachValue(of table: IndicatorTable, row index: Int, _ body: (IndicatorValue) -> Void) {
            let counts = table.rows[index].counts
            functions.withUnsafeBufferPointer { functions in
                for column in functions.indices { body(functions[column].value(counts)) }
            }
            if let days { body(days[index].map(IndicatorValue.count) ?? .undefined) }
        }
    }

    /// CSV with a header; columns as `IndicatorColumn.all`, rows as the table orders them. Written as bytes
    /// (a whole-country table has tens of thousands of cells), a large table's two halves on two threads.
    public static func csv(_ table: IndicatorTable) -> String {
        let lines = CSVLines(table)
        let rows = table.rows.indices
        let middle = rows.count >= 1024 ? rows.lowerBound + rows.count / 2 : rows.upperBound
        let (first, second) = concurrently {
            lines.bytes(of: rows.lowerBound..<middle)
        } _: {
            lines.bytes(of: middle..<rows.upperBound)
        }
        var output = Array(CSVWriting.line(header(table)).utf8)
        output.reserveCapacity(output.count + first.count + second.count)
        output += first
        output += second
        return String(decoding: output, as: UTF8.self)
    }

    /// The CSV lines of a table's rows. Rows are region-major, so row i is region i / periods and period
    /// i % periods; each region's and period's field is written once per table.
    struct CSVLines: Sendable {
        let table: IndicatorTable
        let columns: ValueColumns
        let regionFields: [[UInt8]]
        let periodFields: [[UInt8]]

        init(_ table: IndicatorTable) {
            self.table = table
            columns = ValueColumns(table)
            regionFields = table.regions.map { Array(CSVWriting.field($0).utf8) }
            periodFields = table.periods.map { Array($0.description.utf8) }
        }

        func bytes(of rows: Range<Int>) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(rows.count * 128)
            for index in rows {
                output.append(contentsOf: regionFields[index / table.periods.count])
                output.append(UInt8(ascii: ","))
                output.append(contentsOf: periodFields[index % table.periods.count])
                columns.forEachValue(of: table, row: index) { value in
                    output.append(UInt8(ascii: ","))
                    value.appendText(to: &output)
                }
                output.append(UInt8(ascii: "\n"))
            }
            return output
        }
    }

    /// A JSON array of objects, one per row, keys in column order.
    public static func json(_ table: IndicatorTable) -> String {
        let names = header(table)
        var output = "[\n"
        for (index, (row, values)) in zip(table.rows, values(table)).enumerated() {
            var fields = [
                "\(JSONText.string(names[0])): \(JSONText.string(row.region))",
                "\(JSONText.string(names[1])): \(JSONText.string(row.periodStart.description))",
            ]
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
