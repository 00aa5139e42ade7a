/// How far two written figures may differ and still be one figure: the one tolerance for a figure
/// converted between units ("300km (190 miles)") and for an approximate one ("about 300").
public enum Tolerance {
    /// The share a converted figure may be off by, whatever its rounding: 5 %.
    public static let conversionShare = 0.05
    /// The share an approximate figure ("about 300") covers either side: 10 %.
    public static let approximationShare = 0.10

    /// Whether `given`, written in one unit, can be the writer's conversion of a figure that is exactly
    /// `converted` in that unit: rounded to the precision `given` is written with (190 → tens, 200 →
    /// hundreds) it gives `given`, or it lies within `conversionShare` of it. 186.4 fits 190 and 200; not 120.
    public static func converted(_ converted: Double, fits given: Double) -> Bool {
        if abs(converted - given) <= conversionShare * max(abs(given), abs(converted)) { return true }
        return abs(converted - given) <= roundingStep(of: given) / 2
    }

    /// How far either side of `value` "about `value`" reaches: `approximationShare` of it, or half the
    /// precision it is written with when that is more ("about 300" reaches 250 … 350).
    public static func approximation(of value: Double) -> Double {
        max(approximationShare * abs(value), roundingStep(of: value) / 2)
    }

    /// The precision a figure is written to: 190 → 10, 200 → 100, 7 → 1, 2.5 → 0.1.
    public static func roundingStep(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude.rounded() == magnitude, magnitude >= 1, magnitude < 1e18 else {
            return magnitude.rounded() == magnitude ? 1 : 0.1
        }
        var step = 1.0
        var n = Int64(magnitude)
        while n > 0, n % 10 == 0 {
            step *= 10
            n /= 10
        }
        return step
    }
}
