import Foundation

/// Group commit of new documents for a bulk extraction: workers hand over staged documents and go on
/// extracting; one committer thread takes whatever has gathered, makes it durable with one sync pass and renames
/// each document into place (`ClaimStore.commitStaged`). A document whose folder appeared meanwhile is merged into
/// it instead (`importExtraction`). At most `limit` documents wait; a worker handing over more waits too.
public final class DocumentCommitter: @unchecked Sendable {
    /// What became of one handed-over document.
    public typealias Completion = @Sendable (Result<ExtractionImport, ClaimCheckError>) -> Void

    private struct Pending {
        var staged: StagedDocument
        var input: ExtractionInput
        var completion: Completion
    }

    private let store: ClaimStore
    private let limit: Int
    private let condition = NSCondition()
    private var queue: [Pending] = []
    private var closed = false
    private var running = true
    private var thread: Thread?

    /// A committer into `store` that lets at most `limit` documents wait; its thread starts at once.
    public init(store: ClaimStore, limit: Int = 256) {
        self.store = store
        self.limit = max(1, limit)
        let thread = Thread { [unowned self] in self.loop() }
        thread.stackSize = 1 << 22
        self.thread = thread
        thread.start()
    }

    /// Hands over a staged document (made from `input`); `completion` runs on the committer's thread once it is in
    /// place (or failed).
    public func submit(_ staged: StagedDocument, input: ExtractionInput, completion: @escaping Completion) {
        condition.lock()
        while queue.count >= limit { condition.wait() }
        queue.append(Pending(staged: staged, input: input, completion: completion))
        condition.broadcast()
        condition.unlock()
    }

    /// Commits what is left and waits for the committer's thread to end; call once, after the last `submit`.
    public func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queue
            queue = []
            condition.broadcast()
            condition.unlock()
            commit(batch)
        }
    }

    private func commit(_ batch: [Pending]) {
        let placed: [Bool]
        do {
            placed = try store.commitStaged(batch.map(\.staged))
        } catch {
            let problem = error as? ClaimCheckError ?? .io(path: store.workspace.claimsFolder.path, problem: "\(error)")
            for pending in batch { pending.completion(.failure(problem)) }
            return
        }
        for (pending, done) in zip(batch, placed) {
            if done {
                pending.completion(.success(pending.staged.result))
                continue
            }
            do {
                pending.completion(.success(try store.importExtraction(pending.input)))
            } catch {
                pending.completion(
                    .failure(error as? ClaimCheckError ?? .io(path: pending.staged.slug, problem: "\(error)")))
            }
        }
    }
}
