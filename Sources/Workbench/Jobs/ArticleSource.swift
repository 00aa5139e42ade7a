import ClaimCore
import Foundation

/// Where `extract` reads its article from: a file, standard input, or a web page.
public enum ArticleSource: Sendable, Equatable {
    /// A UTF-8 text file.
    case file(String)
    /// Standard input (`-`), read to its end with the article size limit.
    case standardInput
    /// An http(s) page, fetched through the evidence fetcher's policy and read as an article.
    case url(String)

    /// The source a command-line argument names: `-` is standard input, an http:// or https:// link is a
    /// page, anything else a file path.
    public init(argument: String) {
        let lower = argument.lowercased()
        if argument == "-" {
            self = .standardInput
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            self = .url(argument)
        } else {
            self = .file(argument)
        }
    }

    /// How error messages name the source.
    public var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "standard input"
        case .url(let url): url
        }
    }

    /// Reads standard input to its end, refusing more than `limit` bytes.
    static func readStandardInput(limit: Int = ArticleText.maxBytes) throws -> Data {
        var data = Data()
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > limit {
                throw ClaimCheckError.badInput(
                    "standard input", reason: "more than \(limit / 1024 / 1024) MB is too large for an article")
            }
        }
        return data
    }
}
