import Testing
@testable import CourseResults

/// The t quantiles behind the confidence intervals, against published
/// tables (97.5th percentiles, two-sided 95%), and the normal limit.
@Suite struct StudentTTests {
    @Test(arguments: [(1.0, 12.7062047), (2, 4.3026527), (10, 2.2281389), (30, 2.0422725), (100, 1.9839715), (1000, 1.9623391)])
    func quantilesMatchTheTables(df: Double, expected: Double) {
        #expect(abs(StudentT.quantile(0.975, df: df) - expected) < 1e-6, "df \(df): \(StudentT.quantile(0.975, df: df))")
    }

    @Test func manyDegreesOfFreedomApproachTheNormal() {
        #expect(abs(StudentT.quantile(0.975, df: 1e8) - StudentT.z975) < 1e-6)
        #expect(abs(StudentT.cdf(0, df: 7) - 0.5) < 1e-15)
        #expect(abs(StudentT.cdf(-2.2281389, df: 10) - 0.025) < 1e-7)
    }
}
