import Foundation

/// Turns a page's bytes into text: the charset comes from the Content-Type header, else a byte-order
/// mark, else the page's `<meta charset>` / `http-equiv` declaration, else UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252 (what browsers assume). Invalid sequences become U+FFFD; it never fails.
public enum CharsetDecoder {
    /// The decoded text and the charset name that was used.
    public static func decode(_ bytes: [UInt8], contentType: String?) -> (text: String, charset: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (String(data: Data(bytes), encoding: .utf16) ?? String(decoding: bytes, as: UTF8.self), "utf-16")
        }
        let declared = contentType.flatMap(charset(inContentType:)) ?? metaCharset(bytes)
        let label =
            declared.map(normalize) ?? (String(validating: bytes, as: UTF8.self) != nil ? "utf-8" : "windows-1252")
        return (decode(bytes, label: label), label)
    }

    /// `charset=` of a Content-Type value (`text/html; charset="ISO-8859-1"` → `iso-8859-1`).
    public static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            let name = pair[1].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
                .lowercased()
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// The charset a page declares in its first 4 KiB: `<meta charset=x>` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head.startIndex
        while let meta = head.range(of: "<meta", range: search..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let at = tag.range(of: "charset") {
                var rest = tag[at.upperBound...].drop { $0 == " " }
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let name = rest.prefix { !" \"'/;>".contains($0) }
                    if !name.isEmpty { return String(name) }
                }
            }
            search = end
        }
        return nil
    }

    /// WHATWG-style label aliases: latin1, iso-8859-1 and ascii all mean windows-1252 on the web.
    static func normalize(_ label: String) -> String {
        switch label {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252", "windows-1252", "x-cp1252",
            "us-ascii", "ascii", "iso-ir-100", "cp819", "ibm819", "csisolatin1":
            return "windows-1252"
        default: return label
        }
    }

    static func decode(_ bytes: [UInt8], label: String) -> String {
        switch label {
        case "utf-8": return String(decoding: bytes, as: UTF8.self)
        case "windows-1252": return windows1252(bytes)
        default:
            let encodings: [String: String.Encoding] = [
                "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
                "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS,
                "euc-jp": .japaneseEUC, "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
            ]
            if let encoding = encodings[label], let text = String(data: Data(bytes), encoding: encoding) { return text }
            return String(decoding: bytes, as: UTF8.self)  // unknown label: UTF-8 with replacement characters
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
