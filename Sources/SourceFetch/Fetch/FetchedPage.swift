import Foundation

/// One response header as the server sent it.
public struct HTTPHeader: Codable, Sendable, Hashable {
    /// The header's name, as sent.
    public var name: String
    /// The header's value, as sent.
    public var value: String

    /// A header with this name and value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A successful fetch: the final response of a (possibly redirected) request, body decoded from
/// its transfer/content encoding but not from its charset.
public struct FetchedPage: Sendable, Equatable {
    /// The URL that was asked for.
    public var url: String
    /// The URL of the final response, after redirects.
    public var finalURL: String
    /// HTTP status of the final response.
    public var status: Int
    /// The Content-Type header, when sent (e.g. `text/html; charset=utf-8`).
    public var contentType: String?
    /// Headers of the final response, in order.
    public var headers: [HTTPHeader]
    /// The body, decoded from its transfer and content encoding.
    public var body: [UInt8]
    /// When the response was received (ISO 8601 UTC).
    public var fetchedAt: String
    /// Redirects followed to reach the final response.
    public var redirects: Int

    /// A fetched page with all its fields.
    public init(
        url: String, finalURL: String, status: Int, contentType: String?, headers: [HTTPHeader],
        body: [UInt8], fetchedAt: String, redirects: Int = 0
    ) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.headers = headers
        self.body = body
        self.fetchedAt = fetchedAt
        self.redirects = redirects
    }

    /// The first header of that name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
