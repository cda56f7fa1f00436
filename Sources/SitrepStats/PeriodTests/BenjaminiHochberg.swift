/// The Benjamini–Hochberg step-up adjustment controlling the false discovery rate.
///
/// With p-values sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of p₍ᵢ₎ is min(1, min_{j ≥ i} m p₍ⱼ₎ / j),
/// returned in the input's order. A hypothesis is rejected at level q when its adjusted value is ≤ q. Agrees with
/// statsmodels 0.15 `multipletests(p, method="fdr_bh")`.
public enum BenjaminiHochberg {
    /// Adjusted p-values in the order of `pValues`. Throws `degenerateInput` for a value outside [0, 1] or NaN.
    public static func adjust(_ pValues: [Double]) throws(GSLError) -> [Double] {
        if let bad = pValues.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw GSLError.degenerateInput.with(message: "p-value \(bad) is \(pValues[bad]), outside [0, 1]")
        }
        let m = pValues.count
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 0, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, pValues[index] * Double(m) / Double(rank))
            adjusted[index] = running
        }
        return adjusted
    }

    /// Whether each hypothesis is rejected at false discovery rate `q`.
    public static func rejections(_ pValues: [Double], falseDiscoveryRate q: Double) throws(GSLError) -> [Bool] {
        try adjust(pValues).map { $0 <= q }
    }
}
