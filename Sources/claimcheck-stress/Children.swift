import ClaimCore
import Foundation

/// The work the reliability cases run in child processes, to be killed at random moments.
enum Children {
    /// `count` saves spread over a document's claims; each save's note and last history entry carry the
    /// same token, so a reader can tell a whole old state from a whole new one.
    static func saves(workspace: String, document: String, count: Int) throws {
        let store = ClaimStore(workspace: Workspace(root: URL(fileURLWithPath: workspace)))
        let ids = try store.load(document).claims.map(\.id)
        let labels: [VerdictLabel] = [.true, .false, .mixed, .mostlyTrue]
        for k in 0..<count {
            let id = ids[k % ids.count]
            try store.update(document, id: id) { claim in
                let token = "save-\(k)"
                claim.verdict = Verdict(
                    label: labels[k % labels.count], note: token, reviewer: "stress", at: Timestamp.now())
                return HistoryEntry(at: Timestamp.now(), by: "stress", action: .verdict, to: token)
            }
        }
    }

    /// `count` edits based on a snapshot read before a short pause, as a reviewer's session would make
    /// them; a stale write is refused by the store, then reloaded and retried. Prints "stale N" at the end.
    static func edits(workspace: String, document: String, count: Int, name: String) throws {
        let store = ClaimStore(workspace: Workspace(root: URL(fileURLWithPath: workspace)))
        let ids = try store.load(document).claims.map(\.id)
        var stale = 0
        var generator = SystemRandomNumberGenerator()
        for k in 0..<count {
            let id = ids[Int.random(in: 0..<ids.count, using: &generator)]
            while true {
                let snapshot = try store.loadClaim(document, id: id)
                usleep(UInt32.random(in: 0...300, using: &generator))
                do {
                    try store.update(document, id: id, expectedRevision: snapshot.revision) { claim in
                        claim.verdict.note = "\(name)-\(k)"
                        return HistoryEntry(at: Timestamp.now(), by: name, action: .note, to: "\(name)-\(k)")
                    }
                    break
                } catch ClaimCheckError.staleRevision {
                    stale += 1
                }
            }
        }
        print("stale \(stale)")
    }

    /// Re-extracts a document `count` times, alternating between two versions of its article.
    static func reextract(workspace: String, document: String, count: Int) throws {
        let store = ClaimStore(workspace: Workspace(root: URL(fileURLWithPath: workspace)))
        for k in 0..<count {
            let version = Articles.version(k % 2)
            _ = try store.importExtraction(
                slug: document, article: version.article, title: "stress", url: nil,
                published: "2016-02-24", extractorVersion: "stress", claims: version.claims, by: "stress")
        }
    }

    /// Takes a document's lock and sleeps until killed.
    static func holdLock(workspace: String, document: String) throws {
        let folder = try Workspace(root: URL(fileURLWithPath: workspace)).documentFolder(document)
        let lock = try DocumentLock(folder: folder)
        FileHandle.standardOutput.write(Data("locked\n".utf8))
        _ = withExtendedLifetime(lock) { sleep(600) }
    }
}

/// Two versions of a test article that share most sentences, with one claim per line.
enum Articles {
    static func version(_ v: Int) -> (article: String, claims: [ExtractedClaim]) {
        let lines = (0..<40).map { i -> String in
            (i % 5 == 0 && v == 1)
                ? "Revised line \(i) now says \(i * 3) people were hurt." : "Line \(i) says \(i * 2) people were hurt."
        }
        let article = lines.joined(separator: "\n")
        let claims = lines.map { line in
            ExtractedClaim(
                text: line, span: ClaimStore.locate(line, in: article)!, kinds: [.quantity], checkworthiness: 0.5,
                facts: [])
        }
        return (article, claims)
    }
}
