/// What kind of checkable statement a claim (or one of its facts) is.
public enum ClaimKind: String, Codable, CaseIterable, Sendable, Comparable {
    case casualty, quantity, date, attribution, quote

    /// The order kinds are listed in: the order of DESIGN.md.
    public static func < (lhs: ClaimKind, rhs: ClaimKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
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
