import CCurl
import Foundation

/// Fetches web pages with libcurl under a `FetchPolicy`. The API is synchronous (the CLI and the
/// REPL are): each call runs its transfers on a dedicated thread that owns every curl handle from
/// creation to cleanup, and hands back only Sendable values.
public struct Fetcher: Sendable {
    /// The bounds every fetch of this fetcher obeys.
    public let policy: FetchPolicy

    /// A fetcher obeying `policy`.
    public init(policy: FetchPolicy = .default) {
        self.policy = policy
    }

    /// Fetches one URL with the easy interface. Throws a `FetchError` (an invalid URL is refused before any I/O).
    public func fetch(_ url: String) throws(FetchError) -> FetchedPage {
        let policy = self.policy
        let result = TransferThread.run { () -> Result<FetchedPage, FetchError> in
            do throws(FetchError) {
                return try CurlTransfer(url: url, policy: policy).perform()
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Fetches many URLs at once with the multi interface: at most `concurrency` transfers in flight and
    /// at most `policy.maxHostConnections` to one host. Results are in the order of `urls`.
    /// `progress(done, total)` is called on the calling thread as transfers finish.
    public func fetchAll(
        _ urls: [String], concurrency: Int = 8,
        progress: ((Int, Int) -> Void)? = nil
    ) -> [Result<FetchedPage, FetchError>] {
        guard !urls.isEmpty else { return [] }
        let board = ProgressBoard()
        let policy = self.policy
        let limit = max(1, concurrency)
        let thread = TransferThread.start {
            MultiLoop(urls: urls, policy: policy, concurrency: limit, board: board).run()
        }
        var shown = -1
        while true {
            let (done, finished) = board.wait(after: shown)
            if done != shown {
                shown = done
                progress?(done, urls.count)
            }
            if finished { break }
        }
        return thread.join()
    }
}

/// Progress of a multi transfer, passed from the transfer thread to the caller's thread.
final class ProgressBoard: @unchecked Sendable {
    private let condition = NSCondition()
    private var done = 0
    private var finished = false

    func update(done: Int, finished: Bool = false) {
        condition.lock()
        self.done = done
        self.finished = self.finished || finished
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the count differs from `shown` or the work is finished.
    func wait(after shown: Int) -> (Int, Bool) {
        condition.lock()
        defer { condition.unlock() }
        while done == shown && !finished { condition.wait() }
        return (done, finished)
    }
}

/// A thread that runs one closure and hands its Sendable result back.
final class TransferThread<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T?

    static func start(_ body: @escaping @Sendable () -> T) -> TransferThread<T> {
        let box = TransferThread<T>()
        let thread = Thread {
            let result = body()
            box.condition.lock()
            box.value = result
            box.condition.broadcast()
            box.condition.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
        return box
    }

    static func run(_ body: @escaping @Sendable () -> T) -> T { start(body).join() }

    func join() -> T {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}

/// The multi-interface loop: keeps up to `concurrency` transfers running (and no more than the host
/// cap per host, so that queued transfers never wait inside curl with their timeout clock running).
private struct MultiLoop {
    let urls: [String]
    let policy: FetchPolicy
    let concurrency: Int
    let board: ProgressBoard

    func run() -> [Result<FetchedPage, FetchError>] {
        var results = [Result<FetchedPage, FetchError>?](repeating: nil, count: urls.count)
        CurlTransfer.initializeLibrary()
        guard let multi = curl_multi_init() else {
            return urls.map { _ in .failure(.network("libcurl could not start a multi transfer")) }
        }
        defer { curl_multi_cleanup(multi) }
        cc_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, policy.maxHostConnections))

        var queue: [Int] = Array(urls.indices.reversed())  // popped from the end: in order
        var running: [UnsafeMutableRawPointer: (index: Int, transfer: CurlTransfer, host: String)] = [:]
        var perHost: [String: Int] = [:]
        var done = 0

        func finish(_ index: Int, _ result: Result<FetchedPage, FetchError>) {
            results[index] = result
            done += 1
            board.update(done: done)
        }

        func startMore() {
            var deferred: [Int] = []
            while running.count < concurrency, let index = queue.popLast() {
                let host = URLComponents(string: urls[index])?.host?.lowercased() ?? ""
                if perHost[host, default: 0] >= policy.maxHostConnections {
                    deferred.append(index)
                    continue
                }
                do throws(FetchError) {
                    let transfer = try CurlTransfer(url: urls[index], policy: policy)
                    guard curl_multi_add_handle(multi, transfer.handle) == CURLM_OK else {
                        finish(index, .failure(.network("libcurl refused to start the transfer")))
                        continue
                    }
                    running[transfer.handle] = (index, transfer, host)
                    perHost[host, default: 0] += 1
                } catch {
                    finish(index, .failure(error))
                }
            }
            queue.append(contentsOf: deferred.reversed())
        }

        startMore()
        var stillRunning: Int32 = 0
        while !running.isEmpty {
            curl_multi_perform(multi, &stillRunning)
            var left: Int32 = 0
            var finishedAny = false
            while let message = curl_multi_info_read(multi, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                    let entry = running.removeValue(forKey: easy)
                else { continue }
                let code = cc_msg_result(message)
                curl_multi_remove_handle(multi, easy)
                perHost[entry.host, default: 1] -= 1
                finish(entry.index, entry.transfer.result(code))
                finishedAny = true
            }
            if finishedAny {
                startMore()
                continue  // perform at once: new handles start connecting without waiting for poll
            }
            if !running.isEmpty {
                curl_multi_poll(multi, nil, 0, 1000, nil)
            }
        }
        board.update(done: done, finished: true)
        return results.map { $0 ?? .failure(.network("transfer did not run")) }
    }
}
