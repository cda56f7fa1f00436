/// A one-line chart of a series with the eight Unicode block elements ▁▂▃▄▅▆▇█, scaled from 0 to the
/// series' maximum (so equal heights mean equal values across one sparkline, and an all-zero series is flat).
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func text(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { value in blocks[min(7, max(0, Int((value / top * 7).rounded())))] })
    }
}
