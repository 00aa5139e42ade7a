/// The rules every fetch obeys (docs/DESIGN.md: "The fetcher speaks http and https only, verifies TLS,
/// bounds time, redirects and body size"). TLS verification and the http/https restriction are not
/// configurable; the bounds are, so that tests can use short timeouts and the bench wide connection caps.
public struct FetchPolicy: Sendable, Equatable {
    /// Seconds to establish a connection (DNS + TCP + TLS).
    public var connectTimeout: Double
    /// Seconds for the whole transfer, redirects included.
    public var totalTimeout: Double
    /// A transfer slower than `lowSpeedBytesPerSecond` for `lowSpeedSeconds` is aborted as timed out.
    public var lowSpeedBytesPerSecond: Int
    /// Seconds the transfer may stay below `lowSpeedBytesPerSecond` before it is aborted.
    public var lowSpeedSeconds: Int
    /// Redirects followed before giving up (at most 10 by default).
    public var maxRedirects: Int
    /// Bytes of (decoded) body accepted; a larger body aborts the transfer as "too large".
    public var maxBodyBytes: Int
    /// Connections open at once to one host, in `Fetcher.fetchAll`.
    public var maxHostConnections: Int
    /// The User-Agent header sent with every request.
    public var userAgent: String

    /// A policy with the given bounds; the defaults suit fetching news articles and their sources.
    public init(
        connectTimeout: Double = 10, totalTimeout: Double = 30, lowSpeedBytesPerSecond: Int = 100,
        lowSpeedSeconds: Int = 15, maxRedirects: Int = 10, maxBodyBytes: Int = 20 * 1024 * 1024,
        maxHostConnections: Int = 6, userAgent: String = FetchPolicy.defaultUserAgent
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedSeconds = lowSpeedSeconds
        self.maxRedirects = maxRedirects
        self.maxBodyBytes = maxBodyBytes
        self.maxHostConnections = maxHostConnections
        self.userAgent = userAgent
    }

    /// The default bounds of `init()`, which `Fetcher()` uses.
    public static let `default` = FetchPolicy()

    /// The version claimcheck announces in its User-Agent.
    public static let claimcheckVersion = "0.1.0"
    /// `claimcheck/<version>` with a note saying what the requests are for.
    public static let defaultUserAgent = "claimcheck/\(claimcheckVersion) (+fact-checking; libcurl)"
}
