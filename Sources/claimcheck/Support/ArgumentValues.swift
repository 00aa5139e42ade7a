import ArgumentParser
import Workbench

/// Claim kinds as command-line values (`--kind quantity`), with the allowed values in `--help` and completion.
extension ClaimKind: ExpressibleByArgument {
    /// The kind named `argument`, case-insensitively.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// Every kind, for help and shell completion.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Verdict labels as command-line values (`--verdict mostly-false`); aliases ("mf", "Mostly False") accepted.
extension VerdictLabel: ExpressibleByArgument {
    /// The label or alias `argument` (see `VerdictLabel.init(parsing:)`).
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    /// Every label, for help and shell completion.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
