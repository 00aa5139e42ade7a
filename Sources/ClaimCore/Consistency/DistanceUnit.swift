import Foundation

/// The length units an article gives distances in, and whether two figures of one distance agree.
public enum DistanceUnit: String, Hashable, Sendable, CaseIterable {
    case kilometre, metre, mile, foot, yard

    /// Metres per unit.
    public var metres: Double {
        switch self {
        case .kilometre: 1000
        case .metre: 1
        case .mile: 1609.344
        case .foot: 0.3048
        case .yard: 0.9144
        }
    }

    /// How the unit is written after a number other than 1: "kilometres", "feet".
    public var plural: String { self == .foot ? "feet" : rawValue + "s" }

    /// Whether the unit is metric (an article converting km to miles crosses systems; km to m does not).
    public var isMetric: Bool { self == .kilometre || self == .metre }

    /// Reads a unit as articles write it: "km", "kilometres", "miles", "mi", "ft", ...; nil for anything else.
    public init?(parsing word: String) {
        guard word.utf8.count <= 12 else { return nil }
        var w = word.lowercased()
        while w.last == "." || w.last == " " { w.removeLast() }
        while w.first == " " { w.removeFirst() }
        switch w {
        case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers": self = .kilometre
        case "m", "metre", "metres", "meter", "meters": self = .metre
        case "mi", "mile", "miles": self = .mile
        case "ft", "foot", "feet": self = .foot
        case "yd", "yds", "yard", "yards": self = .yard
        default: return nil
        }
    }

    /// Whether `value` of this unit and `other` of `otherUnit` can be the same distance, allowing for
    /// the rounding a writer does: the converted figure, rounded to the precision the other figure is
    /// written with (190 → tens, 200 → hundreds), must give that figure, or lie within 5 % of it.
    /// 300 km and 190 miles agree (186.4 rounds to 190); 300 km and 120 miles do not.
    public static func agree(_ value: Double, _ unit: DistanceUnit, _ other: Double, _ otherUnit: DistanceUnit) -> Bool {
        func fits(_ given: Double, converted: Double) -> Bool {
            if abs(converted - given) <= 0.05 * max(abs(given), abs(converted)) { return true }
            let step = roundingStep(of: given)
            return abs(converted - given) <= step / 2
        }
        let asOther = value * unit.metres / otherUnit.metres
        let asSelf = other * otherUnit.metres / unit.metres
        return fits(other, converted: asOther) || fits(value, converted: asSelf)
    }

    /// The precision a figure is written to: 190 → 10, 200 → 100, 7 → 1, 2.5 → 0.1.
    static func roundingStep(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude.rounded() == magnitude, magnitude >= 1 else {
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
