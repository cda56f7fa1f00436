import Foundation
import SitrepTestSupport
import Testing

/// Runs the built `sitrep fit` binary on small CSV files.
@Suite struct FitCommandTests {
    /// The products directory holds the `sitrep` executable next to this target's resource bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("sitrep")
    }

    static func run(_ arguments: [String], csv: String) throws -> (
        status: Int32, stdout: String, stderr: String, path: String
    ) {
        let path = try ScratchFolder.write(csv, name: "series.csv")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["fit", "--series", path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self),
            path
        )
    }

    static let stepSeries = """
        week,events
        2024-01-06,3
        2024-01-13,4
        2024-01-20,2
        2024-01-27,5
        2024-02-03,3
        2024-02-10,4
        2024-02-17,11
        2024-02-24,12
        2024-03-02,9
        2024-03-09,13
        2024-03-16,10
        2024-03-23,12

        """

    static func close(_ a: Any?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
        guard let a = a as? Double else { return false }
        return abs(a - b) <= tolerance * max(abs(b), 1e-300)
    }

    @Test func poissonFitWithChangePointAsJSON() throws {
        let result = try Self.run(["--value", "events", "--time", "week"], csv: Self.stepSeries)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["n"] as? Int == 12)
        #expect(json["model"] as? String == "poisson")
        // statsmodels 0.15 GLM(y, [1, t], Poisson()).fit(): β = (1.09503826, 0.1418661), SE (0.258599, 0.03312022),
        // 100 (exp(β₁) − 1) = 15.242232529, CI (7.99898704, 22.97126595), Pearson χ²/(n − 2) = 0.828577394.
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["name"] as? String } == ["intercept", "trend"])
        #expect(Self.close(coefficients[1]["estimate"], 0.1418661, 1e-6))
        #expect(Self.close(coefficients[1]["se"], 0.03312022, 1e-6))
        #expect(Self.close(json["trend_pct_per_period"], 15.242232529183278))
        let ci = try #require(json["trend_pct_ci95"] as? [Double])
        #expect(Self.close(ci[0], 7.99898704) && Self.close(ci[1], 22.97126595))
        #expect(Self.close(json["dispersion"], 0.8285773940678179))
        // One change point at row 6 (2024-02-17): means 21/6 before and 67/6 after (hand computed).
        let points = try #require(json["changepoints"] as? [[String: Any]])
        #expect(points.count == 1)
        #expect(points.first?["index"] as? Int == 6)
        #expect(points.first?["time"] as? String == "2024-02-17")
        #expect(Self.close(points.first?["mean_before"], 21.0 / 6) && Self.close(points.first?["mean_after"], 67.0 / 6))
        // pymannkendall 1.4.3 original_test: τ 0.6212121212, S 41, z 2.762455533, p 0.005736837562, slope 1.
        let mk = try #require(json["mann_kendall"] as? [String: Any])
        #expect(mk["s"] as? Int == 41)
        #expect(Self.close(mk["tau"], 0.6212121212121212) && Self.close(mk["z"], 2.7624555330967855))
        #expect(Self.close(mk["p"], 0.005736837561789443) && (mk["sen_slope"] as? Int) == 1)
    }

    @Test(arguments: [
        (
            "week,events\n2024-01-06,3\n2024-01-13,x4\n", ["--value", "events"],
            ":3: column 'events' has 'x4', not a number"
        ),
        (
            "week,events\n2024-01-06,3\n2024-01-06,4\n", ["--value", "events", "--time", "week"],
            ":3: column 'week' repeats '2024-01-06' (first at line 2)"
        ),
        ("week,events\n2024-01-06,3\n", ["--value", "count"], ":1: column 'count' not found in the header"),
        ("week,events\n2024-01-06,0\n2024-01-13,0\n2024-01-20,0\n", ["--value", "events"], "all 3 counts are zero"),
    ])
    func malformedSeriesFailsWithFileLineAndValue(_ csv: String, _ arguments: [String], _ message: String) throws {
        let result = try Self.run(arguments, csv: csv)
        #expect(result.status == 1)
        #expect(result.stderr.contains(result.path))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
