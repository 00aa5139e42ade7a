import ClaimCore

/// The one sanitiser for text printed to a terminal, for the executable (which imports only Workbench):
/// C0/C1 controls other than tab and newline, DEL and bidi overrides are shown visibly (␛, ⟨U+202E⟩).
public enum TerminalText {
    /// `text` with every unsafe character replaced by a visible stand-in.
    public static func safe(_ text: String) -> String { ControlCharacters.visible(text) }
}
