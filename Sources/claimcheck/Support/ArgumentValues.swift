import ArgumentParser
import ClaimCore

/// Claim kinds as command-line values (`--kind quantity`), with the allowed values in `--help` and completion.
extension ClaimKind: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Verdict labels as command-line values (`--verdict mostly-false`); aliases ("mf", "Mostly False") accepted.
extension VerdictLabel: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
