/// The reviewer's rating of a claim, on the scale of docs/DESIGN.md.
public enum VerdictLabel: String, Codable, CaseIterable, Sendable {
    case unreviewed
    case `true` = "true"
    case mostlyTrue = "mostly-true"
    case mixed
    case mostlyFalse = "mostly-false"
    case `false` = "false"
    case unverifiable
    case notAClaim = "not-a-claim"

    /// schema.org ClaimReview `ratingValue` (5 = true … 1 = false); nil for labels without a rating.
    public var ratingValue: Int? {
        switch self {
        case .true: 5
        case .mostlyTrue: 4
        case .mixed: 3
        case .mostlyFalse: 2
        case .false: 1
        case .unreviewed, .unverifiable, .notAClaim: nil
        }
    }

    /// A label a person reads: "Mostly true".
    public var displayName: String {
        switch self {
        case .unreviewed: "Unreviewed"
        case .true: "True"
        case .mostlyTrue: "Mostly true"
        case .mixed: "Mixed"
        case .mostlyFalse: "Mostly false"
        case .false: "False"
        case .unverifiable: "Unverifiable"
        case .notAClaim: "Not a claim"
        }
    }

    /// Short forms a reviewer may type; each maps to exactly one label.
    public static let aliases: [String: VerdictLabel] = [
        "t": .true, "yes": .true, "correct": .true,
        "mt": .mostlyTrue, "mostly-true": .mostlyTrue, "mostlytrue": .mostlyTrue, "mostly_true": .mostlyTrue,
        "m": .mixed, "half": .mixed, "half-true": .mixed,
        "mf": .mostlyFalse, "mostlyfalse": .mostlyFalse, "mostly_false": .mostlyFalse,
        "f": .false, "no": .false, "wrong": .false,
        "u": .unverifiable, "unv": .unverifiable, "?": .unverifiable,
        "nac": .notAClaim, "not": .notAClaim, "notaclaim": .notAClaim, "not_a_claim": .notAClaim, "drop": .notAClaim,
        "unrev": .unreviewed, "reset": .unreviewed,
    ]

    /// Parses a label or alias, case-insensitively ("Mostly True" works too).
    public init?(parsing input: String) {
        let key = input.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "-")
        if let exact = VerdictLabel(rawValue: key) {
            self = exact
            return
        }
        if let alias = VerdictLabel.aliases[key] {
            self = alias
            return
        }
        return nil
    }
}

/// A reviewer's verdict on one claim.
public struct Verdict: Codable, Hashable, Sendable {
    /// The reviewer's judgement.
    public var label: VerdictLabel
    /// Why, in the reviewer's words.
    public var note: String
    /// Who gave the verdict; nil while unreviewed.
    public var reviewer: String?
    /// When the verdict was given (ISO 8601 UTC); nil while unreviewed.
    public var at: String?

    /// A verdict with the given label, note, reviewer and time.
    public init(label: VerdictLabel = .unreviewed, note: String = "", reviewer: String? = nil, at: String? = nil) {
        self.label = label
        self.note = note
        self.reviewer = reviewer
        self.at = at
    }

    /// The verdict of a claim nobody has reviewed.
    public static let unreviewed = Verdict()

    /// Explicit encoding so that `reviewer` and `at` are written as `null` when absent, as docs/DESIGN.md shows.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(note, forKey: .note)
        try c.encode(reviewer, forKey: .reviewer)
        try c.encode(at, forKey: .at)
    }
}
