/// Why a fetch failed, each with a one-line message a person understands.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL was refused before any fetch (not http/https, no host, spaces…).
    case invalidURL(String)
    /// The host name does not resolve.
    case dns(host: String)
    /// Nothing accepts connections at that address.
    case refused(host: String)
    /// The connect or total time bound fired.
    case timeout(seconds: Double)
    /// The server kept the connection open but sent less than `bytesPerSecond` for `seconds` (a trickle).
    case stalled(bytesPerSecond: Int, seconds: Int)
    /// The body was larger than the policy allows.
    case tooLarge(limit: Int)
    /// The TLS handshake or certificate check failed.
    case tls(String)
    case tooManyRedirects(limit: Int)
    /// The URL, or a redirect, leads to something other than http/https (file://, ftp://…).
    case refusedScheme(String)
    /// The server answered with an error status (404, 410, 5xx…).
    case http(status: Int)
    /// Any other transfer failure, with libcurl's own explanation.
    case network(String)
    /// The page was fetched but could not be archived (disk full, permissions).
    case storage(String)
    /// The page was fetched but is not text (an image, a PDF…) where text was needed.
    case notText(contentType: String)

    /// The failure in one line, in words a person understands.
    public var description: String {
        switch self {
        case .invalidURL(let why): return why
        case .dns(let host): return "host '\(host)' not found (DNS lookup failed; check the address)"
        case .refused(let host): return "connection to '\(host)' refused (the server is down or not listening)"
        case .timeout(let seconds): return "timed out (no complete answer within \(FetchError.seconds(seconds)))"
        case .stalled(let rate, let seconds):
            return "timed out: the server sent less than \(rate) bytes a second for \(seconds) s (stalled)"
        case .tooLarge(let limit):
            return "too large: the page is bigger than \(FetchError.bytes(limit)), the limit for a source"
        case .tls(let detail): return "TLS failure: the site's secure connection could not be verified (\(detail))"
        case .tooManyRedirects(let limit): return "too many redirects (more than \(limit); the site may loop)"
        case .refusedScheme(let detail):
            return "refused: \(detail) (only http:// and https:// are fetched, redirects included)"
        case .http(let status): return "HTTP \(status) \(FetchError.statusText(status))"
        case .network(let detail): return "network error: \(detail)"
        case .storage(let detail): return "fetched, but the snapshot could not be stored: \(detail)"
        case .notText(let type): return "not a text page (\(type)): archived, but there is no text to read"
        }
    }

    /// The HTTP status the server sent, when it sent one.
    public var status: Int? {
        if case .http(let status) = self { return status }
        return nil
    }

    /// A link that is gone for good or whose host does not exist: 404, 410, DNS failure.
    public var isDead: Bool {
        switch self {
        case .dns: return true
        case .http(let status): return status == 404 || status == 410
        default: return false
        }
    }

    static func statusText(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized (the page needs a login)"
        case 403: return "Forbidden (the site refuses access)"
        case 404: return "Not Found (the page does not exist, or no longer)"
        case 410: return "Gone (the page was removed)"
        case 429: return "Too Many Requests (try again later)"
        case 500: return "Internal Server Error (the site is broken; try again later)"
        case 502: return "Bad Gateway (try again later)"
        case 503: return "Service Unavailable (try again later)"
        case 504: return "Gateway Timeout (try again later)"
        case 500...599: return "server error (try again later)"
        default: return "error"
        }
    }

    static func seconds(_ s: Double) -> String {
        s.rounded() == s ? "\(Int(s)) s" : "\(s) s"
    }

    static func bytes(_ n: Int) -> String {
        if n >= 1 << 20 { return "\(n >> 20) MiB" }
        if n >= 1 << 10 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }
}
