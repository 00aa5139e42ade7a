import ClaimCore
import Foundation

/// The articles of a bulk extraction, handed to the workers one at a time (thread-safe): a list of files, or the
/// records of a JSON Lines stream read as they are asked for (bounded memory for any archive). A second article
/// with the name of an earlier one is a failure naming both, so one run never overwrites its own work.
final class BulkFeed: @unchecked Sendable {
    /// A line of JSON Lines may hold an article at its size limit, escaped.
    static let maxLine = 3 * ArticleText.maxBytes

    private let lock = NSLock()
    private var files: [Result<BulkArticle, ClaimCheckError>] = []
    private var nextFile = 0
    private var lines: LineReader?
    private let file: String
    private let reviewer: String
    private let published: String?
    private var seen: [String: String] = [:]
    /// Articles in all when known in advance (files); nil for JSON Lines.
    let total: Int?
    /// The size of the JSON Lines file, when it is a regular file.
    let bytesTotal: Int?

    /// The feed of `input` (a folder's walk skips `workspace`'s claims/ and reports/); a JSON Lines file that cannot
    /// be opened throws.
    init(_ input: BulkExtractJob.Input, workspace: Workspace, reviewer: String, published: String?) throws {
        self.reviewer = reviewer
        self.published = published
        switch input {
        case .paths(let paths, let recursive):
            file = ""
            files = BulkArticle.files(
                paths, recursive: recursive, reviewer: reviewer,
                skipping: [
                    workspace.claimsFolder.standardizedFileURL.path, workspace.reportsFolder.standardizedFileURL.path,
                ])
            total = files.count
            bytesTotal = nil
        case .jsonLines(let path):
            file = path == "-" ? "standard input" : path
            lines = try LineReader(path: path, maxLine: Self.maxLine)
            total = nil
            bytesTotal =
                path == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        }
    }

    /// Input bytes read so far (JSON Lines).
    var bytesRead: Int {
        lock.lock()
        defer { lock.unlock() }
        return lines?.bytesRead ?? 0
    }

    private var handedOut = 0

    /// The next article (or the failure of an unusable one) with its place in the input (0, 1, …), nil when there
    /// are no more.
    func next() -> (order: Int, article: Result<BulkArticle, ClaimCheckError>)? {
        lock.lock()
        defer { lock.unlock() }
        guard let article = nextArticle() else { return nil }
        handedOut += 1
        return (handedOut - 1, article)
    }

    private func nextArticle() -> Result<BulkArticle, ClaimCheckError>? {
        if let lines { return nextRecord(lines) }
        guard nextFile < files.count else { return nil }
        defer { nextFile += 1 }
        return files[nextFile].flatMap { article in
            var article = article
            article.request.published = published
            return claimName(Slug.make(from: article.name), for: article)
        }
    }

    private func nextRecord(_ lines: LineReader) -> Result<BulkArticle, ClaimCheckError>? {
        while true {
            let line: LineReader.Line?
            do {
                line = try lines.next()
            } catch let problem as ClaimCheckError {
                return .failure(problem)
            } catch {
                return .failure(.io(path: file, problem: "\(error)"))
            }
            switch line {
            case nil: return nil
            case .tooLong(let number)?:
                return .failure(
                    .badInput(
                        "\(file):\(number)", reason: "is longer than \(Self.maxLine / 1024 / 1024) MB; skipped"))
            case .bytes(let number, let data)?:
                // Blank lines (a trailing newline, spacing between records) are not records.
                if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0d }) { continue }
                do {
                    var article = try BulkArticle.record(data, number: number, file: file, reviewer: reviewer)
                    article.request.published = article.request.published ?? published
                    let name =
                        article.request.document.map { Slug.make(from: $0) ?? $0 }
                        ?? article.request.title.flatMap(Slug.make(from:))
                    return claimName(name, for: article)
                } catch let problem as ClaimCheckError {
                    return .failure(problem)
                } catch {
                    return .failure(.badInput("\(file):\(number)", reason: "\(error)"))
                }
            }
        }
    }

    /// The article, unless an earlier one already has the document name `slug` (called with the lock held).
    private func claimName(_ slug: String?, for article: BulkArticle) -> Result<BulkArticle, ClaimCheckError> {
        guard let slug else { return .success(article) }
        if let earlier = seen[slug] {
            return .failure(
                .badInput(
                    article.name,
                    reason:
                        "names the document '\(slug)' like \(earlier) before it; skipped (give each article its own name)"
                ))
        }
        seen[slug] = article.name
        return .success(article)
    }
}
