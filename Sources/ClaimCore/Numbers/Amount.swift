/// A figure as a text states it — a value, its qualifier ("more than", "about") and its unit — and
/// whether two such statements can describe one figure. "more than 40" agrees with 49, "about 300 km"
/// with 310 km and "300 km" with "190 miles"; "exactly 89" contradicts 98.
public struct Amount: Hashable, Sendable {
    /// The figure as written (a scale applied: "2 million" is 2000000).
    public var value: Double
    /// How the figure is bounded: exact, "more than", "about" …
    public var qualifier: Qualifier
    /// The unit, currency or share; nil for a bare count.
    public var unit: MeasureUnit?
    /// The top of a range ("20-30 people", "between 20 and 30 people": `value` 20, `upper` 30); nil for one figure.
    public var upper: Double?

    /// A statement of `value` (up to `upper` for a range), exact and without a unit unless said.
    public init(value: Double, qualifier: Qualifier = .exact, unit: MeasureUnit? = nil, upper: Double? = nil) {
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.upper = upper
    }

    /// How two statements of a figure relate.
    public enum Comparison: Hashable, Sendable {
        /// The same figure: equal values, or equal once converted between units (within `Tolerance`).
        case same
        /// Different statements that can both be true of one figure ("more than 40" and 49).
        case consistent
        /// No figure makes both true ("89" and "98", "fewer than 10" and 12).
        case contradicts
        /// Different kinds of unit (a distance and a share): no comparison.
        case incomparable
    }

    /// How this statement relates to `other`. A figure without a unit compares with one in any unit
    /// (articles drop the unit they gave a sentence before).
    public func compare(with other: Amount) -> Comparison {
        var crossing = false
        if let a = unit, let b = other.unit, a != b {
            guard a.compares(with: b) else { return .incomparable }
            crossing = true
        }
        if qualifier == .exact && other.qualifier == .exact && upper == nil && other.upper == nil {
            if crossing, let a = unit, let b = other.unit {
                let same =
                    Tolerance.converted(a.convert(value, to: b), fits: other.value)
                    || Tolerance.converted(b.convert(other.value, to: a), fits: value)
                return same ? .same : .contradicts
            }
            return abs(value - other.value) <= 1e-9 * max(1, abs(value), abs(other.value)) ? .same : .contradicts
        }
        // Both as ranges in this statement's unit; a converted exact figure keeps its conversion slack.
        let mine = range(slack: 0)
        let theirs = other.converted(to: unit).range(slack: crossing ? Tolerance.conversionShare : 0)
        return mine.meets(theirs) ? .consistent : .contradicts
    }

    /// Whether some figure makes both statements true (`same` or `consistent`).
    public func agrees(with other: Amount) -> Bool {
        let c = compare(with: other)
        return c == .same || c == .consistent
    }

    /// This statement with its value in `target` (unchanged when either unit is missing or they do not convert).
    func converted(to target: MeasureUnit?) -> Amount {
        guard let from = unit, let target, from.compares(with: target) else { return self }
        return Amount(
            value: from.convert(value, to: target), qualifier: qualifier, unit: target,
            upper: upper.map { from.convert($0, to: target) })
    }

    /// The figures this statement allows; `slack` widens an exact figure by that share either side.
    func range(slack: Double) -> ValueRange {
        let v = value
        if let upper {
            // A range, widened like one figure when it is approximate ("about 20-30").
            let w = qualifier == .about ? Tolerance.approximation(of: upper) : slack * abs(upper)
            return ValueRange(low: v - w, lowIncluded: true, high: upper + w, highIncluded: true)
        }
        switch qualifier {
        case .exact:
            let w = slack * abs(v)
            return ValueRange(low: v - w, lowIncluded: true, high: v + w, highIncluded: true)
        case .about:
            let w = Tolerance.approximation(of: v)
            return ValueRange(low: v - w, lowIncluded: true, high: v + w, highIncluded: true)
        case .nearly:
            return ValueRange(low: v - Tolerance.approximation(of: v), lowIncluded: true, high: v, highIncluded: true)
        case .moreThan:
            return ValueRange(low: v, lowIncluded: false, high: .infinity, highIncluded: false)
        case .atLeast:
            return ValueRange(low: v, lowIncluded: true, high: .infinity, highIncluded: false)
        case .fewerThan:
            return ValueRange(low: -.infinity, lowIncluded: false, high: v, highIncluded: false)
        case .atMost, .upTo:
            return ValueRange(low: -.infinity, lowIncluded: false, high: v, highIncluded: true)
        }
    }
}

/// An interval of figures, each end open or closed.
struct ValueRange: Hashable, Sendable {
    var low: Double
    var lowIncluded: Bool
    var high: Double
    var highIncluded: Bool

    /// Whether some figure lies in both ranges.
    func meets(_ other: ValueRange) -> Bool {
        let (lo, loIn) =
            low > other.low
            ? (low, lowIncluded)
            : low < other.low ? (other.low, other.lowIncluded) : (low, lowIncluded && other.lowIncluded)
        let (hi, hiIn) =
            high < other.high
            ? (high, highIncluded)
            : high > other.high ? (other.high, other.highIncluded) : (high, highIncluded && other.highIncluded)
        return lo < hi || lo == hi && loIn && hiIn
    }
}
