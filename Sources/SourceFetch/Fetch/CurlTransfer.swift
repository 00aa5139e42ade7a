import CCurl
import ClaimCore
import Foundation

/// One URL's libcurl easy handle and the state its callbacks fill. Created, used and destroyed on
/// the one thread that runs the transfer (see `Fetcher`); only its `result()` (a Sendable value) leaves it.
final class CurlTransfer {
    let url: String
    let handle: UnsafeMutableRawPointer
    private let policy: FetchPolicy
    private let errorBuffer: UnsafeMutablePointer<CChar>
    fileprivate var body: [UInt8] = []
    fileprivate var headers: [HTTPHeader] = []
    fileprivate var tooLarge = false
    fileprivate let maxBody: Int
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?

    /// Validates `url` and configures an easy handle with the policy; throws `invalidURL` before any I/O.
    init(url: String, policy: FetchPolicy) throws(FetchError) {
        CurlTransfer.initializeLibrary()
        let valid: String
        do { valid = try WebLink.validate(url) } catch { throw FetchError.invalidURL("\(error)") }
        guard let handle = curl_easy_init() else { throw FetchError.network("libcurl could not create a transfer") }
        self.url = valid
        self.handle = handle
        self.policy = policy
        self.maxBody = policy.maxBodyBytes
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        configure()
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    private static let libraryInitialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    static func initializeLibrary() { _ = libraryInitialized }

    private func configure() {
        let h = handle
        cc_easy_setopt_string(h, CURLOPT_URL, url)
        cc_easy_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http,https")
        cc_easy_setopt_string(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        cc_easy_setopt_long(h, CURLOPT_FOLLOWLOCATION, 1)
        cc_easy_setopt_long(h, CURLOPT_MAXREDIRS, policy.maxRedirects)
        cc_easy_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 1)
        cc_easy_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 2)
        cc_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        cc_easy_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Int(policy.connectTimeout * 1000))
        cc_easy_setopt_long(h, CURLOPT_TIMEOUT_MS, Int(policy.totalTimeout * 1000))
        cc_easy_setopt_long(h, CURLOPT_LOW_SPEED_LIMIT, policy.lowSpeedBytesPerSecond)
        cc_easy_setopt_long(h, CURLOPT_LOW_SPEED_TIME, policy.lowSpeedSeconds)
        cc_easy_setopt_off(h, CURLOPT_MAXFILESIZE_LARGE, policy.maxBodyBytes)
        cc_easy_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl can decode
        cc_easy_setopt_string(h, CURLOPT_USERAGENT, policy.userAgent)
        cc_easy_setopt_pointer(h, CURLOPT_ERRORBUFFER, errorBuffer)
        // Some sites refuse requests without Accept, or bounce through a cookie-setting redirect.
        requestHeaders = curl_slist_append(nil, "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8")
        requestHeaders = curl_slist_append(requestHeaders, "Accept-Language: en;q=1.0, *;q=0.5")
        cc_easy_setopt_slist(h, CURLOPT_HTTPHEADER, requestHeaders)
        cc_easy_setopt_string(h, CURLOPT_COOKIEFILE, "")  // in-memory cookies for this transfer only
        let me = Unmanaged.passUnretained(self).toOpaque()
        cc_easy_setopt_write(h, CURLOPT_WRITEFUNCTION, curlWriteBody)
        cc_easy_setopt_pointer(h, CURLOPT_WRITEDATA, me)
        cc_easy_setopt_write(h, CURLOPT_HEADERFUNCTION, curlWriteHeader)
        cc_easy_setopt_pointer(h, CURLOPT_HEADERDATA, me)
    }

    /// Runs the transfer with the easy interface (blocking, on the calling thread).
    func perform() -> Result<FetchedPage, FetchError> {
        result(curl_easy_perform(handle))
    }

    /// Turns libcurl's outcome into a page or a typed error.
    func result(_ code: CURLcode) -> Result<FetchedPage, FetchError> {
        guard code == CURLE_OK else { return .failure(error(code)) }
        var status = 0
        cc_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        if status >= 400 { return .failure(.http(status: status)) }
        if status >= 300 {
            return .failure(.network("the server sent a redirect (\(status)) without a usable Location"))
        }
        var redirects = 0
        cc_easy_getinfo_long(handle, CURLINFO_REDIRECT_COUNT, &redirects)
        return .success(
            FetchedPage(
                url: url, finalURL: stringInfo(CURLINFO_EFFECTIVE_URL) ?? url, status: status,
                contentType: stringInfo(CURLINFO_CONTENT_TYPE), headers: headers, body: body,
                fetchedAt: Timestamp.now(), redirects: redirects))
    }

    private func stringInfo(_ info: CURLINFO) -> String? {
        var p: UnsafeMutablePointer<CChar>?
        guard cc_easy_getinfo_string(handle, info, &p) == CURLE_OK, let p else { return nil }
        return String(cString: p)
    }

    private var host: String { URLComponents(string: url)?.host ?? url }

    private func error(_ code: CURLcode) -> FetchError {
        let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST: return .dns(host: host)
        case CURLE_COULDNT_CONNECT: return .refused(host: host)
        case CURLE_OPERATION_TIMEDOUT where detail.hasPrefix("Operation too slow"):
            return .stalled(bytesPerSecond: policy.lowSpeedBytesPerSecond, seconds: policy.lowSpeedSeconds)
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout(
                seconds: detail.hasPrefix("Connection timed out") || detail.hasPrefix("Failed to connect")
                    ? policy.connectTimeout : policy.totalTimeout)
        case CURLE_WRITE_ERROR where tooLarge, CURLE_FILESIZE_EXCEEDED: return .tooLarge(limit: policy.maxBodyBytes)
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects(limit: policy.maxRedirects)
        case CURLE_UNSUPPORTED_PROTOCOL:
            if let target = stringInfo(CURLINFO_REDIRECT_URL) ?? stringInfo(CURLINFO_EFFECTIVE_URL), target != url {
                return .refusedScheme("the page redirects to \(FetchError.shorten(target))")
            }
            return .refusedScheme("\(FetchError.shorten(url)) is not a web address")
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return .tls(detail)
        case CURLE_GOT_NOTHING: return .network("the server closed the connection without answering")
        case CURLE_BAD_CONTENT_ENCODING: return .network("the compressed body is corrupt (\(detail))")
        default: return .network(detail)
        }
    }
}

extension FetchError {
    static func shorten(_ s: String) -> String { s.count > 80 ? String(s.prefix(77)) + "…" : s }
}

/// CURLOPT_WRITEFUNCTION: appends the (decoded) body, refusing it once it passes the cap — libcurl's own
/// size option does not see chunked bodies, so this is where the limit really holds.
private let curlWriteBody: cc_write_callback = { data, size, count, user in
    guard let user else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    guard transfer.body.count + n <= transfer.maxBody else {
        transfer.tooLarge = true
        return 0
    }
    if let data, n > 0 { transfer.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: n)) }
    return n
}

/// CURLOPT_HEADERFUNCTION: keeps the header lines of the last response (each redirect starts over).
private let curlWriteHeader: cc_write_callback = { data, size, count, user in
    guard let user, let data else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
        transfer.headers = []
    } else if let colon = line.firstIndex(of: ":") {
        transfer.headers.append(
            HTTPHeader(
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
    }
    return n
}
