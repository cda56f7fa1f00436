import Testing
import SitrepStats
@Test func ols() throws {
    let y: [Double] = [5,3,6,2,8,4,7,3,5,5,3,7]
    let fit = try LinearFit(design: y.indices.map { [1, Double($0)] }, response: y)
    print("OLS", fit.coefficients, fit.standardErrors, fit.pValues)
}
