import Foundation
import Numerics
import SitrepStats

/// The reference values in Fixtures/reference.json, produced by Fixtures/make_reference.py with statsmodels 0.15.0,
/// scipy 1.17.1, ruptures 1.1.10, pymannkendall 1.4.3, numpy 2.4.6 (the versions are also in the file).
struct Reference: Decodable {
    struct GLMCase: Decodable {
        var name: String
        var family: String
        var response: [Double]
        var design: [[Double]]
        var offset: [Double]?
        var alpha: Double?
        var aic: Double
        var dispersion: Double
        var coefficients: [Double]
        var se: [Double]
        var statistic: [Double]
        var p: [Double]
        var ci_low: [Double]
        var ci_high: [Double]
        var deviance: Double
        var pearson_chi2: Double
    }

    struct MannKendallCase: Decodable {
        var name: String
        var values: [Double]
        var tau: Double
        var s: Double
        var var_s: Double
        var z: Double
        var p: Double
        var slope: Double
        var intercept: Double
    }

    struct PELTCase: Decodable {
        var name: String
        var values: [Double]
        var cost: String
        var min_size: Int
        var penalty_kind: String
        var penalty: Double
        var breakpoints: [Int]
    }

    struct RateCase: Decodable {
        var x1: Int
        var t1: Double
        var x2: Int
        var t2: Double
        var p: Double
        var ratio: Double
        var ci_low: Double
        var ci_high: Double?
    }

    struct WelchCase: Decodable {
        var a: [Double]
        var b: [Double]
        var t: Double
        var df: Double
        var p: Double
    }

    struct BHCase: Decodable {
        var p: [Double]
        var adjusted: [Double]
        var rejected: [Bool]
    }

    struct OLSCase: Decodable {
        var name: String
        var values: [Double]
        var coefficients: [Double]
        var se: [Double]
        var p: [Double]
        var ci_low: [Double]
        var ci_high: [Double]
        var scale: Double
    }

    var versions: [String: String]
    var ols: [OLSCase]
    var glm: [GLMCase]
    var negbin_boundary: [String]
    var mann_kendall: [MannKendallCase]
    var pelt: [PELTCase]
    var rate_test: [RateCase]
    var welch: [WelchCase]
    var bh: [BHCase]

    static let shared: Reference = {
        let url = Bundle.module.url(forResource: "reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()
}

/// The tolerance for p-values: within 1e-8 absolute or 1e-6 relative.
func pValueMatches(_ actual: Double, _ expected: Double) -> Bool {
    abs(actual - expected) <= 1e-8 || actual.isApproximatelyEqual(to: expected, relativeTolerance: 1e-6)
}

/// The tolerance for coefficients and standard errors: 1e-6 relative (absolute 1e-12 around 0).
func closeRelative(_ actual: Double, _ expected: Double, _ tolerance: Double = 1e-6) -> Bool {
    actual.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12, relativeTolerance: tolerance)
        || actual.isApproximatelyEqual(to: expected, relativeTolerance: tolerance)
}

/// The code of the `GSLError` that `body` throws, or `nil` when it returns (or throws something else).
func errorCode<T>(_ body: () throws -> T) -> Int32? {
    do {
        _ = try body()
        return nil
    } catch {
        return (error as? GSLError)?.code
    }
}
