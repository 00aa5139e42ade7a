/// An article fetched for extraction (`claimcheck extract URL`): its readable text and what the page says about itself.
public struct FetchedArticle: Sendable, Equatable {
    /// The article's readable text.
    public var text: String
    /// The article's title, when the page has one.
    public var title: String?
    /// The URL after redirects.
    public var finalURL: String
    /// Publication day `YYYY-MM-DD`, when the page states it.
    public var published: String?
    /// The exchange the article was read from, for the evidence archive (`WARCArchive`).
    public var page: FetchedPage?

    /// An article read from `finalURL` (in `page`, when kept).
    public init(text: String, title: String?, finalURL: String, published: String?, page: FetchedPage? = nil) {
        self.text = text
        self.title = title
        self.finalURL = finalURL
        self.published = published
        self.page = page
    }
}

extension Fetcher {
    /// Fetches a page and reads it as an article. Throws `FetchError` (`.notText` for images, PDFs…).
    public func fetchArticle(_ url: String) throws(FetchError) -> FetchedArticle {
        let page = try fetch(url)
        let source = SourceText.read(page.body, contentType: page.contentType)
        guard let text = source.text else {
            throw FetchError.notText(contentType: SourceText.mediaType(page.contentType) ?? "unknown type")
        }
        return FetchedArticle(
            text: text, title: source.title, finalURL: page.finalURL, published: source.published, page: page)
    }
}
