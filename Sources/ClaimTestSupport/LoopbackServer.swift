import Foundation
import Glibc

/// A request as the loopback server saw it.
public struct LoopbackRequest: Sendable {
    /// The request method (GET, HEAD…).
    public var method: String
    /// The request target, e.g. `/story?x=1`.
    public var path: String
    /// Header names lower-cased.
    public var headers: [String: String]
}

/// What the loopback server answers.
public struct LoopbackResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers in order (Content-Length is added unless chunked).
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: [UInt8]
    /// Send the body with `Transfer-Encoding: chunked` (no Content-Length).
    public var chunked: Bool
    /// Seconds to wait before answering.
    public var delay: Double
    /// Never answer (the connection stays open until the client gives up or the server stops).
    public var hang: Bool
    /// Send the body one byte at a time, this many seconds apart (a server that trickles).
    public var trickleInterval: Double
    /// Repeat the (chunked) body for ever, until the client hangs up or the server stops.
    public var endless: Bool

    /// A response; the flags make it slow, hanging, trickling or endless for the hostile-server tests.
    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [], chunked: Bool = false,
        delay: Double = 0, hang: Bool = false, trickleInterval: Double = 0, endless: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.chunked = chunked || endless
        self.delay = delay
        self.hang = hang
        self.trickleInterval = trickleInterval
        self.endless = endless
    }

    /// A 200 HTML page.
    public static func html(_ html: String, charset: String? = "utf-8") -> LoopbackResponse {
        LoopbackResponse(
            headers: [("Content-Type", charset.map { "text/html; charset=\($0)" } ?? "text/html")],
            body: Array(html.utf8))
    }

    /// A 200 response of `body` with `contentType`.
    public static func bytes(_ body: [UInt8], contentType: String) -> LoopbackResponse {
        LoopbackResponse(headers: [("Content-Type", contentType)], body: body)
    }

    /// A redirect to `location`.
    public static func redirect(to location: String, status: Int = 302) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [("Location", location)])
    }

    /// An empty response with status `code`.
    public static func status(_ code: Int) -> LoopbackResponse {
        LoopbackResponse(status: code, headers: [("Content-Type", "text/html")], body: Array("<h1>\(code)</h1>".utf8))
    }
}

/// A small threaded HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests and benchmarks that must
/// not leave the machine: keep-alive, a thread per connection, a deep listen backlog (many parallel clients),
/// delays, chunked bodies and endpoints that never answer. `stop()` (or releasing it) shuts it down.
public final class LoopbackServer: @unchecked Sendable {
    /// The port the server listens on, on 127.0.0.1.
    public let port: Int
    private let listener: Int32
    private let handler: @Sendable (LoopbackRequest) -> LoopbackResponse
    private let lock = NSLock()
    private var clients: Set<Int32> = []
    private var stopped = false
    private var log: [LoopbackRequest] = []

    /// Starts listening on a free port of 127.0.0.1; `handler` answers every request.
    public init(handler: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackServer.failure("socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 1024) == 0 else {
            close(fd)
            throw LoopbackServer.failure("bind/listen")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port><path>`
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request received so far.
    public var requests: [LoopbackRequest] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    /// Stops listening and closes every connection.
    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        let open = clients
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for c in open { shutdown(c, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private static func failure(_ what: String) -> NSError {
        NSError(
            domain: "LoopbackServer", code: Int(errno),
            userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(errno)))"])
    }

    private func acceptLoop() {
        while true {
            let c = accept(listener, nil, nil)
            if c < 0 {
                if errno == EINTR && !isStopped { continue }
                return
            }
            lock.lock()
            if stopped {
                lock.unlock()
                close(c)
                return
            }
            clients.insert(c)
            lock.unlock()
            var one: Int32 = 1
            setsockopt(c, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let thread = Thread { [self] in
                serve(c)
                lock.lock()
                clients.remove(c)
                lock.unlock()
                close(c)
            }
            thread.start()
        }
    }

    private func serve(_ c: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16384)
        while !isStopped {
            // Read one request head.
            var headEnd: Int?
            while headEnd == nil {
                headEnd = LoopbackServer.find([13, 10, 13, 10], in: buffer)
                if headEnd != nil { break }
                let n = recv(c, &chunk, chunk.count, 0)
                if n <= 0 { return }
                buffer.append(contentsOf: chunk[0..<n])
            }
            let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
            buffer.removeFirst(headEnd! + 4)
            let lines = head.components(separatedBy: "\r\n")
            let parts = lines[0].split(separator: " ")
            guard parts.count >= 2 else { return }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                    in: .whitespaces)
            }
            let bodyLength = Int(headers["content-length"] ?? "0") ?? 0
            while buffer.count < bodyLength {
                let n = recv(c, &chunk, chunk.count, 0)
                if n <= 0 { return }
                buffer.append(contentsOf: chunk[0..<n])
            }
            buffer.removeFirst(bodyLength)
            let request = LoopbackRequest(method: String(parts[0]), path: String(parts[1]), headers: headers)
            lock.lock()
            log.append(request)
            lock.unlock()

            let response = handler(request)
            if response.hang {
                hang(c)
                return
            }
            if response.delay > 0 { usleep(UInt32(response.delay * 1_000_000)) }
            let close = headers["connection"]?.lowercased() == "close"
            guard write(response, to: c, close: close), !close else { return }
        }
    }

    private func hang(_ c: Int32) {
        var chunk = [UInt8](repeating: 0, count: 1024)
        while !isStopped {
            var p = pollfd(fd: c, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 100) > 0 {
                if recv(c, &chunk, chunk.count, 0) <= 0 { return }  // the client gave up
            }
        }
    }

    private func write(_ response: LoopbackResponse, to c: Int32, close: Bool) -> Bool {
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += response.chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: \(response.body.count)\r\n"
        if close { head += "Connection: close\r\n" }
        head += "\r\n"
        guard send(Array(head.utf8), to: c) else { return false }
        if response.trickleInterval > 0 {
            for byte in response.body {
                guard !isStopped, send([byte], to: c) else { return false }
                usleep(UInt32(response.trickleInterval * 1_000_000))
            }
            return true
        }
        if response.endless {
            let piece = response.body.isEmpty ? [UInt8](repeating: 0x61, count: 8192) : response.body
            let frame = Array("\(String(piece.count, radix: 16))\r\n".utf8) + piece + [13, 10]
            while !isStopped { guard send(frame, to: c) else { return false } }
            return false
        }
        if !response.chunked { return send(response.body, to: c) }
        var offset = 0
        while offset < response.body.count {
            let piece = response.body[offset..<min(offset + 8192, response.body.count)]
            guard send(Array("\(String(piece.count, radix: 16))\r\n".utf8) + piece + [13, 10], to: c) else {
                return false
            }
            offset += piece.count
        }
        return send(Array("0\r\n\r\n".utf8), to: c)
    }

    private func send(_ bytes: [UInt8], to c: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count)
        where haystack[i] == needle[0] && Array(haystack[i..<i + needle.count]) == needle {
            return i
        }
        return nil
    }
}
