/// ANSI styling for text a person reads, or none at all: the executable decides (a TTY without
/// `NO_COLOR` gets colour); the library only asks the style to wrap words.
public struct TextStyle: Sendable {
    public let colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public static let plain = TextStyle(colored: false)

    private func wrap(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func blue(_ s: String) -> String { wrap(s, "34") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    /// Reverse video: the claim's own words inside its context.
    public func highlight(_ s: String) -> String { wrap(s, "7") }
}
