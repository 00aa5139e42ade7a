/// ANSI styling for text a person reads, or none at all: the executable decides (a TTY without
/// `NO_COLOR` gets colour); the library only asks the style to wrap words.
public struct TextStyle: Sendable {
    /// Whether ANSI colour codes are written.
    public let colored: Bool

    /// A style that colours (`colored`) or leaves text plain.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// No colour: for pipes, files, tests and `NO_COLOR`.
    public static let plain = TextStyle(colored: false)

    private func wrap(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    /// Bold: headings and totals.
    public func bold(_ s: String) -> String { wrap(s, "1") }
    /// Dim: unreviewed claims and hints.
    public func dim(_ s: String) -> String { wrap(s, "2") }
    /// Red: false verdicts, dead links, failures.
    public func red(_ s: String) -> String { wrap(s, "31") }
    /// Green: true verdicts.
    public func green(_ s: String) -> String { wrap(s, "32") }
    /// Yellow: mixed verdicts, changed pages, warnings.
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    /// Blue: unverifiable verdicts.
    public func blue(_ s: String) -> String { wrap(s, "34") }
    /// Cyan: ids and links.
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    /// Reverse video: the claim's own words inside its context.
    public func highlight(_ s: String) -> String { wrap(s, "7") }
}
