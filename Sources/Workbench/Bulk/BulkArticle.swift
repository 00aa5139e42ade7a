import ClaimCore
import Foundation

/// One article of a bulk extraction as its input gives it, before it is read or extracted.
struct BulkArticle: Sendable {
    /// Where the article's words are.
    enum Content: Sendable {
        /// A `.txt` or `.md` file.
        case textFile(String)
        /// An `.html` or `.htm` file: its readable text, title and date are used.
        case htmlFile(String)
        /// The `text` of a JSON Lines record.
        case text(String)
        /// The `url` of a JSON Lines record without `text`: the page is fetched.
        case page(String)
    }

    /// How messages name the article: its path, or `FILE:LINE` for a record.
    var name: String
    /// Where its words are.
    var content: Content
    /// The options a record gives (`doc`, `title`, `published`, `url`); empty for a file.
    var request: ExtractJob.Request
    /// The record's fields claimcheck does not use, kept in document.json.
    var extra: [String: JSONValue]?
}

extension BulkArticle {
    /// The record keys claimcheck reads; every other key is kept as `extra`.
    static let recordKeys: Set<String> = ["doc", "text", "url", "title", "published"]

    /// The article of one JSON Lines record `line` (number `number` of `file`): `{"doc", "text" | "url", "title",
    /// "published", "url"}`. A line that is not a JSON object, a field of the wrong type, or a record with
    /// neither text nor url is `badInput` naming `FILE:LINE`.
    static func record(_ line: Data, number: Int, file: String, reviewer: String) throws -> BulkArticle {
        let name = "\(file):\(number)"
        let fields: [String: JSONValue]
        do {
            fields = try JSONDecoder().decode([String: JSONValue].self, from: line)
        } catch {
            throw ClaimCheckError.badInput(
                name, reason: "is not a JSON object (one article per line: {\"doc\", \"text\" or \"url\", …})")
        }
        func string(_ key: String) throws -> String? {
            switch fields[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            default: throw ClaimCheckError.badInput(name, reason: "'\(key)' must be a string")
            }
        }
        let text = try string("text")
        let url = try string("url")
        var request = ExtractJob.Request(
            document: try string("doc"), published: try string("published"), title: try string("title"), url: url,
            reviewer: reviewer)
        let content: Content
        if let text {
            content = .text(text)
        } else if let url {
            content = .page(url)
            request.url = nil
        } else {
            throw ClaimCheckError.badInput(name, reason: "has neither 'text' nor 'url'")
        }
        let extra = fields.filter { !recordKeys.contains($0.key) }
        return BulkArticle(name: name, content: content, request: request, extra: extra.isEmpty ? nil : extra)
    }

    /// The article files of `paths`: a file as given, a folder's `.txt`, `.md`, `.html` and `.htm` files (sorted;
    /// hidden ones skipped; subfolders only when `recursive`, never the folders in `skipped` (standardised paths)). A path that does not exist, or a folder without
    /// article files, is returned as a failure.
    static func files(_ paths: [String], recursive: Bool, reviewer: String, skipping skipped: Set<String> = [])
        -> [Result<BulkArticle, ClaimCheckError>]
    {
        var found: [Result<BulkArticle, ClaimCheckError>] = []
        func add(_ path: String) {
            let lower = path.lowercased()
            let content: Content =
                lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? .htmlFile(path) : .textFile(path)
            found.append(.success(BulkArticle(name: path, content: content, request: .init(reviewer: reviewer))))
        }
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                found.append(.failure(.badInput(path, reason: "no such file or folder")))
                continue
            }
            guard isDir.boolValue else {
                add(path)
                continue
            }
            let files = articleFiles(in: path, recursive: recursive, skipping: skipped)
            if files.isEmpty {
                let reason =
                    "holds no article files (.txt, .md, .html, .htm)"
                    + (recursive ? "" : "; --recursive reads subfolders")
                found.append(.failure(.badInput(path, reason: reason)))
            }
            for file in files { add(file) }
        }
        return found
    }

    /// The extensions of article files in a folder.
    static let articleExtensions: Set<String> = ["txt", "md", "html", "htm"]

    private static func articleFiles(in folder: String, recursive: Bool, skipping skipped: Set<String>) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var files: [String] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names where !name.hasPrefix(".") {
            let path = base + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR where recursive:
                // The workspace's own claims/ and reports/ hold article.txt copies, not articles to import.
                guard !skipped.contains(URL(fileURLWithPath: path).standardizedFileURL.path) else { continue }
                files += articleFiles(in: path, recursive: true, skipping: skipped)
            case S_IFREG:
                let ext = (name as NSString).pathExtension.lowercased()
                if articleExtensions.contains(ext) { files.append(path) }
            default: break
            }
        }
        return files
    }
}
