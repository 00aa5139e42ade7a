/// Characters that must never reach a terminal as themselves: C0 controls other than tab and newline
/// (ESC starts every terminal escape sequence), DEL, C1 controls (U+0080–U+009F: CSI, OSC, … as single
/// code points), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// that make text display in another order than it is stored.
public enum ControlCharacters {
    /// Whether `scalar` is one of the characters above.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first unsafe character of `text` and its UTF-8 byte offset, or nil when there is none.
    public static func first(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        var offset = 0
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { return (offset, scalar) }
            offset += UTF8.width(scalar)
        }
        return nil
    }

    /// "U+001B (ESC)": how a message names an unsafe character.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
            0x9B: "CSI", 0x9D: "OSC", 0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
            0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
        ]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// `text` with every unsafe character replaced by a visible stand-in: a C0 control by its Control
    /// Pictures symbol (ESC shows as ␛), DEL as ␡, a C1 control or a bidi control as ⟨U+202E⟩. Tab and
    /// newline are kept; text without unsafe characters is returned unchanged.
    public static func visible(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(
                    contentsOf: "⟨U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)⟩".unicodeScalars)
            }
        }
        return String(out)
    }
}
