/// RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
/// Text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
/// get a leading `'`, so a claim such as `=HYPERLINK(...)` stays text.
enum CSVWriter {
    static func row(_ cells: [Any]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: Any) -> String {
        switch value {
        case let bool as Bool: return bool ? "true" : "false"
        case let int as Int: return String(int)
        case let text as String: return quote(guardFormula(text))
        default: return quote(guardFormula(String(describing: value)))
        }
    }

    static func guardFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }

    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
