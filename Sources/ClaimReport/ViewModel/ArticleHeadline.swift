import Foundation

/// The headline an article's text starts with, when it has one: a first line that reads as a title (a few
/// words, no sentence-ending punctuation) followed by the body. Used as the report's title when neither
/// `--title` nor the fetched page gave one.
enum ArticleHeadline {
    /// The longest line taken for a headline.
    static let maxLength = 160

    /// The first line of `article` when it is a headline, else nil.
    static func find(in article: String) -> String? {
        let lines = article.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard lines.count >= 2, let first = lines.first, first.count <= maxLength else { return nil }
        guard let last = first.last, !".,;:!…".contains(last) else { return nil }  // a question may be a headline
        let words = first.split(separator: " ")
        guard words.count >= 2, words.count <= 25, first.contains(where: \.isLetter) else { return nil }
        return first
    }
}
