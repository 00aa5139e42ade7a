/// Every failure a user can cause, each with a one-line message that says what and where.
public enum ClaimCheckError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input (a file path, `-`, a URL) cannot be used; `reason` says why and what to do.
    case badInput(String, reason: String)
    /// A slug or claim id that is not allowed (it could reach outside `claims/`).
    case badName(String, reason: String)
    case documentNotFound(String)
    case claimNotFound(document: String, claim: String)
    /// A JSON file that does not parse or does not fit the schema; `line` where known.
    case malformedFile(path: String, line: Int?, problem: String)
    /// Another writer saved this claim first; nothing was written.
    case staleRevision(path: String, expected: Int, found: Int, by: String, at: String)
    /// A file operation failed (disk full, permissions); `path` names the file.
    case io(path: String, problem: String)
    /// A refused operation with an explanation (e.g. a broken file that would be overwritten).
    case refused(String)

    public var description: String {
        switch self {
        case let .badInput(input, reason): "\(input): \(reason)"
        case let .badName(name, reason): "invalid name '\(name)': \(reason)"
        case let .documentNotFound(slug): "no document '\(slug)' in this workspace (run 'claimcheck extract' first, or see 'claimcheck list')"
        case let .claimNotFound(doc, claim): "no claim '\(claim)' in document '\(doc)'"
        case let .malformedFile(path, line, problem):
            line.map { "\(path):\($0): \(problem)" } ?? "\(path): \(problem)"
        case let .staleRevision(path, expected, found, by, at):
            "\(path): not saved — \(by) changed this claim at \(at) (revision \(found), you edited revision \(expected)); it has been reloaded, repeat your change if it still applies"
        case let .io(path, problem): "\(path): \(problem)"
        case let .refused(why): why
        }
    }
}
