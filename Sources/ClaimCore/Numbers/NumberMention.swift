/// A number expression of a text as the number grammar reads it: "more than 40", "about 300 km",
/// "$5m", "a hundred and five".
public struct NumberMention: Hashable, Sendable {
    /// The value with its qualifier and unit.
    public var amount: Amount
    /// The number and its unit as written ("2 million", "300 km", "$5m", "40 per cent"), without the qualifier.
    public var written: String
    /// Where `written` stands in the text (UTF-8 byte offsets).
    public var span: Span
    /// The lower-cased words right after the number and its unit, up to four, within the sentence: the
    /// counted noun is usually among them ("98 members of parliament" → members, of, parliament).
    public var following: [String]
    /// The word just before the number (and its qualifier or currency), lower case; "" at a sentence start.
    public var preceding: String
    /// Whether the number is written in words ("six", "a dozen").
    public var inWords: Bool

    /// The figure (`amount.value`).
    public var value: Double { amount.value }
}
