import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// The `extract`, `list` and `check` commands, through the real binary, as a user runs them.
@Suite struct ExtractCommandTests {
    let sample = CommandLineTool.packageRoot.appendingPathComponent("samples/benghazi.txt").path

    @Test func extractsTheSampleAndChecksClean() throws {
        let tmp = TemporaryWorkspace()
        let result = try CommandLineTool.run(
            ["extract", sample, "--published", "2016-02-24", "--title", "Benghazi"], in: tmp.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("→ claims/benghazi/"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        let docs = tmp.workspace.documentSlugs()
        #expect(docs == ["benghazi"])
        let loaded = try tmp.store.load("benghazi")
        #expect(loaded.info.title == "Benghazi")
        #expect(!loaded.claims.isEmpty)
        #expect(loaded.claims.allSatisfy { $0.revision == 1 && $0.history.first?.by == "tester" })

        let check = try CommandLineTool.run(["check"], in: tmp.root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(": ok"))

        let list = try CommandLineTool.run(["list", "benghazi", "--json"], in: tmp.root)
        #expect(list.status == 0)
        let decoded = try JSONDecoder().decode([Claim].self, from: Data(list.stdout.utf8))
        #expect(decoded.count == loaded.claims.count)

        let documents = try CommandLineTool.run(["list"], in: tmp.root)
        #expect(documents.stdout.contains("benghazi") && documents.stdout.contains("unreviewed"))
    }

    @Test func workspaceOptionAndEnvironmentAndStdin() throws {
        let tmp = TemporaryWorkspace()
        let elsewhere = FileManager.default.temporaryDirectory
        let viaOption = try CommandLineTool.run(
            ["extract", "-", "--doc", "piped", "--workspace", tmp.root.path, "-q"],
            in: elsewhere, stdin: Data("The mayor said 12 people were hurt.".utf8))
        #expect(viaOption.status == 0, "\(viaOption.stderr)")
        #expect(tmp.workspace.documentSlugs() == ["piped"])
        let viaEnv = try CommandLineTool.run(
            ["list", "piped", "--json"], in: elsewhere, environment: ["CLAIMCHECK_WORKSPACE": tmp.root.path])
        #expect(viaEnv.status == 0, "\(viaEnv.stderr)")
    }

    @Test func badInputGetsOneLineAndNonZeroExit() throws {
        let tmp = TemporaryWorkspace()
        try Data([0x41, 0xff, 0x42]).write(to: tmp.root.appendingPathComponent("latin1.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: tmp.root.appendingPathComponent("nul.txt"))
        try Data().write(to: tmp.root.appendingPathComponent("empty.txt"))
        try Data("   \n  ".utf8).write(to: tmp.root.appendingPathComponent("blank.txt"))
        try FileManager.default.createDirectory(
            at: tmp.root.appendingPathComponent("nothing-here"), withIntermediateDirectories: true)
        let big = tmp.root.appendingPathComponent("big.txt")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let cases: [([String], String)] = [
            (["extract", "missing.txt"], "missing.txt: no such file"),
            (["extract", "nothing-here"], "nothing-here: holds no article files"),
            (["extract", "latin1.txt"], "not valid UTF-8"),
            (["extract", "nul.txt"], "NUL byte"),
            (["extract", "empty.txt"], "is empty"),
            (["extract", "blank.txt"], "only white space"),
            (["extract", "big.txt"], "too large"),
            (["extract", sample, "--doc", "../x"], "invalid name '../x'"),
            (["extract", sample, "--published", "24/02/2016"], "YYYY-MM-DD"),
            (["extract", sample, "--url", "javascript:alert(1)"], "only http:// and https://"),
            (["list", "../etc"], "invalid name"),
            (["list", "nosuchdoc"], "no document 'nosuchdoc'"),
            (["list"] + ["x", "--kind", "rumour"], "unknown kind"),
            (["check", "Bad_Name"], "invalid name"),
        ]
        for (arguments, expected) in cases {
            let result = try CommandLineTool.run(arguments, in: tmp.root)
            #expect(result.status != 0, "\(arguments) exited 0")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
        #expect(tmp.workspace.documentSlugs().isEmpty, "nothing was written")
        #expect(!FileManager.default.fileExists(atPath: tmp.root.appendingPathComponent("x").path))
    }

    @Test func reextractionKeepsVerdicts() throws {
        let tmp = TemporaryWorkspace()
        let file = tmp.root.appendingPathComponent("story.txt")
        try "Police said 12 people were injured on Friday.\nThe council said the road cost $2 million.".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(
            try CommandLineTool.run(["extract", "story.txt", "--published", "2020-05-04"], in: tmp.root).status == 0)
        let first = try tmp.store.load("story").claims
        try #require(!first.isEmpty)
        try tmp.store.update("story", id: first[0].id) { claim in
            claim.verdict.label = .true
            return HistoryEntry(at: Timestamp.now(), by: "ann", action: .verdict, from: "unreviewed", to: "true")
        }
        #expect(try CommandLineTool.run(["extract", "story.txt"], in: tmp.root).status == 0)
        let again = try tmp.store.load("story")
        #expect(again.claims.first { $0.id == first[0].id }?.verdict.label == .true)
        #expect(again.info.published == "2020-05-04", "the stored date is reused without --published")
    }

    @Test func checkReportsBrokenFilesWithLine() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: "One has 5 cats.\nTwo has 6 dogs.",
            sentences: ["One has 5 cats.", "Two has 6 dogs."])
        let file = try tmp.workspace.claimFile("doc", id: doc.claims[1].id)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : \"one\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTool.run(["check", "doc"], in: tmp.root)
        #expect(result.status == 1)
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"revision\"") }!
            + 1
        #expect(
            result.stdout.contains("claims/doc/\(doc.claims[1].id).json:\(line): 'revision': expected a number"),
            "\(result.stdout)")
        let list = try CommandLineTool.run(["list", "doc"], in: tmp.root)
        #expect(list.status == 0)
        #expect(list.stderr.contains("warning:"))
        #expect(list.stdout.contains(doc.claims[0].id))
    }
}

@Suite struct ClaimTableTests {
    @Test func rendersKindsFactsAndColourOnlyWhenAsked() {
        let fact = Fact(
            kind: .casualty, text: "more than 40 people", span: Span(start: 0, end: 19), value: 40,
            qualifier: .moreThan, noun: "people")
        let claim = Claim(
            id: "abc123", document: "d", ordinal: 7, text: "killing more than 40 people", span: Span(start: 0, end: 27),
            kinds: [.casualty, .date], checkworthiness: 0.9, facts: [fact])
        let plain = ClaimTable().render([claim])
        #expect(plain.contains("abc123"))
        #expect(plain.contains("cas,date"))
        #expect(plain.contains("more than 40 people"))
        #expect(!plain.contains("\u{1B}"))
        #expect(ClaimTable(style: TextStyle(colored: true)).render([claim]).contains("\u{1B}["))
    }
}
