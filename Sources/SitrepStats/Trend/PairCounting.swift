/// Counting ordered pairs of a series in O(n log n), for Mann–Kendall's S and Sen's slope.
enum PairCounting {
    /// Pairs i < j with yⱼ ≤ yᵢ and with yⱼ < yᵢ, given y in ascending order: one pass in time order over the
    /// ranks of the values among the distinct ones (binary search), with a Fenwick tree counting the earlier values
    /// below each rank. O(n log k) for k distinct values. The pairs with yⱼ < yᵢ are those with yⱼ ≤ yᵢ less the
    /// tied pairs, Σ t(t − 1)/2 over the groups of t equal values.
    static func pairCounts(_ y: [Double], sorted: [Double]) -> (notAbove: Int, below: Int) {
        var distinct: [Double] = []
        var tiedPairs = 0, run = 0
        for value in sorted {
            if distinct.last == value {
                run += 1
                tiedPairs += run
            } else {
                distinct.append(value)
                run = 0
            }
        }
        var tree = [Int](repeating: 0, count: distinct.count + 1)
        var notAbove = 0
        for (seen, value) in y.enumerated() {
            var low = 0, high = distinct.count
            while low < high {
                let middle = (low + high) / 2
                if distinct[middle] < value { low = middle + 1 } else { high = middle }
            }
            let rank = low + 1
            // Earlier values below this one (ranks < rank); the others are at or above it.
            var smaller = 0
            var node = rank - 1
            while node > 0 {
                smaller += tree[node]
                node &= node - 1
            }
            notAbove += seen - smaller
            node = rank
            while node < tree.count {
                tree[node] += 1
                node += node & -node
            }
        }
        return (notAbove, notAbove - tiedPairs)
    }

    /// Pairs i < j with yⱼ ≤ yᵢ: a bottom-up merge sort of the buffer (which it overwrites, with a scratch buffer
    /// of the same size) that, when an element of a right run is placed, adds the elements of the left run still
    /// waiting, which are ≥ it (the right one goes first on a tie, so that the equal left element is counted).
    /// It is `mergeSort` specialised for counting: the merge step chooses by selects, not branches (the choice
    /// is a coin toss on unsorted data).
    static func count(
        _ elements: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>
    ) -> Int {
        var total = 0
        mergePasses(elements, scratch: scratch) { a, b, start, middle, end in
            var i = start, j = middle, k = start
            while i < middle && j < end {
                let left = a[i], right = a[j]
                let takesLeft = left < right
                b[k] = takesLeft ? left : right
                total &+= takesLeft ? 0 : middle &- i
                i &+= takesLeft ? 1 : 0
                j &+= takesLeft ? 0 : 1
                k &+= 1
            }
            return (i, j, k)
        }
        return total
    }

    /// A bottom-up merge sort of `elements` (with a scratch buffer of the same size; the sorted order ends in
    /// either) that, each time an element of a right run is placed while elements of the left run still wait,
    /// calls `overtaken(buffer, waiting, right)` with the buffer being merged, the waiting positions and the
    /// right element's position. The left element is taken first when `takesLeft(left, right)`.
    @inline(__always)
    static func mergeSort<Element>(
        _ elements: UnsafeMutableBufferPointer<Element>, scratch: UnsafeMutableBufferPointer<Element>,
        takesLeft: (Element, Element) -> Bool,
        overtaken: (UnsafeMutablePointer<Element>, Range<Int>, Int) -> Void
    ) {
        mergePasses(elements, scratch: scratch) { a, b, start, middle, end in
            var i = start, j = middle, k = start
            while i < middle && j < end {
                if takesLeft(a[i], a[j]) {
                    b[k] = a[i]
                    i += 1
                } else {
                    overtaken(a, i..<middle, j)
                    b[k] = a[j]
                    j += 1
                }
                k += 1
            }
            return (i, j, k)
        }
    }

    /// The passes of a bottom-up merge sort of `elements`, with `scratch` of the same size (the sorted order ends
    /// in either): runs of width 1, 2, 4, … are merged in pairs from one buffer into the other by
    /// `merge(source, destination, start, middle, end)`, which merges source[start..<middle] and
    /// source[middle..<end] while both last and returns where it stopped in each run and in the destination;
    /// the rest of the runs is then copied after.
    @inline(__always)
    private static func mergePasses<Element>(
        _ elements: UnsafeMutableBufferPointer<Element>, scratch: UnsafeMutableBufferPointer<Element>,
        merge: (UnsafeMutablePointer<Element>, UnsafeMutablePointer<Element>, Int, Int, Int) -> (Int, Int, Int)
    ) {
        guard var a = elements.baseAddress, var b = scratch.baseAddress else { return }
        let n = elements.count
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n), end = min(start + 2 * width, n)
                let (i, j, k) = merge(a, b, start, middle, end)
                (b + k).update(from: a + i, count: middle - i)
                (b + k + middle - i).update(from: a + j, count: end - j)
                start = end
            }
            swap(&a, &b)
            width *= 2
        }
    }

    /// Pairs i < j whose slope (xⱼ − xᵢ)/(j − i) is ≤ t: those with xⱼ − t·j ≤ xᵢ − t·i (buffers of x's size).
    static func slopesNotAbove(
        _ x: [Double], _ t: Double, work: UnsafeMutableBufferPointer<Double>,
        scratch: UnsafeMutableBufferPointer<Double>
    ) -> Int {
        for index in x.indices { work[index] = x[index] - t * Double(index) }
        return count(work, scratch: scratch)
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

    /// Up to this many points the slopes are listed and sorted (at most 4.5 million, 36 MB); above it they are
    /// selected in a bracket (`bracketedSlopes`). Either way the median is a quotient (xⱼ − xᵢ)/(j − i), as
    /// pymannkendall takes it; which pairs fall in the bracket is decided in the form xⱼ − t·j ≤ xᵢ − t·i, which
    /// may round differently from the quotient for a slope within an ulp or two of the bracket's ends.
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
        let (lower, upper) = orderedSlopes(x, ranks: m % 2 == 1 ? m / 2 + 1 : m / 2)
        return m % 2 == 1 ? upper : (lower + upper) / 2
    }

    /// The slopes of ranks `first` (from 1) and `first + 1` when that exists, else `first` twice.
    ///
    /// 1. A bracket (lo, hi] from a deterministic sample of 32,768 pairs: the sample quantiles six standard
    ///    errors either side of the ranks, checked (and widened to all slopes if need be) by two counts.
    /// 2. Bisection on the value halves the bracket while it holds more than max(4n, 2¹⁸) slopes.
    /// 3. The slopes in the bracket are listed, O(n log n + K) (`slopesBetween`), and the ranks selected.
    /// About ten O(n log n) counts in all, against some 128 for bisection on the bits alone (`orderedSlope`),
    /// which remains the fallback should rounding make the listed pairs disagree with the counts.
    static func orderedSlopes(_ x: [Double], ranks first: Int) -> (Double, Double) {
        let n = x.count
        let m = n * (n - 1) / 2
        let last = min(first + 1, m)
        let work = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer {
            work.deallocate()
            scratch.deallocate()
        }
        func count(_ t: Double) -> Int { slopesNotAbove(x, t, work: work, scratch: scratch) }
        func fallback() -> (Double, Double) { (orderedSlope(x, rank: first), orderedSlope(x, rank: last)) }

        var low = Double.infinity, high = -Double.infinity
        for i in 1..<n {
            low = min(low, x[i] - x[i - 1])
            high = max(high, x[i] - x[i - 1])
        }
        var (lo, hi) = sampledBracket(x, first: first, last: last, m: m)
        var countLo = count(lo), countHi = count(hi)
        if countLo >= first {
            lo = low.nextDown
            countLo = count(lo)
        }
        if countHi < last {
            hi = high
            countHi = count(hi)
        }
        guard countLo < first, countHi >= last else { return fallback() }
        let limit = max(4 * n, 1 << 18)
        while countHi - countLo > limit {
            let mid = lo + (hi - lo) / 2
            guard mid > lo, mid < hi else { break }
            let countMid = count(mid)
            if countMid >= last {
                (hi, countHi) = (mid, countMid)
            } else if countMid < first {
                (lo, countLo) = (mid, countMid)
            } else {
                break
            }
        }
        var slopes = slopesBetween(x, lo, hi, expectedCount: countHi - countLo)
        guard slopes.count == countHi - countLo else { return fallback() }
        let lower = select(&slopes, rank: first - countLo - 1)
        // After the selection every slope past that rank is ≥ it: the next rank is their minimum.
        let upper = last == first ? lower : slopes[(first - countLo)...].min()!
        return (lower, upper)
    }

    /// Sample quantiles of the slopes around ranks `first`...`last` of `m`: a bracket that holds them with
    /// overwhelming probability (six standard errors of a sample quantile either side).
    static func sampledBracket(_ x: [Double], first: Int, last: Int, m: Int) -> (Double, Double) {
        let n = x.count
        let size = 1 << 15
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var sample: [Double] = []
        sample.reserveCapacity(size)
        while sample.count < size {
            // SplitMix64 steps: a fixed sequence, so results never depend on a run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let a = Int(z % UInt64(n)), b = Int((z >> 32) % UInt64(n))
            guard a != b else { continue }
            let (i, j) = (min(a, b), max(a, b))
            sample.append((x[j] - x[i]) / Double(j - i))
        }
        let margin = 6 * (0.25 / Double(size)).squareRoot() + 2 / Double(size)
        let lowerIndex = Int(((Double(first) / Double(m)) - margin) * Double(size))
        let upperIndex = Int(((Double(last) / Double(m)) + margin) * Double(size))
        // The two order statistics of the sample by selection (the same values a sort would put there).
        let lo = lowerIndex <= 0 ? -Double.infinity : select(&sample, rank: lowerIndex)
        let hi = upperIndex >= size ? Double.infinity : select(&sample, rank: upperIndex)
        return (lo, hi)
    }

    /// The slopes (xⱼ − xᵢ)/(j − i), as quotients, of the pairs i < j with xⱼ − lo·j > xᵢ − lo·i and
    /// xⱼ − hi·j ≤ xᵢ − hi·i (slope in (lo, hi]). With aᵢ = xᵢ − lo·i and bᵢ = xᵢ − hi·i, those pairs are the
    /// inversions (an earlier b ≥ a later one) of the b's taken in increasing a (ties in a by decreasing
    /// index, so that a pair of slope exactly lo is not one): a merge sort lists them in O(n log n + K).
    static func slopesBetween(_ x: [Double], _ lo: Double, _ hi: Double, expectedCount: Int) -> [Double] {
        let lowKeys = x.indices.map { x[$0] - lo * Double($0) }
        let order = x.indices.sorted { i, j in
            let a = lowKeys[i], b = lowKeys[j]
            return a < b || (a == b && i > j)
        }
        var pairs = order.map { (key: x[$0] - hi * Double($0), index: $0) }
        var scratch = pairs
        var slopes: [Double] = []
        slopes.reserveCapacity(expectedCount)
        pairs.withUnsafeMutableBufferPointer { pairs in
            scratch.withUnsafeMutableBufferPointer { scratch in
                mergeSort(pairs, scratch: scratch, takesLeft: { $0.key < $1.key }) { buffer, waiting, right in
                    for left in waiting {
                        let (p, q) = (
                            min(buffer[left].index, buffer[right].index), max(buffer[left].index, buffer[right].index)
                        )
                        slopes.append((x[q] - x[p]) / Double(q - p))
                    }
                }
            }
        }
        return slopes
    }

    /// The value of 0-based rank `rank` of `values`, by quickselect with a three-way partition (ties, which
    /// are common among slopes of counts, end the search at once); on return the values before `rank` are
    /// ≤ it and those after are ≥ it.
    static func select(_ values: inout [Double], rank: Int) -> Double {
        var low = 0, high = values.count
        while high - low > 1 {
            // Median of the first, middle and last values as the pivot.
            let candidates = [values[low], values[low + (high - low) / 2], values[high - 1]].sorted()
            let pivot = candidates[1]
            // values[low..<less] < pivot, values[less..<index] == pivot, values[greater..<high] > pivot.
            var less = low, index = low, greater = high
            while index < greater {
                if values[index] < pivot {
                    values.swapAt(index, less)
                    less += 1
                    index += 1
                } else if values[index] > pivot {
                    greater -= 1
                    values.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            if rank < less {
                high = less
            } else if rank >= greater {
                low = greater
            } else {
                return pivot
            }
        }
        return values[rank]
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
