import Foundation

/// The one way claim files and document.json are written and read: pretty-printed, sorted keys,
/// trailing newline; decoding errors name the file, the line and the problem.
public enum ClaimCoding {
    /// Encodes `value` as claim files are written: pretty-printed, sorted keys, trailing newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0a)
        return data
    }

    /// Decodes `data` read from `path`, turning every failure into `ClaimCheckError.malformedFile`.
    /// `path` (as shown to the user) is only worked out when there is an error to report.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path shownPath: @autoclosure () -> String)
        throws -> T
    {
        var path: String { shownPath() }
        if data.isEmpty { throw ClaimCheckError.malformedFile(path: path, line: nil, problem: "file is empty") }
        if String(validating: data, as: UTF8.self) == nil {
            throw ClaimCheckError.malformedFile(path: path, line: nil, problem: "not UTF-8 text")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let e as DecodingError {
            // Only a file that fails is scanned for line numbers (the scan costs half a decode).
            let locator: JSONLocator
            do {
                locator = try JSONLocator(bytes: [UInt8](data))
            } catch let e as JSONLocator.SyntaxError {
                throw ClaimCheckError.malformedFile(
                    path: path, line: e.line, problem: "invalid JSON at column \(e.column): \(e.problem)")
            }
            let (codingPath, problem) = describe(e)
            let keys = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            let field = keys.isEmpty ? "" : "'\(keys.joined(separator: "."))': "
            throw ClaimCheckError.malformedFile(path: path, line: locator.line(for: keys), problem: field + problem)
        }
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let ctx):
            return (ctx.codingPath, "expected \(typeName(type))")
        case .valueNotFound(let type, let ctx):
            return (ctx.codingPath, "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let ctx):
            return (ctx.codingPath, "missing field '\(key.stringValue)'")
        case .dataCorrupted(let ctx):
            let last = ctx.codingPath.last?.stringValue ?? ""
            let allowed: String
            switch last {
            case "label": allowed = " (allowed: \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", ")))"
            case "stance": allowed = " (allowed: \(Stance.allCases.map(\.rawValue).joined(separator: ", ")))"
            case "qualifier": allowed = " (allowed: \(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))"
            default:
                allowed =
                    ctx.codingPath.count >= 1
                        && (last == "kind" || ctx.codingPath.dropLast().last?.stringValue == "kinds")
                    ? " (allowed: \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")))" : ""
            }
            let desc = ctx.debugDescription.contains("Cannot initialize") ? "unknown value" : ctx.debugDescription
            return (ctx.codingPath, desc + allowed)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }
}
