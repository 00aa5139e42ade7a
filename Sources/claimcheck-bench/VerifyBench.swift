import ClaimCore
import Foundation

/// `claimcheck-bench verify [CLAIMS [ROUNDS]]`: times `claimcheck verify DOC` (`ClaimStore.verifyRecord`: lock,
/// load every claim, recompute every entry hash and every claim's state, read and check the ledger) on a document
/// of CLAIMS (default 10,000) claims, best of ROUNDS (default 5); goal < 1 s in release. Three documents:
/// - extracted: the review bench's document (the news-like corpus, extracted; one entry per claim);
/// - heavy: the report bench's heavy document (five facts, every claim reviewed with evidence; two entries);
/// - upgrade: the heavy document made old (no `prev`/`state`, no ledger), timed for its one-time upgrade.
enum VerifyBench {
    static func run(_ args: ArraySlice<String>) throws {
        let count = args.first.flatMap(Int.init) ?? 10_000
        let rounds = max(1, args.dropFirst().first.flatMap(Int.init) ?? 5)
        print("verify: \(ProcessInfo.processInfo.activeProcessorCount) cores")
        try measure("extracted", rounds: rounds) { try ReviewBench.makeDocument(in: $0, wanted: count) }
        try measure("heavy", rounds: rounds) { try ReportBench.makeDocument(in: $0, count: count, heavy: true) }
        try measureUpgrade(count: count)
    }

    static func withWorkspace(_ body: (Workspace) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-bench-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try body(Workspace(root: root))
    }

    static func measure(_ name: String, rounds: Int, build: (Workspace) throws -> Void) throws {
        try withWorkspace { workspace in
            try build(workspace)
            let store = ClaimStore(workspace: workspace)
            var best = Duration.seconds(1000)
            var bestCPU = 1000.0
            var report: RecordReport?
            for _ in 0..<rounds {
                let start = ContinuousClock.now
                let cpu = ReportBench.cpuSeconds()
                report = try store.verifyRecord("bench")
                best = min(best, ContinuousClock.now - start)
                bestCPU = min(bestCPU, ReportBench.cpuSeconds() - cpu)
            }
            guard let report, report.breaks.isEmpty else {
                throw ClaimCheckError.refused("verify bench: the \(name) document does not verify")
            }
            let ledgerBytes =
                (try? FileManager.default.attributesOfItem(atPath: try store.ledger("bench").file.path))?[
                    .size] as? Int ?? 0
            // Where the time goes: loading the claim files, reading the ledger, recomputing the states.
            var clock = ContinuousClock.now
            let claims = try store.load("bench").claims
            let load = ContinuousClock.now - clock
            clock = ContinuousClock.now
            _ = try store.ledger("bench").read()
            let ledger = ContinuousClock.now - clock
            clock = ContinuousClock.now
            let folder = try workspace.documentFolder("bench")
            _ = try Parallel.map(claims.count) { index in
                let data = try Data(contentsOf: folder.appendingPathComponent("\(claims[index].id).json"))
                return try ClaimRecord.state(ofFile: [UInt8](data))
            }
            let states = ContinuousClock.now - clock
            clock = ContinuousClock.now
            _ = try Parallel.map(claims.count) { claims[$0].history.map(ClaimRecord.entryHash) }
            let entries = ContinuousClock.now - clock
            print(
                "  of which: load \(ReportBench.ms(load)) ms, ledger read \(ReportBench.ms(ledger)) ms, states (read + canonicalise + hash) \(ReportBench.ms(states)) ms, entry hashes \(ReportBench.ms(entries)) ms"
            )
            print(
                "verify (\(name)): \(report.claims) claims, \(report.entries) entries, \(report.ledgerLines) ledger lines (\(ledgerBytes / 1024) KiB): \(ReportBench.ms(best)) ms wall, \(String(format: "%.0f", bestCPU * 1000)) ms CPU (best of \(rounds); goal < 1000 ms wall), load average \(loadAverage())"
            )
        }
    }

    /// The 1-minute load average, to read a figure taken on a shared machine.
    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? String(format: "%.2f", loads[0]) : "?"
    }

    static func measureUpgrade(count: Int) throws {
        try withWorkspace { workspace in
            try ReportBench.makeDocument(in: workspace, count: count, heavy: true)
            let store = ClaimStore(workspace: workspace)
            let folder = try workspace.documentFolder("bench")
            for var claim in try store.load("bench").claims {
                claim.history = claim.history.map(\.withoutSeal)
                try AtomicFile.write(
                    try ClaimCoding.encode(claim), to: folder.appendingPathComponent("\(claim.id).json"),
                    syncFolder: false)
            }
            try FileManager.default.removeItem(at: try store.ledger("bench").file)
            let start = ContinuousClock.now
            let report = try store.verifyRecord("bench")
            let took = ContinuousClock.now - start
            guard report.breaks.isEmpty, report.upgraded == report.entries else {
                throw ClaimCheckError.refused("verify bench: the upgraded document does not verify")
            }
            print(
                "verify (upgrade of the heavy document, once): \(report.upgraded) entries sealed, every claim file rewritten, then verified: \(ReportBench.ms(took)) ms"
            )
        }
    }
}
