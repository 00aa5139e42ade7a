import ClaimCore
import Foundation

/// What a WARC capture records besides the exchange itself: the workbench context of the fetch.
public struct WARCContext: Sendable, Equatable {
    /// The document whose evidence (or article) was fetched.
    public var document: String
    /// The claims whose evidence the URL is (empty for an article fetch: the metadata then says
    /// `claimcheck-source: article`).
    public var claims: [String]
    /// The User-Agent the request was sent with.
    public var userAgent: String

    /// A context naming `document`, its `claims` and the request's `userAgent`.
    public init(document: String, claims: [String], userAgent: String = FetchPolicy.defaultUserAgent) {
        self.document = document
        self.claims = claims
        self.userAgent = userAgent
    }
}

/// Evidence as WARC/1.1: every fetch (of an evidence link, or of the article by `extract URL` and `update`) is
/// kept as a request, a response and a metadata record (one gzip member
/// each) in `claims/<doc>/sources/warc/<time>-<sha256>-<n>.warc.gz`, beside the content-addressed body and text
/// cache of `SourceArchive`. `export` joins a document's captures into one `.warc.gz` that archive tools
/// (warcio, pywb, the Wayback Machine's tools) read; snapshots stored before WARC capture existed are exported as
/// response records rebuilt from their stored body and headers.
public enum WARCArchive {
    /// The folder of a document's WARC captures.
    public static func folder(_ workspace: Workspace, document: String) throws -> URL {
        try workspace.sourcesFolder(document).appendingPathComponent("warc", isDirectory: true)
    }

    /// The three records of one fetch, each as its own gzip member.
    public static func capture(_ page: FetchedPage, context: WARCContext) -> [UInt8] {
        let date = page.fetchedAt
        let target = page.finalURL
        let response = responseRecord(page)
        let request = WARCRecord(
            type: "request", date: date, target: target, contentType: "application/http;msgtype=request",
            fields: [("WARC-Concurrent-To", response.id)], block: httpRequest(target, userAgent: context.userAgent))
        var metadata = "claimcheck-document: \(context.document)\r\n"
        for claim in context.claims { metadata += "claimcheck-claim: \(claim)\r\n" }
        if context.claims.isEmpty { metadata += "claimcheck-source: article\r\n" }
        if page.url != page.finalURL { metadata += "via: \(page.url)\r\n" }
        let info = WARCRecord(
            type: "metadata", date: date, target: target, contentType: "application/warc-fields",
            fields: [("WARC-Concurrent-To", response.id)], block: Array(metadata.utf8))
        return [request, response, info].flatMap { Gzip.member($0.bytes) }
    }

    /// Writes the capture of one fetch into the document's WARC folder (atomically) and returns its file.
    @discardableResult
    public static func store(_ page: FetchedPage, sha: String, context: WARCContext, in workspace: Workspace) throws
        -> URL
    {
        let folder = try folder(workspace, document: context.document)
        try workspace.ensureFolder(folder)
        let stamp = page.fetchedAt.filter(\.isNumber)
        var n = 1
        var file = folder.appendingPathComponent("\(stamp)-\(sha)-\(n).warc.gz")
        while FileManager.default.fileExists(atPath: file.path) {
            n += 1
            file = folder.appendingPathComponent("\(stamp)-\(sha)-\(n).warc.gz")
        }
        try AtomicFile.write(Data(capture(page, context: context)), to: file)
        return file
    }

    /// A document's whole evidence archive as one `.warc.gz`: its captures in time order, then a response and a
    /// metadata record rebuilt for every stored snapshot that has no capture.
    public static func export(_ workspace: Workspace, document: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var captured = Set<String>()
        let folder = try folder(workspace, document: document)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".warc.gz") }.sorted()
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw ClaimCheckError.io(
                    path: workspace.display(folder.appendingPathComponent(name)), problem: "cannot be read")
            }
            out += data
            let parts = name.split(separator: "-")
            if parts.count >= 2 { captured.insert(String(parts[1])) }
        }
        let archive = SourceArchive(workspace: workspace, document: document)
        for sha in archive.snapshots() where !captured.contains(sha) {
            let record = try archive.record(sha)
            let page = FetchedPage(
                url: record.url, finalURL: record.finalUrl, status: record.status, contentType: record.contentType,
                headers: record.headers, body: try archive.body(sha), fetchedAt: record.fetchedAt, redirects: 0)
            out += rebuilt(page, document: document)
        }
        return out
    }

    /// A response and a metadata record for a snapshot stored without a capture (no request is known).
    private static func rebuilt(_ page: FetchedPage, document: String) -> [UInt8] {
        let response = responseRecord(page)
        let info = WARCRecord(
            type: "metadata", date: page.fetchedAt, target: page.finalURL, contentType: "application/warc-fields",
            fields: [("WARC-Concurrent-To", response.id)],
            block: Array("claimcheck-document: \(document)\r\nclaimcheck-note: rebuilt from a stored snapshot\r\n".utf8)
        )
        return Gzip.member(response.bytes) + Gzip.member(info.bytes)
    }

    /// The response record of a fetch: the HTTP response as stored, with the digest of its payload.
    private static func responseRecord(_ page: FetchedPage) -> WARCRecord {
        WARCRecord(
            type: "response", date: page.fetchedAt, target: page.finalURL,
            contentType: "application/http;msgtype=response",
            fields: [("WARC-Payload-Digest", WARCRecord.digest(page.body))], block: httpResponse(page))
    }

    /// The HTTP response as stored: status line, the headers (without the transfer and content encodings,
    /// which the body no longer has, and with its true length), the body.
    static func httpResponse(_ page: FetchedPage) -> [UInt8] {
        var head = "HTTP/1.1 \(page.status) \(reason(page.status))\r\n"
        let dropped: Set<String> = ["transfer-encoding", "content-encoding", "content-length"]
        for header in page.headers where !dropped.contains(header.name.lowercased()) {
            head += "\(clean(header.name)): \(clean(header.value))\r\n"
        }
        head += "Content-Length: \(page.body.count)\r\n\r\n"
        return Array(head.utf8) + page.body
    }

    /// The GET request claimcheck sends for `url`.
    static func httpRequest(_ url: String, userAgent: String) -> [UInt8] {
        let parts = URLComponents(string: url)
        var path = parts?.percentEncodedPath ?? "/"
        if path.isEmpty { path = "/" }
        if let query = parts?.percentEncodedQuery { path += "?\(query)" }
        var host = parts?.host ?? ""
        if let port = parts?.port { host += ":\(port)" }
        let head = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: \(clean(userAgent))\r\nAccept: */*\r\n\r\n"
        return Array(head.utf8)
    }

    /// A header line's text without line breaks (a hostile server cannot add fields or records).
    private static func clean(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 203: "Non-Authoritative Information"
        case 204: "No Content"
        case 206: "Partial Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
