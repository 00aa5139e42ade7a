import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Testing

@testable import Workbench

/// Whole review sessions driven by command scripts against a temporary workspace.
@Suite struct ReviewSessionTests {
    let article = ReviewFixture.article
    let sentences = ReviewFixture.sentences

    func session(_ tmp: TemporaryWorkspace, reviewer: String = "ann", desk: EvidenceDesk? = nil) throws -> ReviewSession
    {
        try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        return try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: reviewer, evidenceDesk: desk)
    }

    /// Runs each line, returning the replies.
    func run(_ s: ReviewSession, _ lines: [String]) -> [ReviewReply] { lines.map { s.handle($0) } }

    @Test func navigationAndPrompt() throws {
        let tmp = TemporaryWorkspace()
        let s = try session(tmp)
        #expect(s.prompt == "[1/3 · 3 unreviewed] doc › ")
        let replies = run(
            s, ["", "n", "next", "prev", "p", "p", "goto 3", "goto 9", "goto zzz", "goto \(s.current!.id.prefix(4))"])
        #expect(replies[0].text.contains("claim 2 of 3"))
        #expect(replies[2].text.contains("last claim"), "next at the end does not wrap silently")
        #expect(replies[5].text.contains("first claim"))
        #expect(replies[6].text.contains("claim 3 of 3"))
        #expect(replies[7].failed && replies[7].text.contains("numbered 1–3"))
        #expect(replies[8].failed && replies[8].text.contains("no claim with id"))
        #expect(!replies[9].failed)
    }

    @Test func verdictsNotesUndoAreSavedImmediately() throws {
        let tmp = TemporaryWorkspace()
        let s = try session(tmp)
        let id = s.current!.id
        let replies = run(
            s, ["verdict mostly true the count matches the police log", "note checked against police log", "verdict f"])
        #expect(replies.allSatisfy { !$0.failed }, "\(replies)")
        #expect(
            replies[2].text.contains("note cleared (it was: checked against police log)"),
            "a verdict without a note says it cleared the old one")
        var claim = try tmp.store.loadClaim("doc", id: id)
        #expect(claim.verdict.label == .false)
        #expect(claim.verdict.note == "", "a new verdict never silently keeps the previous note")
        #expect(claim.verdict.reviewer == "ann")
        #expect(claim.history.map(\.action) == [.extracted, .verdict, .note, .verdict])
        #expect(s.prompt.contains("2 unreviewed"))
        let undo = s.handle("undo")
        #expect(!undo.failed)
        claim = try tmp.store.loadClaim("doc", id: id)
        #expect(claim.verdict.label == .mostlyTrue, "undo restores the verdict before the last change")
        #expect(claim.verdict.note == "checked against police log", "and its note")
        #expect(claim.history.last?.action == .undo)
        #expect(claim.revision == 5)
        _ = run(s, ["undo", "undo"])
        #expect(try tmp.store.loadClaim("doc", id: id).verdict.label == .unreviewed)
        #expect(s.handle("undo").failed, "nothing left to undo")
    }

    @Test func badInputGetsAOneLineExplanationWithTheClosestCommand() throws {
        let tmp = TemporaryWorkspace()
        let s = try session(tmp)
        let cases: [(String, String)] = [
            ("verdikt true", "did you mean 'verdict'"), ("verdict probably", "unknown verdict"),
            ("verdict mostly-tru", "did you mean 'mostly-true'"),
            ("kinds quantty", "did you mean 'quantity'"), ("evidence javascript:alert(1)", "only http:// and https://"),
            ("evidence file:///etc/passwd", "'file:' is refused"), ("evidence example.org/page", "has no scheme"),
            ("evidence remove 3", "no evidence"), ("list --kind rumour", "unknown kind"), ("goto -1", "numbered 1–3"),
            ("add \"words that are not there\"", "does not occur"), ("help nope", "no command"),
        ]
        for (line, expected) in cases {
            let reply = s.handle(line)
            #expect(reply.failed, "\(line)")
            #expect(reply.text.contains(expected), "\(line): \(reply.text)")
            #expect(!reply.text.contains("\n"), "\(line): one line")
        }
        #expect(try tmp.store.load("doc").claims.allSatisfy { $0.revision == 1 }, "nothing was written")
    }

    @Test func listShowStatusHelp() throws {
        let tmp = TemporaryWorkspace()
        let s = try session(tmp)
        _ = s.handle("verdict true")
        #expect(s.handle("list").text.split(separator: "\n").count == 3)
        #expect(s.handle("list --verdict true").text.split(separator: "\n").count == 1)
        #expect(s.handle("list --kind quantity").text.split(separator: "\n").count == 3)
        #expect(s.handle("list --kind quote").text == "no claims match", "the fixture's claims are all quantities")
        let show = s.handle("goto 2").text + s.handle("show").text
        #expect(show.contains("… Police said 12 people"), "the sentence before")
        #expect(show.contains("… “We will rebuild,”"), "the sentence after")
        #expect(show.contains("History"))
        #expect(s.handle("status").text.contains("true"))
        let help = s.handle("help").text
        for command in ReviewCommand.all {
            #expect(help.contains(command.usage), "help shows the whole usage of \(command.name)")
        }
        #expect(s.handle("help v").text.contains("verdict LABEL"))
        #expect(s.handle("report").text.contains("reports/doc.html"))
        let html = try String(
            contentsOf: tmp.workspace.reportsFolder.appendingPathComponent("doc.html"), encoding: .utf8)
        #expect(html.contains("id=\"claim-"), "the real report, with claim cards, is written")
        #expect(s.handle("quit").quit)
        #expect(s.completions(forWord: "ve", lineSoFar: "ve") == ["verdict"])
        #expect(s.completions(forWord: "mo", lineSoFar: "verdict mo") == ["mostly-true", "mostly-false"])
        #expect(s.completions(forWord: "re", lineSoFar: "evidence https://x.org re") == ["refutes"])
    }

    @Test func longListsShowAWindowAroundTheCurrentClaim() throws {
        let tmp = TemporaryWorkspace()
        let sentences = (1...120).map { "Officials said \($0) people were hurt." }
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "long", article: sentences.joined(separator: "\n"), sentences: sentences)
        let s = try ReviewSession(workspace: tmp.workspace, document: "long", reviewer: "ann")
        _ = s.handle("goto 100")
        let lines = s.handle("list").text.split(separator: "\n")
        #expect(lines.count == ReviewSession.listWindow + 1)
        #expect(lines.last?.contains("showing 50 of 120 matching claims") == true)
        #expect(lines.contains { $0.hasPrefix("> 100 ") }, "the current claim is inside the window")
        #expect(lines.first?.hasPrefix("  71 ") == true, "the window ends at the last claim: 71…120")
        #expect(s.handle("list --all").text.split(separator: "\n").count == 120)
        #expect(s.handle("list --verdict true").text == "no claims match")
        #expect(s.completions(forWord: "--a", lineSoFar: "list --a") == ["--all"])
    }

    @Test func manualClaimsDropAndKinds() throws {
        let tmp = TemporaryWorkspace()
        let s = try session(tmp)
        let add = s.handle("add \"the road cost $2 million\"")
        #expect(!add.failed, "\(add.text)")
        let manual = try #require(try tmp.store.load("doc").claims.first { $0.manual == true })
        #expect(manual.id.hasPrefix("m"))
        #expect(manual.facts.contains { $0.value == 2_000_000 }, "facts are extracted from the phrase")
        let bytes = Array(article.utf8)
        #expect(
            String(decoding: bytes[manual.span.start..<manual.span.end], as: UTF8.self) == "the road cost $2 million")
        #expect(s.handle("add \"the road cost $2 million\"").failed, "the same phrase twice")
        _ = run(s, ["goto 1", "kinds casualty date attribution", "drop"])
        let first = try tmp.store.loadClaim("doc", id: s.current!.id)
        #expect(first.kinds == [.casualty, .date, .attribution])
        #expect(first.verdict.label == .notAClaim)
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.isEmpty)
    }

    @Test func twoReviewersNothingLost() throws {
        let tmp = TemporaryWorkspace()
        let ann = try session(tmp, reviewer: "ann")
        let bob = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "bob")
        #expect(!bob.handle("verdict false bob checked").failed)
        let stale = ann.handle("verdict true ann checked")
        #expect(stale.failed)
        #expect(stale.text.contains("bob"), "the refusal names who changed it: \(stale.text)")
        #expect(try tmp.store.loadClaim("doc", id: ann.current!.id).verdict.note == "bob checked")
        // The claim was reloaded: repeating the change now succeeds, on top of bob's.
        #expect(!ann.handle("verdict true ann checked").failed)
        let claim = try tmp.store.loadClaim("doc", id: ann.current!.id)
        #expect(claim.verdict.label == .true)
        #expect(claim.history.map(\.by) == ["tester", "bob", "ann"])
    }

    @Test func evidenceFromALoopbackServer() throws {
        let server = try LoopbackServer { request in
            switch request.path {
            case "/report":
                return .html(
                    "<html><head><title>Police log</title></head><body><article><p>Twelve people were injured on Friday, police said.</p></article></body></html>"
                )
            default: return .status(404)
            }
        }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let s = try session(tmp, desk: EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 5)))
        let added = s.handle("evidence \(server.url("/report")) supports police log")
        #expect(!added.failed, "\(added.text)")
        var claim = try tmp.store.loadClaim("doc", id: s.current!.id)
        #expect(claim.evidence.count == 1)
        #expect(claim.evidence[0].stance == .supports)
        #expect(claim.evidence[0].note == "police log")
        #expect(claim.evidence[0].snapshot != nil)
        #expect(s.handle("show").text.contains("#1 supports"))
        let dead = s.handle("evidence \(server.url("/gone"))")
        #expect(dead.failed, "a 404 is reported")
        #expect(try tmp.store.loadClaim("doc", id: s.current!.id).evidence.count == 2, "the link is kept even so")
        #expect(!s.handle("evidence remove 2").failed)
        #expect(!s.handle("fetch").failed)
        claim = try tmp.store.loadClaim("doc", id: s.current!.id)
        #expect(claim.evidence.map(\.url) == [server.url("/report")])
    }

    @Test func brokenFilesAreSkippedWithAWarning() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        try "{ broken".write(
            to: tmp.workspace.claimFile("doc", id: doc.claims[1].id), atomically: true, encoding: .utf8)
        let s = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "ann")
        #expect(s.warnings.count == 1)
        #expect(s.warnings[0].contains(doc.claims[1].id))
        #expect(s.prompt.contains("/3 "), "the broken file keeps its number: \(s.prompt)")
        #expect(s.handle("list").text.contains("  3   \(doc.claims[2].id)"), "the third claim is still number 3")
        let broken = s.handle("goto 2")
        #expect(broken.failed && broken.text.contains("claim 2 did not load"), "\(broken.text)")
        #expect(s.handle("goto 3").text.contains("claim 3 of 3"))
    }
}
