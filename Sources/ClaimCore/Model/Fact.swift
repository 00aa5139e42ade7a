/// One typed, checkable piece of a claim: a number, a date, who said it, or what was quoted.
///
/// A single struct with optional fields (rather than an enum) keeps the JSON flat and readable,
/// exactly as docs/DESIGN.md shows it; `kind` says which fields are meaningful:
/// - `quantity` / `casualty`: `value`, `qualifier`, `noun` (the counted thing), optionally `unit`, and `upper`
///   for a range ("20-30 people", "between 20 and 30 people": `value` 20, `upper` 30);
/// - `date`: `resolved` (ISO 8601 day, month, year, interval `A/B`, quarter `YYYY-Qn`, half `YYYY-Hn` or week
///   `YYYY-Www`; absent when it cannot be resolved) and, for "now", "recently", "the future" …, `reference`;
/// - `attribution`: `speaker`, `role`, `verb`;
/// - `quote`: `text` is the quoted words without their quotation marks.
public struct Fact: Codable, Hashable, Sendable {
    /// What the fact is: says which of the optional fields are meaningful.
    public var kind: ClaimKind
    /// The words of the article this fact was read from (for a quote: the quoted words).
    public var text: String
    /// Where `text` is in the article.
    public var span: Span
    /// The number of a quantity or casualty (the bottom of a range).
    public var value: Double?
    /// The top of a range ("between 20 and 30 people": 30); nil for a single figure.
    public var upper: Double?
    /// How exact `value` is ("more than", "about"…), when the article hedges it.
    public var qualifier: Qualifier?
    /// What a quantity or casualty counts ("members").
    public var noun: String?
    /// The unit of a quantity ("km", "%"), when it has one.
    public var unit: String?
    /// A date resolved against the publication day, in ISO 8601 form.
    public var resolved: String?
    /// Who is quoted or cited, for an attribution.
    public var speaker: String?
    /// The speaker's role or title, when the article gives it.
    public var role: String?
    /// The reporting verb ("said", "told"…) of an attribution.
    public var verb: String?
    /// For a date that names no calendar time but the present, the past or the future ("now", "recently",
    /// "in the future"): which. A present reference also has the publication day as `resolved`.
    public var reference: DateReference?

    /// A fact with the fields its `kind` uses; the others stay nil.
    public init(
        kind: ClaimKind, text: String, span: Span, value: Double? = nil, qualifier: Qualifier? = nil,
        noun: String? = nil, unit: String? = nil, resolved: String? = nil, speaker: String? = nil,
        role: String? = nil, verb: String? = nil, reference: DateReference? = nil, upper: Double? = nil
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value
        self.qualifier = qualifier
        self.noun = noun
        self.unit = unit
        self.resolved = resolved
        self.speaker = speaker
        self.role = role
        self.verb = verb
        self.reference = reference
        self.upper = upper
    }

    /// A one-line human summary: `more than 40 people`, `yesterday → 2016-02-23`, `MP Mohamed al-Abbani (said)`.
    public var summary: String {
        switch kind {
        case .quantity, .casualty:
            var parts: [String] = []
            if let q = qualifier, q != .exact { parts.append(q.rawValue.replacingOccurrences(of: "-", with: " ")) }
            if let v = value {
                parts.append(
                    upper.map { "\(Fact.format(number: v))–\(Fact.format(number: $0))" } ?? Fact.format(number: v))
            }
            if let u = unit { parts.append(u) }
            if let n = noun, n != unit { parts.append(n) }
            return parts.joined(separator: " ")
        case .date:
            if let resolved { return "\(text) → \(resolved)" }
            return reference.map { "\(text) (\($0.rawValue))" } ?? "\(text) (unresolved)"
        case .attribution:
            let who = [role, speaker].compactMap { $0 }.joined(separator: " ")
            return verb.map { "\(who) (\($0))" } ?? who
        case .quote:
            return "“\(text)”"
        }
    }

    /// Formats a number as an article writes it, without a trailing `.0` and without an exponent:
    /// 89, 3.5, 2000000, 0.0000006679 (Swift's own description would be `6.679e-07`). Magnitudes
    /// beyond 10^±30 keep the exponent rather than print a wall of zeros.
    public static func format(number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        let shortest = String(number)  // the shortest digits that read back as `number`
        guard let e = shortest.firstIndex(of: "e"), let exponent = Int(shortest[shortest.index(after: e)...]),
            abs(exponent) <= 30
        else { return shortest }
        let negative = shortest.hasPrefix("-")
        let mantissa = shortest[..<e].drop { $0 == "-" }
        let digits = mantissa.filter { $0 != "." }
        let point =
            (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count)
            + exponent
        let plain: String
        if point <= 0 {
            plain = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            plain = digits + String(repeating: "0", count: point - digits.count)
        } else {
            plain = digits.prefix(point) + "." + digits.dropFirst(point)
        }
        return negative ? "-" + plain : plain
    }
}
