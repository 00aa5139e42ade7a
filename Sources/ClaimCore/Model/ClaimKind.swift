/// What kind of checkable statement a claim (or one of its facts) is.
public enum ClaimKind: String, Codable, CaseIterable, Sendable, Comparable {
    case casualty, quantity, date, attribution, quote

    /// The order kinds are listed in: the order of docs/DESIGN.md (the order of the cases).
    public static func < (lhs: ClaimKind, rhs: ClaimKind) -> Bool { lhs.rank < rhs.rank }

    /// The kind's place in the listed order, 0…4.
    var rank: Int {
        switch self {
        case .casualty: 0
        case .quantity: 1
        case .date: 2
        case .attribution: 3
        case .quote: 4
        }
    }
}

/// How a quantity relates to its number: "more than 40" is `.moreThan`.
public enum Qualifier: String, Codable, CaseIterable, Sendable {
    case exact
    case moreThan = "more-than"
    case atLeast = "at-least"
    case fewerThan = "fewer-than"
    case atMost = "at-most"
    case about
    case nearly
    case upTo = "up-to"
}
