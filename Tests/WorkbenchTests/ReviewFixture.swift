/// The three-sentence article the review tests share: a casualty count with a date and a speaker, a sum of
/// money, and a quote with a named speaker.
enum ReviewFixture {
    /// The article text.
    static let article = """
        Police said 12 people were injured on Friday.
        The council said the road cost $2 million.
        “We will rebuild,” Mayor Anne Hidalgo said.
        """
    /// Its sentences, one claim each.
    static let sentences = [
        "Police said 12 people were injured on Friday.", "The council said the road cost $2 million.",
        "“We will rebuild,” Mayor Anne Hidalgo said.",
    ]
}
