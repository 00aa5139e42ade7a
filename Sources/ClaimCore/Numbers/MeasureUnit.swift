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

    /// The unit's row in `MeasureUnit.rows`: a unit is one byte, copied and compared for free.
    let row: UInt8

    /// One unit of the table.
    struct Row: Sendable {
        var name: String
        var dimension: Dimension
        var factor: Double?
        var isMetric: Bool
        var plural: String
        /// The spellings articles use after a number (lower case).
        var aliases: [String]

        init(
            _ name: String, _ dimension: Dimension, _ factor: Double?, metric: Bool = true, plural: String? = nil,
            _ aliases: [String]
        ) {
            self.name = name
            self.dimension = dimension
            self.factor = factor
            self.isMetric = metric
            self.plural = plural ?? name
            self.aliases = aliases
        }
    }

    /// The unit as facts carry it: "km", "miles", "per cent", "dollars".
    public var name: String { Self.rows[Int(row)].name }
    /// What the unit measures.
    public var dimension: Dimension { Self.rows[Int(row)].dimension }
    /// The size of one unit in the dimension's base unit (metres, square metres, kilograms, metres per
    /// second, watts, per cent); nil when the unit does not convert (currencies, degrees of either scale).
    public var factor: Double? { Self.rows[Int(row)].factor }
    /// Whether the unit is metric: a figure converted between systems ("300km (190 miles)") is a pair to check.
    public var isMetric: Bool { Self.rows[Int(row)].isMetric }
    /// How a reviewer reads the unit after a number other than one: "kilometres", "feet".
    public var plural: String { Self.rows[Int(row)].plural }

    /// The unit a fact's unit field or an article's word names ("km", "Kilometres", "miles.", "$", "%");
    /// nil otherwise.
    public init?(named word: String) {
        guard word.utf8.count <= 24 else { return nil }
        var w = word.lowercased()
        while w.last == "." || w.last == " " { w.removeLast() }
        while w.first == " " { w.removeFirst() }
        if w == "%" {
            self = .percent
            return
        }
        guard let unit = MeasureUnit.byName[w] ?? MeasureUnit.aliases[w] ?? MeasureUnit.symbols[w] else { return nil }
        self = unit
    }

    private init(row: Int) { self.row = UInt8(row) }

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

    /// Every unit with the spellings articles use for it; then "square" forms of the lengths ("sq km" is
    /// carried as "square km").
    static let rows: [Row] = {
        let table: [Row] = [
            Row(
                "km", .length, 1000, plural: "kilometres",
                ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"]),
            Row("metres", .length, 1, ["m", "metres", "meters", "metre", "meter"]),
            Row("cm", .length, 0.01, plural: "centimetres", ["cm"]),
            Row("mm", .length, 0.001, plural: "millimetres", ["mm"]),
            Row("miles", .length, 1609.344, metric: false, ["mile", "miles", "mi"]),
            Row("feet", .length, 0.3048, metric: false, ["ft", "feet", "foot"]),
            Row("yards", .length, 0.9144, metric: false, ["yd", "yds", "yard", "yards"]),
            Row("hectares", .area, 10_000, ["ha", "hectares"]),
            Row("acres", .area, 4046.856_422_4, metric: false, ["acres"]),
            Row("kg", .mass, 1, plural: "kilograms", ["kg", "kilograms", "kilos"]),
            Row("tonnes", .mass, 1000, ["tonnes", "tons"]),
            Row("pounds (weight)", .mass, 0.453_592_37, metric: false, plural: "pounds", ["lb", "lbs"]),
            Row("km/h", .speed, 1000.0 / 3600, ["km/h", "kmh"]),
            Row("mph", .speed, 1609.344 / 3600, metric: false, ["mph"]),
            Row("GW", .power, 1e9, ["gw"]),
            Row("MW", .power, 1e6, ["mw"]),
            Row("kW", .power, 1e3, ["kw"]),
            Row("degrees", .temperature, nil, ["c", "f", "degrees"]),
            Row("square", .area, nil, ["sq"]),
            Row("per cent", .share, 1, ["percent", "pc"]),
            Row("percentage points", .shareChange, 1, []),
            Row("barrels per day", .oil, nil, ["bpd"]),
            Row("barrels", .oil, nil, ["barrels"]),
            Row("dollars", .money, nil, ["dollars", "dollar", "usd"]),
            Row("pounds", .money, nil, ["pounds", "pound", "gbp"]),
            Row("euros", .money, nil, ["euros", "euro", "eur"]),
            Row("yen", .money, nil, ["yen"]),
            Row("yuan", .money, nil, ["yuan"]),
            Row("rupees", .money, nil, ["rupees"]),
            Row("francs", .money, nil, ["francs"]),
            Row("roubles", .money, nil, ["roubles", "rubles"]),
            Row("dinars", .money, nil, ["dinars"]),
            Row("pesos", .money, nil, ["pesos"]),
        ]
        let squares = table.filter { $0.dimension == .length }.map {
            Row(
                "square \($0.name)", .area, $0.factor.map { $0 * $0 }, metric: $0.isMetric,
                plural: "square \($0.plural)", [])
        }
        return table + squares
    }()

    /// Every spelling of a unit (lower case) → the unit: the words a unit may be written with after a number.
    static let aliases: [String: MeasureUnit] = {
        var t: [String: MeasureUnit] = [:]
        for (index, row) in rows.enumerated() { for w in row.aliases { t[w] = MeasureUnit(row: index) } }
        return t
    }()

    /// Units by the name facts carry (lower case): "per cent", "square km".
    static let byName: [String: MeasureUnit] = {
        var t: [String: MeasureUnit] = [:]
        for (index, row) in rows.enumerated() { t[row.name.lowercased()] = MeasureUnit(row: index) }
        return t
    }()

    static let percent = byName["per cent"]!
    static let percentagePoints = byName["percentage points"]!

    /// Currency symbols written before a number, by their scalar value.
    static let currencySymbols: [(scalar: UInt32, unit: MeasureUnit)] = [
        (0x24, byName["dollars"]!), (0xA3, byName["pounds"]!), (0x20AC, byName["euros"]!), (0xA5, byName["yen"]!),
        (0x20B9, byName["rupees"]!),
    ]

    /// Currency codes and abbreviations written before a number ("USD 5 million", wire copy's "dlrs 3.2 million").
    static let currencyWordsBefore: [String: MeasureUnit] = [
        "usd": byName["dollars"]!, "dlrs": byName["dollars"]!, "eur": byName["euros"]!, "gbp": byName["pounds"]!,
        "rs": byName["rupees"]!, "inr": byName["rupees"]!, "jpy": byName["yen"]!, "cny": byName["yuan"]!,
        "rmb": byName["yuan"]!,
    ]

    /// Currency symbols as strings ("$") → the unit.
    static let symbols: [String: MeasureUnit] = Dictionary(
        uniqueKeysWithValues: currencySymbols.map {
            (String(Unicode.Scalar($0.scalar)!), $0.unit)
        })

    /// The currency a symbol's scalar stands for ("$" → dollars), nil for any other character.
    static func currency(symbol scalar: UInt32) -> MeasureUnit? {
        for entry in currencySymbols where entry.scalar == scalar { return entry.unit }
        return nil
    }

    /// The currencies symbols stand for: a counted noun may follow them ("$5 million bonds").
    static let symbolCurrencyNames = WordSet(currencySymbols.map(\.unit.name))
}

extension MeasureUnit: CustomStringConvertible {
    /// The unit's name, as facts carry it.
    public var description: String { name }
}
