import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// The publish gate (issue 16 point 3): `claimcheck lint`'s every rule alone, what acknowledges what, and the
/// workspace settings (`claimcheck config`) that `report` takes as defaults.
@Suite struct PublishGateTests {
    let time = SampleDocuments.fixedTime
    let sentence = "Officials said 12 people died on Friday."

    /// Evidence fetched successfully, its passage matching the claim.
    func fetched(_ url: String = "https://example.org/a", note: String = "", matches: [EvidenceMatch]? = nil)
        -> Evidence
    {
        Evidence(
            url: url, stance: .supports, note: note, addedBy: "Ana", addedAt: time,
            snapshot: String(repeating: "ab", count: 32), status: 200, fetchedAt: time,
            matches: matches ?? [EvidenceMatch(passage: "Officials said 12 people died.", score: 0.8, numbers: ["12"])])
    }

    /// A workspace with both settings and one document of one claim that passes every rule; `change` then breaks
    /// (at most) one. Returns the workspace and the claim's id.
    func ready(
        facts: [Fact] = [], kinds: [ClaimKind]? = nil, settings: WorkspaceConfig? = nil,
        _ change: (inout Claim) -> Void = { _ in }
    ) throws -> (TemporaryWorkspace, String) {
        let tmp = TemporaryWorkspace()
        try WorkspaceConfig.update(in: tmp.workspace) {
            $0 = settings ?? WorkspaceConfig(organization: "Desk", baseURL: "https://desk.example.org/reports/")
        }
        let id = try SampleDocuments.document(tmp, slug: "doc", sentences: [(sentence, facts)])[0].id
        try tmp.store.update("doc", id: id) { claim in
            claim.verdict = Verdict(label: .true, note: "Police figures.", reviewer: "Ana", at: time)
            claim.evidence = [fetched()]
            if let kinds { claim.kinds = kinds }
            change(&claim)
            return HistoryEntry(at: time, by: "Ana", action: .verdict, to: claim.verdict.label.rawValue)
        }
        return (tmp, id)
    }

    func rules(_ tmp: TemporaryWorkspace) throws -> [PublishLint.Rule] {
        try LintJob(workspace: tmp.workspace).findings(document: "doc").map(\.rule)
    }

    @Test func aDocumentThatPassesEveryRuleIsReady() throws {
        let (tmp, _) = try ready()
        let outcome = try LintJob(workspace: tmp.workspace).run(document: "doc")
        #expect(outcome.ok && outcome.text == "doc: ready to publish", "\(outcome.text)")
    }

    @Test func anUnreviewedClaim() throws {
        let (tmp, id) = try ready { $0.verdict = .unreviewed }
        let outcome = try LintJob(workspace: tmp.workspace).run(document: "doc")
        #expect(outcome.findings.map(\.rule) == [.unreviewed])
        #expect(outcome.text.hasPrefix("doc: claim 1 (\(id)): unreviewed\n"), "\(outcome.text)")
        #expect(outcome.text.hasSuffix("doc: 1 reason not to publish yet"))
    }

    @Test func aRatedVerdictWithoutFetchedEvidence() throws {
        let (tmp, _) = try ready { $0.evidence = [] }
        #expect(try rules(tmp) == [.ratedWithoutFetchedEvidence])
        let (notRated, _) = try ready { claim in
            claim.evidence = []
            claim.verdict.label = .unverifiable
        }
        #expect(try rules(notRated).isEmpty, "only verdicts with a rating need fetched evidence")
    }

    @Test func aDeadLinkWithoutANote() throws {
        let dead = Evidence(
            url: "https://gone.example.org/", stance: .context, addedBy: "Ana", addedAt: time, fetchedAt: time,
            fetchError: "404 Not Found")
        let (tmp, id) = try ready { $0.evidence.append(dead) }
        let findings = try LintJob(workspace: tmp.workspace).findings(document: "doc")
        #expect(findings.map(\.rule) == [.deadLinkWithoutNote])
        #expect(
            findings.first?.line
                == "doc: claim 1 (\(id)): evidence #2 https://gone.example.org/ is dead (404 Not Found) and has no note"
        )
        var noted = dead
        noted.note = "Page removed; archived copy cited instead."
        let (acknowledged, _) = try ready { $0.evidence.append(noted) }
        #expect(try rules(acknowledged).isEmpty)
    }

    @Test func aPendingRecheck() throws {
        let (tmp, _) = try ready { $0.recheck = Recheck(reason: "the toll changed from 12 to 14", since: time) }
        let findings = try LintJob(workspace: tmp.workspace).findings(document: "doc")
        #expect(findings.map(\.rule) == [.pendingRecheck])
        #expect(findings.first?.message == "needs a re-check: the toll changed from 12 to 14 (since \(time))")
    }

    @Test func aNumberDiscrepancyOnATrueClaimUnlessANoteNamesTheSourcesFigure() throws {
        let differing = [
            EvidenceMatch(
                passage: "Officials said 21 people died.", score: 0.7, numbers: [],
                discrepancies: [
                    NumberDiscrepancy(claimed: "12", found: "21", noun: "people", context: "21 people died")
                ])
        ]
        let (tmp, _) = try ready { $0.evidence = [fetched(matches: differing)] }
        let findings = try LintJob(workspace: tmp.workspace).findings(document: "doc")
        #expect(findings.map(\.rule) == [.unacknowledgedDiscrepancy])
        #expect(findings.first?.message.contains("gives 21 people where the claim says 12") == true)
        let (verdictNote, _) = try ready { claim in
            claim.evidence = [fetched(matches: differing)]
            claim.verdict.note = "The agency's 21 includes the injured who died later."
        }
        #expect(try rules(verdictNote).isEmpty)
        let (evidenceNote, _) = try ready {
            $0.evidence = [fetched(note: "Their 21 is a later count.", matches: differing)]
        }
        #expect(try rules(evidenceNote).isEmpty)
        let (notAWholeNumber, _) = try ready { claim in
            claim.evidence = [fetched(matches: differing)]
            claim.verdict.note = "Checked against the 2021 report."
        }
        #expect(try rules(notAWholeNumber) == [.unacknowledgedDiscrepancy], "21 inside 2021 does not count")
        let (mixed, _) = try ready { claim in
            claim.evidence = [fetched(matches: differing)]
            claim.verdict.label = .mixed
        }
        #expect(try rules(mixed).isEmpty, "only true and mostly-true claims must acknowledge a discrepancy")
    }

    @Test func aMissingQuoteOnATrueClaimUnlessANoteSpeaksOfTheWording() throws {
        let unquoted = [
            EvidenceMatch(passage: "Officials spoke of 12 dead.", score: 0.5, numbers: ["12"], quoteFound: false)
        ]
        let (tmp, _) = try ready(kinds: [.quote]) { $0.evidence = [fetched(matches: unquoted)] }
        #expect(try rules(tmp) == [.unacknowledgedMissingQuote])
        let (acknowledged, _) = try ready(kinds: [.quote]) { claim in
            claim.evidence = [fetched(matches: unquoted)]
            claim.verdict.note = "The statement is paraphrased in every source."
        }
        #expect(try rules(acknowledged).isEmpty)
    }

    @Test func anUnacknowledgedConsistencyNote() throws {
        // "Friday" read as 2016-02-24, a Wednesday: the consistency checker notes it.
        let friday = Fact(kind: .date, text: "Friday", span: Span(start: 0, end: 0), resolved: "2016-02-24")
        let (tmp, id) = try ready(facts: [friday])
        let findings = try LintJob(workspace: tmp.workspace).findings(document: "doc")
        #expect(findings.map(\.rule) == [.unacknowledgedConsistencyNote])
        #expect(findings.first?.claim == id)
        #expect(findings.first?.message.contains("which was a Wednesday, not a Friday") == true)
        let (acknowledged, _) = try ready(facts: [friday]) {
            $0.verdict.note = "The article's Friday should read Wednesday; the count is right."
        }
        #expect(try rules(acknowledged).isEmpty)
    }

    @Test func noBaseURLOrNoOrganisationConfigured() throws {
        let (noBase, _) = try ready(settings: WorkspaceConfig(organization: "Desk"))
        let findings = try LintJob(workspace: noBase.workspace).findings(document: "doc")
        #expect(findings.map(\.rule) == [.noBaseURL])
        #expect(findings.first?.line.hasPrefix("doc: no base URL configured") == true)
        let (noOrganization, _) = try ready(settings: WorkspaceConfig(baseURL: "https://desk.example.org/"))
        #expect(try rules(noOrganization) == [.noOrganization])
    }

    @Test func anUnreadableClaimFile() throws {
        let (tmp, _) = try ready()
        try Data("{ not json".utf8).write(to: tmp.root.appendingPathComponent("claims/doc/abc123.json"))
        #expect(try rules(tmp) == [.unreadableClaim])
    }

    @Test func lintOnTheCommandLineExitsOneAndPrintsJSON() throws {
        let (tmp, id) = try ready { $0.verdict = .unreviewed }
        let text = try CommandLineTool.run(["lint", "doc"], in: tmp.root)
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("doc: claim 1 (\(id)): unreviewed\n"), "\(text.stdout)")
        let json = try CommandLineTool.run(["lint", "--all", "--json"], in: tmp.root)
        #expect(json.status == 1)
        let decoded = try JSONDecoder().decode([PublishLint.Finding].self, from: Data(json.stdout.utf8))
        #expect(decoded.map(\.rule) == [.unreviewed] && decoded.first?.number == 1 && decoded.first?.claim == id)
        let neither = try CommandLineTool.run(["lint"], in: tmp.root)
        #expect(neither.status != 0 && neither.stderr.contains("either a document or --all"))
        try tmp.store.update("doc", id: id) { claim in
            claim.verdict = Verdict(label: .true, note: "Police figures.", reviewer: "Ana", at: time)
            return HistoryEntry(at: time, by: "Ana", action: .verdict, to: "true")
        }
        let clean = try CommandLineTool.run(["lint", "doc"], in: tmp.root)
        #expect(clean.status == 0 && clean.stdout == "doc: ready to publish\n", "\(clean.stdout)")
    }

    // MARK: Settings

    @Test func settingsRoundTripThroughTheCommandLine() throws {
        let tmp = TemporaryWorkspace()
        let set = try CommandLineTool.run(["config", "set", "base-url", "https://desk.example.org/r/"], in: tmp.root)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try CommandLineTool.run(["config", "set", "organization", "Fact Desk"], in: tmp.root).status == 0)
        let get = try CommandLineTool.run(["config", "get", "base-url"], in: tmp.root)
        #expect(get.status == 0 && get.stdout == "https://desk.example.org/r/\n")
        let list = try CommandLineTool.run(["config", "list"], in: tmp.root)
        #expect(list.stdout.contains("organization = Fact Desk\n"))
        #expect(list.stdout.contains("logo (unset): "))
        #expect(
            try WorkspaceConfig.load(from: tmp.workspace)
                == WorkspaceConfig(organization: "Fact Desk", baseURL: "https://desk.example.org/r/"))
        #expect(try CommandLineTool.run(["config", "unset", "organization"], in: tmp.root).status == 0)
        let unset = try CommandLineTool.run(["config", "get", "organization"], in: tmp.root)
        #expect(unset.status == 1 && unset.stderr == "claimcheck: organization is not set\n")
        let badLink = try CommandLineTool.run(["config", "set", "logo", "javascript:alert(1)"], in: tmp.root)
        #expect(badLink.status == 1 && badLink.stderr.contains("http:// or https://"))
        let badKey = try CommandLineTool.run(["config", "set", "colour", "red"], in: tmp.root)
        #expect(badKey.status == 1 && badKey.stderr.contains("colour: no such setting"), "\(badKey.stderr)")
    }

    @Test func aBrokenSettingsFileIsOneLineWithFileAndPosition() throws {
        let tmp = TemporaryWorkspace()
        let file = WorkspaceConfig.file(in: tmp.workspace)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\n  \"baseURL\": \"https://a.example/\",\n  \"organization\": \n}\n".utf8).write(to: file)
        let result = try CommandLineTool.run(["config", "list"], in: tmp.root)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix("claimcheck: .claimcheck/config.json:4: invalid JSON at column 1"),
            "\(result.stderr)")
        try Data("{\n  \"baseUrl\": \"https://a.example/\"\n}\n".utf8).write(to: file)
        #expect(throws: ClaimCheckError.self) { try WorkspaceConfig.load(from: tmp.workspace) }
        let unknown = try CommandLineTool.run(["report", "--all"], in: tmp.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains(".claimcheck/config.json:2: unknown setting 'baseUrl'"), "\(unknown.stderr)")
    }

    @Test func reportTakesTheSettingsAsDefaultsAndTheFlagsOverrideThem() throws {
        let (tmp, _) = try ready()
        let report = try CommandLineTool.run(["report", "doc"], in: tmp.root)
        #expect(report.status == 0 && report.stderr.isEmpty, "no relative-URL warning: \(report.stderr)")
        let html = try String(contentsOf: tmp.root.appendingPathComponent("reports/doc.html"), encoding: .utf8)
        #expect(html.contains("https://desk.example.org/reports/doc.html#claim-"))
        #expect(html.contains("\"name\":\"Desk\""))
        let flags = try CommandLineTool.run(
            ["report", "doc", "--base-url", "https://other.example.org/", "--organization", "Other"], in: tmp.root)
        #expect(flags.status == 0)
        let overridden = try String(contentsOf: tmp.root.appendingPathComponent("reports/doc.html"), encoding: .utf8)
        #expect(overridden.contains("https://other.example.org/doc.html#claim-"))
        #expect(overridden.contains("\"name\":\"Other\"") && !overridden.contains("\"name\":\"Desk\""))
    }
}
