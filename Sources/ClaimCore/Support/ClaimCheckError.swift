/// Every failure a user can cause, each with a kind, a location (the file, input, document or claim it is
/// about) and a one-line message that says what and where. Advice on which command to run next is not
/// given here: the Workbench adds it (`ErrorAdvice`), since only it knows the commands.
public indirect enum ClaimCheckError: Error, Equatable, Sendable, CustomStringConvertible {
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
    /// A document's `article.txt` is gone (`path`), so its spans point nowhere.
    case articleMissing(document: String, path: String)
    /// A document's `article.txt` (`path`) no longer has the checksum its `document.json` records.
    case articleChanged(document: String, path: String)
    /// A re-extraction refused because `count` claim files of `document` are broken (`first` is one).
    case brokenClaimFiles(document: String, first: ClaimCheckError, count: Int)

    /// What kind of failure this is, without its details.
    public enum Kind: String, Sendable, CaseIterable {
        case badInput, badName, documentNotFound, claimNotFound, malformedFile, staleRevision, io, refused
        case articleMissing, articleChanged, brokenClaimFiles
    }

    /// The kind of failure.
    public var kind: Kind {
        switch self {
        case .badInput: .badInput
        case .badName: .badName
        case .documentNotFound: .documentNotFound
        case .claimNotFound: .claimNotFound
        case .malformedFile: .malformedFile
        case .staleRevision: .staleRevision
        case .io: .io
        case .refused: .refused
        case .articleMissing: .articleMissing
        case .articleChanged: .articleChanged
        case .brokenClaimFiles: .brokenClaimFiles
        }
    }

    /// Where the failure is: the input, name, file path (with `:line` when known), `document` or
    /// `document/claim`; nil for a refusal that names its own subject.
    public var location: String? {
        switch self {
        case .badInput(let input, _): input
        case .badName(let name, _): name
        case .documentNotFound(let slug): slug
        case .claimNotFound(let document, let claim): "\(document)/\(claim)"
        case .malformedFile(let path, let line, _): line.map { "\(path):\($0)" } ?? path
        case .staleRevision(let path, _, _, _, _): path
        case .io(let path, _): path
        case .refused: nil
        case .articleMissing(_, let path): path
        case .articleChanged(_, let path): path
        case .brokenClaimFiles(_, let first, _): first.location
        }
    }

    /// The document the failure concerns, when it is about one document.
    public var document: String? {
        switch self {
        case .documentNotFound(let slug): slug
        case .claimNotFound(let document, _): document
        case .articleMissing(let document, _): document
        case .articleChanged(let document, _): document
        case .brokenClaimFiles(let document, _, _): document
        default: nil
        }
    }

    /// One line: where, then what.
    public var description: String {
        switch self {
        case .badInput(let input, let reason): "\(input): \(reason)"
        case .badName(let name, let reason): "invalid name '\(name)': \(reason)"
        case .documentNotFound(let slug): "no document '\(slug)' in this workspace"
        case .claimNotFound(let doc, let claim): "no claim '\(claim)' in document '\(doc)'"
        case .malformedFile(let path, let line, let problem):
            line.map { "\(path):\($0): \(problem)" } ?? "\(path): \(problem)"
        case .staleRevision(let path, let expected, let found, let by, let at):
            "\(path): not saved — \(by) changed this claim at \(at) (revision \(found), you edited revision \(expected)); it has been reloaded, repeat your change if it still applies"
        case .io(let path, let problem): "\(path): \(problem)"
        case .refused(let why): why
        case .articleMissing(_, let path): "\(path): missing: the document's article text is gone"
        case .articleChanged(_, let path):
            "\(path): 'sha256' does not match article.txt (the article was edited by hand?)"
        case .brokenClaimFiles(_, let first, let count):
            "\(first) — fix or remove the broken file before re-extracting (\(count) broken file\(count == 1 ? "" : "s"))"
        }
    }
}
