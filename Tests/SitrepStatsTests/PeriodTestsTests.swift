import Numerics
import SitrepStats
import Testing

/// Period tests against statsmodels 0.15 and scipy 1.17 (Fixtures/reference.json).
@Suite struct PeriodTestsTests {
    @Test(arguments: Reference.shared.rate_test)
    func poissonRateTestMatchesStatsmodelsAndScipy(_ reference: Reference.RateCase) throws {
        let test = try PoissonRateTest(
            count1: reference.x1, exposure1: reference.t1, count2: reference.x2, exposure2: reference.t2)
        #expect(pValueMatches(test.pValue, reference.p))
        #expect(closeRelative(test.rateRatio, reference.ratio, 1e-12))
        // Clopper–Pearson ends: scipy finds them by root search, GSL by the beta quantile; 1e-8 relative.
        #expect(closeRelative(test.confidenceInterval.lower, reference.ci_low, 1e-8))
        if let high = reference.ci_high {
            #expect(closeRelative(test.confidenceInterval.upper, high, 1e-8))
        } else {
            #expect(test.confidenceInterval.upper == .infinity)
        }
    }

    @Test func rateTestRejectsNoEvents() {
        #expect(
            errorCode { try PoissonRateTest(count1: 0, exposure1: 1, count2: 0, exposure2: 1) }
                == GSLError.invalidArgument.code)
        #expect(
            errorCode { try PoissonRateTest(count1: 2, exposure1: 0, count2: 1, exposure2: 1) }
                == GSLError.invalidArgument.code)
    }

    @Test(arguments: Reference.shared.welch.indices)
    func welchMatchesScipy(_ index: Int) throws {
        let reference = Reference.shared.welch[index]
        let test = try WelchTest(reference.a, reference.b)
        #expect(closeRelative(test.t, reference.t, 1e-12))
        #expect(closeRelative(test.degreesOfFreedom, reference.df, 1e-12))
        #expect(pValueMatches(test.pValue, reference.p))
    }

    @Test func welchDegenerateThrows() {
        #expect(errorCode { try WelchTest([1, 1, 1], [2, 2]) } == GSLError.degenerateInput.code)
        #expect(errorCode { try WelchTest([1], [2, 3]) } == GSLError.degenerateInput.code)
    }

    @Test(arguments: Reference.shared.bh.indices)
    func benjaminiHochbergMatchesStatsmodels(_ index: Int) throws {
        let reference = Reference.shared.bh[index]
        let adjusted = try BenjaminiHochberg.adjust(reference.p)
        for (actual, expected) in zip(adjusted, reference.adjusted) { #expect(closeRelative(actual, expected, 1e-14)) }
        #expect(try BenjaminiHochberg.rejections(reference.p, falseDiscoveryRate: 0.05) == reference.rejected)
    }

    @Test func benjaminiHochbergRejectsNaN() {
        #expect(errorCode { try BenjaminiHochberg.adjust([0.1, .nan]) } == GSLError.degenerateInput.code)
    }
}
