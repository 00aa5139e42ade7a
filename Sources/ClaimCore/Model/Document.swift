/// What an article is: stored as `claims/<doc>/document.json`.
public struct DocumentInfo: Codable, Hashable, Sendable {
    /// The document's slug: its folder name under `claims/`.
    public var slug: String
    /// The article's title, if known.
    public var title: String?
    /// Where the article was published, if known.
    public var url: String?
    /// The publication date relative dates were resolved against (YYYY-MM-DD), if known.
    public var published: String?
    /// sha256 (hex) of `article.txt`.
    public var sha256: String
    /// The `Extractor.version` that made the claims.
    public var extractorVersion: String
    /// When the document was imported (ISO 8601 UTC).
    public var created: String
    /// When any of its files last changed (ISO 8601 UTC).
    public var updated: String
    /// Fields of an imported article (a JSON Lines record) that claimcheck does not use, kept as given; written
    /// as `"extra"` only when there are some.
    public var extra: [String: JSONValue]?
    /// Every distinct text the article has had, oldest first (`claims/<doc>/revisions/`); nil in a document
    /// extracted before revisions were kept (its next extraction records the stored text first).
    public var revisions: [ArticleRevision]?

    /// A document record with all its fields.
    public init(
        slug: String, title: String?, url: String?, published: String?, sha256: String,
        extractorVersion: String, created: String, updated: String, extra: [String: JSONValue]? = nil,
        revisions: [ArticleRevision]? = nil
    ) {
        self.slug = slug
        self.title = title
        self.url = url
        self.published = published
        self.sha256 = sha256
        self.extractorVersion = extractorVersion
        self.created = created
        self.updated = updated
        self.extra = extra
        self.revisions = revisions
    }

    /// Writes every field, nil ones as `null`, so that document.json always shows all keys (`extra` only when set).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(title, forKey: .title)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(extractorVersion, forKey: .extractorVersion)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        if let extra, !extra.isEmpty { try c.encode(extra, forKey: .extra) }
        if let revisions { try c.encode(revisions, forKey: .revisions) }
    }
}
