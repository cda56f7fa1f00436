/// Counting ordered pairs of a series in O(n log n) by merge sort, for Mann–Kendall's S and Sen's slope.
enum PairCounting {
    /// Pairs i < j with yⱼ ≤ yᵢ.
    static func pairsNotAbove(_ y: [Double]) -> Int { count(y, strict: false) }

    /// Pairs i < j with yⱼ < yᵢ.
    static func pairsBelow(_ y: [Double]) -> Int { count(y, strict: true) }

    /// Pairs i < j with yⱼ ≤ yᵢ (or < with `strict`): a bottom-up merge sort that, when an element of a right
    /// run is placed, adds the elements of the left run still waiting that are ≥ it (> it with `strict`).
    static func count(_ values: [Double], strict: Bool) -> Int {
        var scratch = [Double](repeating: 0, count: values.count)
        var work = values
        return work.withUnsafeMutableBufferPointer { a in
            scratch.withUnsafeMutableBufferPointer { b in count(a, scratch: b, strict: strict) }
        }
    }

    /// `count(_:strict:)` on a buffer it overwrites, with a scratch buffer of the same size.
    static func count(
        _ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>, strict: Bool
    ) -> Int {
        var a = values, b = scratch
        let n = a.count
        var total = 0
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n), end = min(start + 2 * width, n)
                var i = start, j = middle, k = start
                while i < middle && j < end {
                    // Take from the left while it is below the right (or equal, when ties count as pairs
                    // "not above": then the equal left element waits and the right one counts it).
                    if strict ? a[i] <= a[j] : a[i] < a[j] {
                        b[k] = a[i]
                        i += 1
                    } else {
                        total += middle - i
                        b[k] = a[j]
                        j += 1
                    }
                    k += 1
                }
                while i < middle {
                    b[k] = a[i]
                    i += 1
                    k += 1
                }
                while j < end {
                    b[k] = a[j]
                    j += 1
                    k += 1
                }
                start = end
            }
            swap(&a, &b)
            width *= 2
        }
        return total
    }

    /// Pairs i < j whose slope (xⱼ − xᵢ)/(j − i) is ≤ t: those with xⱼ − t·j ≤ xᵢ − t·i (buffers of x's size).
    static func slopesNotAbove(
        _ x: [Double], _ t: Double, work: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>
    ) -> Int {
        for index in x.indices { work[index] = x[index] - t * Double(index) }
        return count(work, scratch: scratch, strict: false)
    }

    /// The k-th smallest pairwise slope (k from 1): the least double t with at least k slopes ≤ t, found by
    /// bisection on the order-preserving integer image of the doubles between the smallest and largest slope.
    static func orderedSlope(_ x: [Double], rank k: Int) -> Double {
        // Every slope lies between the extreme first differences' bounds: min/max of (xⱼ − xᵢ)/(j − i) is reached
        // at consecutive points.
        var low = Double.infinity, high = -Double.infinity
        for i in 1..<x.count {
            low = min(low, x[i] - x[i - 1])
            high = max(high, x[i] - x[i - 1])
        }
        let work = UnsafeMutableBufferPointer<Double>.allocate(capacity: x.count)
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: x.count)
        defer {
            work.deallocate()
            scratch.deallocate()
        }
        var lo = key(low), hi = key(high)  // invariant: count(≤ value(hi)) ≥ k
        while lo < hi {
            let mid = lo &+ Int64(bitPattern: UInt64(bitPattern: hi &- lo) / 2)
            if slopesNotAbove(x, value(mid), work: work, scratch: scratch) >= k { hi = mid } else { lo = mid + 1 }
        }
        return value(hi)
    }

    /// Up to this many points the slopes are listed and sorted (at most 4.5 million, 36 MB), so the median is
    /// exactly the quotient (xⱼ − xᵢ)/(j − i) that pymannkendall takes; above it they are selected by bisection,
    /// whose comparison in the form xⱼ − t·j ≤ xᵢ − t·i may round differently, so the median can differ from
    /// the quotient form by an ulp or two.
    static let listingLimit = 3000

    /// The median of the n(n − 1)/2 pairwise slopes (the mean of the two middle ones for an even count).
    static func medianSlope(_ x: [Double]) -> Double {
        let m = x.count * (x.count - 1) / 2
        if x.count <= listingLimit {
            var slopes: [Double] = []
            slopes.reserveCapacity(m)
            for i in x.indices {
                for j in (i + 1)..<x.count { slopes.append((x[j] - x[i]) / Double(j - i)) }
            }
            slopes.sort()
            return m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2
        }
        if m % 2 == 1 { return orderedSlope(x, rank: m / 2 + 1) }
        return (orderedSlope(x, rank: m / 2) + orderedSlope(x, rank: m / 2 + 1)) / 2
    }

    /// Maps doubles to integers in the same order (negative doubles reversed), so bisection can run on bits.
    static func key(_ value: Double) -> Int64 {
        let bits = Int64(bitPattern: value.bitPattern)
        return bits >= 0 ? bits : Int64.min - bits
    }

    static func value(_ key: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: key >= 0 ? key : Int64.min - key))
    }
}
