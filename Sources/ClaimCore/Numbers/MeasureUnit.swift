/// A unit a number is given in — a measure ("km", "tonnes"), a share ("per cent") or a currency
/// ("dollars") — as the one table the extractor, the evidence matcher and the consistency checker share.
///
/// `name` is what a fact's `unit` field carries; `aliases` maps every spelling an article uses
/// ("kms", "kilometres", "kilometers") to the unit. Units of one `dimension` with a `factor` convert
/// into each other (within `Tolerance.conversion`); currencies never convert.
public struct MeasureUnit: Hashable, Sendable {
    /// What a unit measures; only units of one dimension compare.
    public enum Dimension: String, Hashable, Sendable {
        /// Metres and miles.
        case length
        /// Hectares, acres, square kilometres.
        case area
        /// Kilograms, tonnes, pounds (weight).
        case mass
        /// km/h and mph.
        case speed
        /// Watts and their multiples.
        case power
        /// Degrees of an unnamed scale.
        case temperature
        /// Per cent.
        case share
        /// Percentage points.
        case shareChange
        /// Barrels (of oil), and barrels per day.
        case oil
        /// A currency: no two currencies convert.
        case money
    }

    /// The unit as facts carry it: "km", "miles", "per cent", "dollars".
    public let name: String
    public let dimension: Dimension
    /// The size of one unit in the dimension's base unit (metres, square metres, kilograms, metres per
    /// second, watts, per cent); nil when the unit does not convert (currencies, degrees of either scale).
    public let factor: Double?
    /// Whether the unit is metric: a figure converted between systems ("300km (190 miles)") is a pair to check.
    public let isMetric: Bool
    /// How a reviewer reads the unit after a number other than one: "kilometres", "feet".
    public let plural: String

    init(_ name: String, _ dimension: Dimension, _ factor: Double?, metric: Bool = true, plural: String? = nil) {
        self.name = name
        self.dimension = dimension
        self.factor = factor
        self.isMetric = metric
        self.plural = plural ?? name
    }

    /// The unit a fact's unit field or an article's word names ("km", "Kilometres", "miles.", "$"); nil otherwise.
    public init?(named word: String) {
        guard word.utf8.count <= 24 else { return nil }
        var w = word.lowercased()
        while w.last == "." || w.last == " " { w.removeLast() }
        while w.first == " " { w.removeFirst() }
        if w == "%" { self = .percent; return }
        guard let unit = MeasureUnit.byName[w] ?? MeasureUnit.aliases[w] ?? MeasureUnit.symbols[w] else { return nil }
        self = unit
    }

    /// Whether a figure in this unit can be compared with one in `other`: the same unit, or one dimension
    /// with factors for both.
    public func compares(with other: MeasureUnit) -> Bool {
        self == other || dimension == other.dimension && factor != nil && other.factor != nil
    }

    /// `value` of this unit expressed in `other` (which must compare with it).
    public func convert(_ value: Double, to other: MeasureUnit) -> Double {
        guard self != other, let from = factor, let to = other.factor else { return value }
        return value * from / to
    }

    // MARK: The table

    static let kilometre = MeasureUnit("km", .length, 1000, plural: "kilometres")
    static let metre = MeasureUnit("metres", .length, 1, plural: "metres")
    static let mile = MeasureUnit("miles", .length, 1609.344, metric: false, plural: "miles")
    static let foot = MeasureUnit("feet", .length, 0.3048, metric: false, plural: "feet")
    static let yard = MeasureUnit("yards", .length, 0.9144, metric: false, plural: "yards")
    static let percent = MeasureUnit("per cent", .share, 1)
    static let percentagePoints = MeasureUnit("percentage points", .shareChange, 1)

    /// Every unit, with the spellings articles use for it (lower case).
    static let table: [(MeasureUnit, [String])] = [
        (kilometre, ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"]),
        (metre, ["m", "metres", "meters", "metre", "meter"]),
        (MeasureUnit("cm", .length, 0.01, plural: "centimetres"), ["cm"]),
        (MeasureUnit("mm", .length, 0.001, plural: "millimetres"), ["mm"]),
        (mile, ["mile", "miles", "mi"]),
        (foot, ["ft", "feet", "foot"]),
        (yard, ["yd", "yds", "yard", "yards"]),
        (MeasureUnit("hectares", .area, 10_000), ["ha", "hectares"]),
        (MeasureUnit("acres", .area, 4046.856_422_4, metric: false), ["acres"]),
        (MeasureUnit("kg", .mass, 1, plural: "kilograms"), ["kg", "kilograms", "kilos"]),
        (MeasureUnit("tonnes", .mass, 1000), ["tonnes", "tons"]),
        (MeasureUnit("pounds (weight)", .mass, 0.453_592_37, metric: false, plural: "pounds"), ["lb", "lbs"]),
        (MeasureUnit("km/h", .speed, 1000.0 / 3600), ["km/h", "kmh"]),
        (MeasureUnit("mph", .speed, 1609.344 / 3600, metric: false), ["mph"]),
        (MeasureUnit("GW", .power, 1e9), ["gw"]),
        (MeasureUnit("MW", .power, 1e6), ["mw"]),
        (MeasureUnit("kW", .power, 1e3), ["kw"]),
        (MeasureUnit("degrees", .temperature, nil), ["c", "f", "degrees"]),
        (MeasureUnit("square", .area, nil), ["sq"]),
        (percent, ["percent", "pc"]),
        (percentagePoints, []),
        (MeasureUnit("barrels per day", .oil, nil), ["bpd"]),
        (MeasureUnit("barrels", .oil, nil), ["barrels"]),
        (MeasureUnit("dollars", .money, nil), ["dollars", "dollar", "usd"]),
        (MeasureUnit("pounds", .money, nil), ["pounds", "pound", "gbp"]),
        (MeasureUnit("euros", .money, nil), ["euros", "euro", "eur"]),
        (MeasureUnit("yen", .money, nil), ["yen"]),
        (MeasureUnit("yuan", .money, nil), ["yuan"]),
        (MeasureUnit("rupees", .money, nil), ["rupees"]),
        (MeasureUnit("francs", .money, nil), ["francs"]),
        (MeasureUnit("roubles", .money, nil), ["roubles", "rubles"]),
        (MeasureUnit("dinars", .money, nil), ["dinars"]),
        (MeasureUnit("pesos", .money, nil), ["pesos"]),
    ]

    /// Every spelling of a unit (lower case) → the unit: the words a unit may be written with after a number.
    static let aliases: [String: MeasureUnit] = {
        var t: [String: MeasureUnit] = [:]
        for (unit, words) in table { for w in words { t[w] = unit } }
        return t
    }()

    /// Units by the name facts carry (lower case): "per cent", "square km".
    static let byName: [String: MeasureUnit] = {
        var t: [String: MeasureUnit] = [:]
        for (unit, _) in table { t[unit.name.lowercased()] = unit }
        // "sq km" is carried as "square km".
        for (unit, _) in table where unit.dimension == .length {
            let square = MeasureUnit("square \(unit.name)", .area, unit.factor.map { $0 * $0 }, metric: unit.isMetric,
                                     plural: "square \(unit.plural)")
            t[square.name] = square
        }
        return t
    }()

    /// Currency symbols written before a number, by their scalar value.
    static let currencySymbols: [(scalar: UInt32, unit: MeasureUnit)] = [
        (0x24, aliases["dollars"]!), (0xA3, aliases["pounds"]!), (0x20AC, aliases["euros"]!), (0xA5, aliases["yen"]!),
        (0x20B9, aliases["rupees"]!),
    ]

    /// Currency symbols as strings ("$") → the unit.
    static let symbols: [String: MeasureUnit] = Dictionary(uniqueKeysWithValues: currencySymbols.map {
        (String(Unicode.Scalar($0.scalar)!), $0.unit)
    })

    /// The currency a symbol's scalar stands for ("$" → dollars), nil for any other character.
    static func currency(symbol scalar: UInt32) -> MeasureUnit? {
        for entry in currencySymbols where entry.scalar == scalar { return entry.unit }
        return nil
    }

    /// The currencies symbols stand for: a counted noun may follow them ("$5 million bonds").
    static let symbolCurrencyNames: Set<String> = Set(currencySymbols.map(\.unit.name))
}
