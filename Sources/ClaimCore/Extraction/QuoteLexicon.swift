/// Every list and threshold the quote rules (`QuoteRules`) read.
enum QuoteLexicon {
    /// Punctuation inside the closing mark that belongs to the sentence, not the quote (“We will not stop,” …).
    static let trailingPunctuation: Set<String> = [",", ";", ":"]

    /// The fewest words a closed double quotation must hold to be a quote (“No,” she said).
    static let minimumWordsClosedDouble = 1

    /// The fewest words a closed single quotation must hold: fewer are scare quotes or apostrophes (the ‘hawks’).
    static let minimumWordsClosedSingle = 2

    /// The fewest words a quotation left open at the sentence's end must hold (news style for a long quote that
    /// goes on in the next paragraph).
    static let minimumWordsOpen = 4

    /// The marks that open a single quotation, as the tokenizer spells them.
    static let singleOpen = "‘"

    /// The marks that close a single quotation, as the tokenizer spells them.
    static let singleClose = "’"
}
