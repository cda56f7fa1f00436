import ArgumentParser
import Dispatch
import SitrepIngest
import SitrepReport
import SitrepStats
import Synchronization

struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a trend, change points and a Mann–Kendall test to one time series in a CSV file.",
        discussion: """
            The series is one numeric column (--value), in file order, one row per period; --time names a column
            of period labels (each must be unique), used to label the change points. The trend is the coefficient
            of the row index 0…n−1: for the count models (log link) it is reported as % change per period,
            100 (exp(b) − 1), with the 95 % interval mapped the same way; for --model normal (least squares) as
            100 b / mean. Change points are by PELT; 'index' is the 0-based first row of each new segment.

            PENALTIES (k = 1 parameter per segment for the poisson and l2 costs, 2 for normal; n = rows)
              bic   (k + 1) log n        mbic  (k + 2) log n        NUMBER  as given
              For the l2 cost BIC/MBIC are multiplied by the noise variance estimated from the median absolute
              deviation of the first differences.
            """
    )

    enum Model: String, ExpressibleByArgument, CaseIterable { case poisson, quasipoisson, negbin, normal }
    enum ChangePoints: String, ExpressibleByArgument, CaseIterable { case pelt, none }
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, md }
    enum Cost: String, ExpressibleByArgument, CaseIterable {
        case poisson, l2, normal

        var segmentCost: SegmentCost { SegmentCost(rawValue: rawValue)! }
    }

    @Option(help: "CSV file holding the series (a header line, then one row per period).") var series: String
    @Option(help: "Column holding the values.") var value: String
    @Option(help: "Column holding the period labels (default: the row index).") var time: String?
    @Option(help: "Trend model.") var model: Model = .poisson
    @Option(help: "Change-point method.") var changepoints: ChangePoints = .pelt
    @Option(help: "PELT segment cost (default: poisson for the count models, l2 for normal).") var cost: Cost?
    @Option(help: "PELT penalty: bic, mbic or a positive number.") var penalty: String = "bic"
    @Option(help: "Minimum segment length for PELT.") var minSize: Int = 2
    @Option(help: "Output format.") var format: Format = .json
    @Option(help: "Output file (default: standard output).") var out: String?

    func validate() throws {
        guard minSize >= 1 else { throw ValidationError("--min-size must be 1 or more.") }
        _ = try parsedPenalty()
    }

    func parsedPenalty() throws -> Penalty {
        switch penalty.lowercased() {
        case "bic": return .bic
        case "mbic": return .mbic
        default:
            guard let number = Double(penalty), number > 0, number.isFinite else {
                throw ValidationError("--penalty must be bic, mbic or a positive number, not '\(penalty)'.")
            }
            return .value(number)
        }
    }

    func run() throws {
        let text = try CommandErrors.reporting { () throws -> String in
            let data = try SeriesFile.read(path: series, valueColumn: value, timeColumn: time)
            let report = try analyse(data)
            return format == .json ? report.json : report.markdown
        }
        try CommandErrors.reporting { try FileOutput.write(text, to: out) }
    }

    private func analyse(_ data: SeriesFile) throws -> FitReport {
        let values = data.values
        let trendModel: TrendModel =
            switch model {
            case .poisson: .poisson
            case .quasipoisson: .quasiPoisson
            case .negbin: .negativeBinomial
            case .normal: .normal
            }
        let fitted: TrendEstimate
        let mannKendall: MannKendall.Result
        var segmentation: PELT.Result?
        let segmentCost = cost?.segmentCost ?? (model == .normal ? .l2 : .poisson)
        let penalty = try parsedPenalty()
        do {
            // The change points on a second thread while this one fits the trend and the Mann–Kendall test.
            let pelt = changepoints == .pelt
            let minSize = minSize
            let changes = Mutex<Result<PELT.Result, any Error>?>(nil)
            let group = DispatchGroup()
            if pelt {
                DispatchQueue.global().async(group: group) {
                    let result = Result<PELT.Result, any Error> {
                        try PELT.changePoints(
                            values, cost: segmentCost, penalty: penalty, minimumSegmentLength: minSize)
                    }
                    changes.withLock { $0 = result }
                }
            }
            fitted = try trend(of: values, model: trendModel)
            mannKendall = try MannKendall.test(values)
            group.wait()
            segmentation = try changes.withLock { $0 }?.get()
        } catch let error as GSLError {
            throw CommandFailure("\(series): column '\(value)' (\(values.count) rows): \(error.message)")
        }
        return FitReport(
            data: data, model: model.rawValue, trend: fitted, mannKendall: mannKendall, segmentation: segmentation,
            cost: segmentCost, minSize: minSize)
    }
}

/// One numeric column of a CSV file, with optional unique period labels.
struct SeriesFile {
    var values: [Double]
    /// The label of each row (the --time column), or `nil` when no time column was given.
    var labels: [String]?

    /// Reads the file; a missing column, a non-numeric or empty value, a row too short for a column, a malformed
    /// CSV record or a repeated time label stops it with the file, line, column and value.
    static func read(path: String, valueColumn: String, timeColumn: String?) throws -> SeriesFile {
        let reader = try CSVFileReader(path: path, fieldCapacity: 4096)
        let header = try CSVHeader.read(from: reader)
        func index(of column: String) throws -> Int {
            guard let index = header.names.firstIndex(of: column) else {
                throw CommandFailure(
                    "\(path):1: column '\(column)' not found in the header (columns: "
                        + header.names.map { "'\($0)'" }.joined(separator: ", ") + ")")
            }
            return index
        }
        let valueIndex = try index(of: valueColumn)
        let timeIndex = try timeColumn.map(index(of:))
        var values: [Double] = []
        var labels: [String] = []
        var firstLine: [String: Int] = [:]
        try reader.forEachRecord(
            in: header.dataOffset..<reader.fileSize, firstLine: header.firstDataLine,
            onMalformed: { line, problem in throw CommandFailure("\(path):\(line): \(problem.description)") }
        ) { record in
            let needed = max(valueIndex, timeIndex ?? 0) + 1
            guard record.fieldCount >= needed else {
                throw CommandFailure(
                    "\(path):\(record.line): the row has \(record.fieldCount) fields; column "
                        + "'\(header.names[needed - 1])' is field \(needed)")
            }
            let text = record.string(at: valueIndex).trimmingSpaces
            guard let number = Double(text), number.isFinite else {
                throw CommandFailure(
                    "\(path):\(record.line): column '\(valueColumn)' has '\(text)', not a number; "
                        + "every row needs a numeric value")
            }
            values.append(number)
            if let timeIndex, let timeColumn {
                let label = record.string(at: timeIndex).trimmingSpaces
                if let first = firstLine[label] {
                    throw CommandFailure(
                        "\(path):\(record.line): column '\(timeColumn)' repeats '\(label)' (first at line \(first)); "
                            + "each period must appear once")
                }
                firstLine[label] = record.line
                labels.append(label)
            }
        }
        return SeriesFile(values: values, labels: timeColumn == nil ? nil : labels)
    }
}

extension String {
    /// Without leading spaces and tabs and trailing spaces, tabs and carriage returns (found by index over the
    /// Unicode scalars, with one copy at the end).
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// What `sitrep fit` prints.
struct FitReport {
    var data: SeriesFile
    var model: String
    var trend: TrendEstimate
    var mannKendall: MannKendall.Result
    var segmentation: PELT.Result?
    var cost: SegmentCost
    var minSize: Int

    struct ChangePoint {
        var index: Int
        var time: String?
        var meanBefore: Double
        var meanAfter: Double
    }

    var changePoints: [ChangePoint] {
        guard let segmentation else { return [] }
        let means = PELT.segmentMeans(data.values, boundaries: segmentation.boundaries)
        return segmentation.changePoints.enumerated().map { k, index in
            ChangePoint(index: index, time: data.labels?[index], meanBefore: means[k], meanAfter: means[k + 1])
        }
    }

    var json: String {
        func number(_ x: Double) -> String { JSONText.number(x) }
        func coefficient(_ name: String, _ c: CoefficientEstimate) -> String {
            "{\"name\": \"\(name)\", \"estimate\": \(number(c.estimate)), \"se\": \(number(c.standardError)), "
                + "\"p\": \(number(c.pValue))}"
        }
        var lines = [
            "  \"n\": \(trend.n)",
            "  \"model\": \(JSONText.string(model))",
            "  \"coefficients\": [\(coefficient("intercept", trend.intercept)), \(coefficient("trend", trend.slope))]",
            "  \"trend_pct_per_period\": \(number(trend.percentPerPeriod))",
            "  \"trend_pct_ci95\": [\(number(trend.percentConfidenceInterval95.lower)), "
                + "\(number(trend.percentConfidenceInterval95.upper))]",
            "  \"dispersion\": \(number(trend.dispersion))",
        ]
        if let alpha = trend.alpha { lines.append("  \"alpha\": \(number(alpha))") }
        let points = changePoints.map { point in
            let time = point.time.map(JSONText.string) ?? String(point.index)
            return "    {\"index\": \(point.index), \"time\": \(time), \"mean_before\": \(number(point.meanBefore)), "
                + "\"mean_after\": \(number(point.meanAfter))}"
        }
        lines.append(
            "  \"changepoints\": [" + (points.isEmpty ? "]" : "\n" + points.joined(separator: ",\n") + "\n  ]"))
        if let segmentation {
            lines.append(
                "  \"changepoint_method\": {\"method\": \"pelt\", \"cost\": \"\(cost.rawValue)\", "
                    + "\"penalty\": \(number(segmentation.penalty)), \"min_size\": \(minSize)}")
        }
        let mk = mannKendall
        lines.append(
            "  \"mann_kendall\": {\"tau\": \(number(mk.tau)), \"s\": \(number(mk.s)), \"z\": \(number(mk.z)), "
                + "\"p\": \(number(mk.pValue)), \"sen_slope\": \(number(mk.sensSlope))}")
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    var markdown: String {
        func f(_ x: Double, _ digits: Int = 4) -> String { formatted(x, digits: digits) }
        func p(_ x: Double) -> String { x < 0.0001 ? "< 0.0001" : formatted(x, digits: 4) }
        var text = "# Series fit: \(model), n = \(trend.n)\n\n"
        text += "| term | estimate | SE | p |\n|---|---:|---:|---:|\n"
        for (name, c) in [("intercept", trend.intercept), ("trend", trend.slope)] {
            text += "| \(name) | \(f(c.estimate)) | \(f(c.standardError)) | \(p(c.pValue)) |\n"
        }
        let ci = trend.percentConfidenceInterval95
        text +=
            "\nTrend: \(f(trend.percentPerPeriod, 2)) % per period (95 % CI \(f(ci.lower, 2)) to \(f(ci.upper, 2))); "
        text += "dispersion \(f(trend.dispersion, 3))"
        if let alpha = trend.alpha { text += "; NB2 α \(f(alpha, 3))" }
        text += ".\n\nMann–Kendall: τ = \(f(mannKendall.tau)), S = \(f(mannKendall.s, 0)), z = \(f(mannKendall.z)), "
        text += "p = \(p(mannKendall.pValue)), Sen's slope \(f(mannKendall.sensSlope)).\n"
        if let segmentation {
            text += "\n## Change points (PELT, \(cost.rawValue) cost, penalty \(f(segmentation.penalty, 3)), "
            text += "min size \(minSize))\n\n"
            let points = changePoints
            if points.isEmpty {
                text += "None.\n"
            } else {
                text += "| index | time | mean before | mean after |\n|---:|---|---:|---:|\n"
                for point in points {
                    text += "| \(point.index) | \(point.time ?? String(point.index)) | \(f(point.meanBefore, 3)) | "
                    text += "\(f(point.meanAfter, 3)) |\n"
                }
            }
        }
        return text
    }

    /// `x` rounded to `digits` decimals, without exponent notation for ordinary magnitudes.
    private func formatted(_ x: Double, digits: Int) -> String {
        guard x.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        if abs(rounded) < 1e-300 { return digits == 0 ? "0" : "0." + String(repeating: "0", count: digits) }
        let negative = rounded < 0
        let units = Int64((abs(rounded) * scale).rounded())
        let whole = units / Int64(scale)
        let fraction = units % Int64(scale)
        var text = (negative ? "-" : "") + String(whole)
        if digits > 0 {
            let digitsText = String(fraction)
            text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
        }
        return text
    }
}
