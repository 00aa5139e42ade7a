/// One text an article has had, as `document.json` lists it under `revisions` (oldest first); the text itself is
/// `claims/<doc>/revisions/<sha256>.txt`.
public struct ArticleRevision: Codable, Hashable, Sendable {
    /// sha256 (hex) of the text: the name of its file.
    public var sha256: String
    /// Where the text came from: the file path, `-` for standard input, or the URL asked for; nil when unknown (a
    /// document extracted before revisions were kept).
    public var source: String?
    /// When the text was read or fetched (ISO 8601 UTC).
    public var fetchedAt: String
    /// The article's title at the time, if known.
    public var title: String?
    /// The URL the page was finally read from, after redirects (fetched articles only).
    public var finalUrl: String?

    /// A revision with all its fields.
    public init(sha256: String, source: String?, fetchedAt: String, title: String?, finalUrl: String?) {
        self.sha256 = sha256
        self.source = source
        self.fetchedAt = fetchedAt
        self.title = title
        self.finalUrl = finalUrl
    }

    /// Writes every field, nil ones as `null`, as document.json does.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(source, forKey: .source)
        try c.encode(fetchedAt, forKey: .fetchedAt)
        try c.encode(title, forKey: .title)
        try c.encode(finalUrl, forKey: .finalUrl)
    }
}

/// Where an extraction's text came from, for its entry in the document's revisions.
public struct ArticleOrigin: Sendable, Equatable {
    /// The file path, `-` for standard input, or the URL asked for.
    public var source: String
    /// The URL the page was finally read from, for a fetched article.
    public var finalUrl: String?

    /// An origin `source`, read in the end from `finalUrl` (pages only).
    public init(source: String, finalUrl: String? = nil) {
        self.source = source
        self.finalUrl = finalUrl
    }
}
