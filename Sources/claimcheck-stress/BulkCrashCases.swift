import ClaimCore
import Foundation
import Glibc

/// The bulk cases of issue 18: `claimcheck extract DIR` over 300 articles (100 with --quick), SIGKILLed at random moments, first into
/// an empty workspace, then as a re-extraction of reviewed documents. After each kill every document is absent or
/// whole (exactly the claim files an uninterrupted run writes), `check` passes (after removing what the killed
/// run left, which it reports), every reviewed verdict is kept, and a rerun completes the work.
extension ReliabilitySuite {
    /// Articles per bulk run: 300 (100 with --quick, which the test suite runs on a debug build).
    var bulkArticles: Int { quick ? 100 : 300 }

    /// Article `k` in version `v`: eight sentences the extractor finds (every fourth one differs in version 1).
    static func bulkArticle(_ k: Int, version v: Int) -> String {
        (0..<8).map { i in
            v == 1 && i % 4 == 0
                ? "Officials in district \(k) later said \(i + k + 50) people were hurt in the second blast."
                : "Officials in district \(k) said \(i * 3 + k) people were hurt on Monday in town \(i)."
        }.joined(separator: "\n")
    }

    /// Microseconds to wait before the kill: a random moment of a run that takes about `duration` seconds.
    static func randomMoment(within duration: Double) -> UInt32 {
        UInt32(Double.random(in: 0.02...max(0.05, duration)) * 1_000_000)
    }

    /// Writes the articles of `version` into `folder`.
    func writeBulkArticles(_ folder: URL, version: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for k in 0..<bulkArticles {
            try Data(Self.bulkArticle(k, version: version).utf8).write(
                to: folder.appendingPathComponent(String(format: "story-%03d.txt", k)))
        }
    }

    /// Every document's claim file names (sorted), by slug.
    func claimFiles(_ workspace: Workspace) -> [String: [String]] {
        var out: [String: [String]] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.claimsFolder.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let folder = workspace.claimsFolder.appendingPathComponent(name)
            out[name] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        }
        return out
    }

    /// Runs `claimcheck extract FOLDER --workspace ROOT` to its end; its exit status.
    func bulkExtract(_ folder: URL, into root: URL) throws -> Int32 {
        try Spawn.run(Spawn.claimcheckPath, ["extract", folder.path, "--workspace", root.path]).status
    }

    /// What is wrong with `workspace` after a kill, compared with the complete `reference` run.
    func bulkProblems(_ workspace: Workspace, reference: [String: [String]], reviewed: [String: [String: VerdictLabel]])
        throws -> [String]
    {
        var problems: [String] = []
        let store = ClaimStore(workspace: workspace)
        for (slug, files) in claimFiles(workspace) {
            guard let expected = reference[slug] else {
                problems.append("unexpected folder claims/\(slug)")
                continue
            }
            if !FileManager.default.fileExists(
                atPath: workspace.claimsFolder.appendingPathComponent("\(slug)/document.json").path)
            {
                problems.append("\(slug) has no document.json: a partial document is visible")
            } else if reviewed.isEmpty, files != expected {
                problems.append("\(slug) holds \(files.count) of \(expected.count) claim files")
            }
            problems += Scratch.halfFiles(in: workspace.claimsFolder.appendingPathComponent(slug))
        }
        for (slug, verdicts) in reviewed {
            let loaded = (try? store.load(slug).claims) ?? []
            let claims = Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0.verdict.label) })
            // An edited sentence's verdict lives on in its successor, which names it as `previous`.
            var successors: [String: [VerdictLabel]] = [:]
            for claim in loaded {
                if let id = claim.previous?.id { successors[id, default: []].append(claim.verdict.label) }
            }
            for (id, label) in verdicts where claims[id] != label && !(successors[id] ?? []).contains(label) {
                problems.append("verdict of \(slug)/\(id) lost")
            }
        }
        let check = try Spawn.run(Spawn.claimcheckPath, ["check", "--workspace", workspace.root.path])
        if check.status != 0 { problems.append("check failed: \(check.output.prefix(300))") }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: workspace.claimsFolder.path)) ?? []
        if left.contains(where: { $0.hasPrefix(".staging-") }) { problems.append("check left a staging folder") }
        return problems
    }

    /// SIGKILL at a random moment of a 300-article `extract DIR` into an empty workspace.
    func crashBulk() throws -> Row {
        let runs = quick ? 2 : 15
        let input = try Scratch()
        try writeBulkArticles(input.root.appendingPathComponent("v0"), version: 0)
        let complete = try Scratch()
        let started = Date()
        guard try bulkExtract(input.root.appendingPathComponent("v0"), into: complete.root) == 0 else {
            return Row(name: "crash-bulk", runs: 0, passed: false, detail: "the uninterrupted run failed")
        }
        let reference = claimFiles(complete.workspace)
        let duration = Date().timeIntervalSince(started)
        var problems: [String] = []
        var landed: [Int] = []
        for _ in 0..<runs {
            let ws = try Scratch()
            let child = try Spawn.start(
                Spawn.claimcheckPath,
                ["extract", input.root.appendingPathComponent("v0").path, "--workspace", ws.root.path])
            usleep(Self.randomMoment(within: duration))
            child.kill()
            landed.append(claimFiles(ws.workspace).count)
            problems += try bulkProblems(ws.workspace, reference: reference, reviewed: [:])
            if try bulkExtract(input.root.appendingPathComponent("v0"), into: ws.root) != 0
                || claimFiles(ws.workspace) != reference
            {
                problems.append("the rerun did not complete the workspace")
            }
        }
        return Row(
            name: "crash-bulk", runs: runs, passed: problems.isEmpty,
            detail: problems.first
                ?? "every document absent or whole after SIGKILL (\(landed.min() ?? 0)–\(landed.max() ?? 0) of \(bulkArticles) landed); check passes; a rerun completes"
        )
    }

    /// SIGKILL at a random moment of a 300-article bulk re-extraction of reviewed documents.
    func crashBulkReextract() throws -> Row {
        let runs = quick ? 2 : 15
        let input = try Scratch()
        try writeBulkArticles(input.root.appendingPathComponent("v0"), version: 0)
        try writeBulkArticles(input.root.appendingPathComponent("v1"), version: 1)
        var problems: [String] = []
        for run in 0..<runs {
            let ws = try Scratch()
            let started = Date()
            guard try bulkExtract(input.root.appendingPathComponent("v0"), into: ws.root) == 0 else {
                problems.append("the first extraction failed")
                break
            }
            let duration = Date().timeIntervalSince(started)
            var reviewed: [String: [String: VerdictLabel]] = [:]
            for (i, slug) in ws.workspace.documentSlugs().enumerated() where i % 7 == run % 7 {
                reviewed[slug] = try ws.reviewSome(slug, every: 2)
            }
            let reference = claimFiles(ws.workspace)
            let child = try Spawn.start(
                Spawn.claimcheckPath,
                ["extract", input.root.appendingPathComponent("v1").path, "--workspace", ws.root.path])
            usleep(Self.randomMoment(within: duration))
            child.kill()
            problems += try bulkProblems(ws.workspace, reference: reference, reviewed: reviewed)
            if try bulkExtract(input.root.appendingPathComponent("v1"), into: ws.root) != 0 {
                problems.append("the rerun failed")
            }
            problems += try bulkProblems(ws.workspace, reference: reference, reviewed: reviewed).map {
                "after rerun: \($0)"
            }
        }
        return Row(
            name: "crash-bulk-reextract", runs: runs, passed: problems.isEmpty,
            detail: problems.first ?? "every reviewed verdict kept through SIGKILL; every file whole; check passes")
    }
}
