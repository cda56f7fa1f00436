/// A line chart of one or more series over calendar periods, as a standalone SVG document.
///
/// The chart has a title, a y axis with round tick values and a unit label, x-axis date labels, a legend,
/// and an optional shaded band (e.g. the briefing's week). Numbers are written with fixed decimals, so the
/// same input gives the same bytes.
public struct SVGLineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        /// A CSS colour.
        public var color: String

        public init(name: String, values: [Double], color: String) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    public var title: String
    /// The y axis' label, with its unit ("events per week").
    public var yLabel: String
    /// One label per point (the period's first day).
    public var xLabels: [String]
    public var series: [Series]
    /// Index of a point to highlight with a shaded band.
    public var highlight: Int?
    public var width = 720.0
    public var height = 300.0

    public init(title: String, yLabel: String, xLabels: [String], series: [Series], highlight: Int? = nil) {
        self.title = title
        self.yLabel = yLabel
        self.xLabels = xLabels
        self.series = series
        self.highlight = highlight
    }

    /// The palette used for successive series (colour-blind safe, Okabe–Ito).
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

    public var svg: String {
        let left = 64.0, right = 16.0, top = 40.0, bottom = 56.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let count = max(xLabels.count, 1)
        let finite = series.flatMap(\.values).filter(\.isFinite)
        let ticks = SVGLineChart.niceTicks(minimum: finite.min() ?? 0, maximum: finite.max() ?? 0)
        let low = ticks.first ?? 0, high = ticks.last ?? 1
        func x(_ index: Int) -> Double { left + (count == 1 ? plotWidth / 2 : plotWidth * Double(index) / Double(count - 1)) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - low) / (high - low)) }
        let f = { (value: Double) in NumberFormatting.fixed(value, 1) }

        var out: [String] = []
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">")
        out.append("<title>\(SVGLineChart.escape(title))</title>")
        out.append("<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>")
        out.append("<text x=\"\(f(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">\(SVGLineChart.escape(title))</text>")
        if let highlight, highlight >= 0, highlight < count {
            let halfStep = count == 1 ? plotWidth / 2 : plotWidth / Double(count - 1) / 2
            let bandStart = max(left, x(highlight) - halfStep), bandEnd = min(left + plotWidth, x(highlight) + halfStep)
            out.append("<rect x=\"\(f(bandStart))\" y=\"\(f(top))\" width=\"\(f(bandEnd - bandStart))\" height=\"\(f(plotHeight))\" fill=\"#f0e442\" fill-opacity=\"0.35\"/>")
        }
        for tick in ticks {
            out.append("<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(tick)))\" stroke=\"#dddddd\" stroke-width=\"1\"/>")
            out.append("<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\" fill=\"#444444\">\(NumberFormatting.compact(tick))</text>")
        }
        out.append("<line x1=\"\(f(left))\" y1=\"\(f(y(max(low, 0))))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(max(low, 0))))\" stroke=\"#444444\" stroke-width=\"1\"/>")
        out.append("<text transform=\"translate(14 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#444444\">\(SVGLineChart.escape(yLabel))</text>")
        let labelEvery = max(1, Int((Double(count) / 8).rounded(.up)))
        for index in stride(from: 0, to: xLabels.count, by: labelEvery) {
            out.append("<line x1=\"\(f(x(index)))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(x(index)))\" y2=\"\(f(top + plotHeight + 4))\" stroke=\"#444444\"/>")
            out.append("<text x=\"\(f(x(index)))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\" fill=\"#444444\">\(SVGLineChart.escape(xLabels[index]))</text>")
        }
        for (number, line) in series.enumerated() {
            let points = line.values.enumerated().filter { $0.element.isFinite }
                .map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            out.append("<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(points)\"/>")
            let legendX = left + Double(number) * 180
            out.append("<rect x=\"\(f(legendX))\" y=\"\(f(height - 18))\" width=\"12\" height=\"3\" fill=\"\(line.color)\"/>")
            out.append("<text x=\"\(f(legendX + 16))\" y=\"\(f(height - 13))\" fill=\"#222222\">\(SVGLineChart.escape(line.name))</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Tick values k·s covering [min(0, minimum), maximum], with s a 1, 2 or 5 times a power of ten chosen
    /// for about 4 to 6 ticks; 0 is always a tick.
    static func niceTicks(minimum: Double, maximum: Double) -> [Double] {
        let low = min(0, minimum), high = max(0, maximum)
        guard high > low else { return [0, 1] }
        let rough = (high - low) / 4
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        var ticks: [Double] = []
        var value = (low / step).rounded(.down) * step
        while value < high + step * 0.999 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    /// XML text escaping.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
