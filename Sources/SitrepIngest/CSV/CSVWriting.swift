/// Writing CSV the way Python's `csv` module and pandas' `to_csv` do (QUOTE_MINIMAL, `\n` line ends):
/// a field is quoted when it holds a comma, a quote, `\r` or `\n`, and quotes inside are doubled.
public enum CSVWriting {
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
