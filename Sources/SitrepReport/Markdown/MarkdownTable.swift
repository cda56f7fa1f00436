/// A GitHub-flavoured Markdown table. Cells are escaped (`|` and line breaks) so that every row has exactly
/// as many cells as the header.
public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable {
        case left, right, center
    }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(header: [String], alignments: [Alignment]? = nil, rows: [[String]]) {
        self.header = header
        self.alignments = alignments ?? header.map { _ in .left }
        self.rows = rows
    }

    public var text: String {
        var lines = ["| " + header.map(MarkdownTable.escape).joined(separator: " | ") + " |"]
        lines.append("|" + alignments.map { alignment in
            switch alignment {
            case .left: " --- "
            case .right: " ---: "
            case .center: " :---: "
            }
        }.joined(separator: "|") + "|")
        for row in rows {
            var cells = row.map(MarkdownTable.escape)
            if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
            lines.append("| " + cells.prefix(header.count).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ cell: String) -> String {
        String(cell.flatMap { character -> [Character] in
            switch character {
            case "|": ["\\", "|"]
            case "\n", "\r\n", "\r": [" "]
            default: [character]
            }
        })
    }
}
