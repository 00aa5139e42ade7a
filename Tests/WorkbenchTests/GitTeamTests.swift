import ClaimCore
import ClaimTestSupport
import Foundation
import Testing
import Workbench

/// Two reviewers on one workspace through real git: a bare repository, two clones, each `claimcheck init`;
/// verdicts merged by the `claimcheck merge-file` driver, with merge and with rebase.
@Suite(.serialized) struct GitTeamTests {
    /// A bare "origin" and clones of it, in one temporary folder.
    final class Team {
        let tmp = TemporaryWorkspace()
        var origin: URL { tmp.root.appendingPathComponent("origin.git") }

        init() throws {
            try git(["init", "--quiet", "--bare", "--initial-branch=main", origin.path], in: tmp.root)
        }

        /// A clone named `name` with its own git identity, initialised as a workspace.
        func clone(_ name: String) throws -> URL {
            let dir = tmp.root.appendingPathComponent(name)
            try git(["clone", "--quiet", origin.path, dir.path], in: tmp.root)
            for (key, value) in [
                ("user.name", name), ("user.email", "\(name)@news.example"), ("commit.gpgsign", "false"),
                ("init.defaultBranch", "main"),
            ] {
                try git(["config", key, value], in: dir)
            }
            try git(["checkout", "--quiet", "-B", "main"], in: dir)
            let initResult = try CommandLineTool.run(["init"], in: dir)
            #expect(initResult.status == 0, "\(initResult.stderr)")
            return dir
        }

        /// Runs git and requires success (unless `allowFailure`); returns what it printed.
        @discardableResult
        func git(_ arguments: [String], in dir: URL, allowFailure: Bool = false) throws -> Git.Output {
            let output = Git.run(arguments, in: dir)
            if !allowFailure && output.status != 0 {
                Issue.record("git \(arguments.joined(separator: " ")) failed: \(output.error) \(output.text)")
            }
            return output
        }

        func commitAll(_ dir: URL, _ message: String) throws {
            try git(["add", "-A"], in: dir)
            try git(["commit", "--quiet", "-m", message], in: dir)
        }
    }

    static func review(_ dir: URL, as reviewer: String, _ commands: [String]) throws {
        let result = try CommandLineTool.run(
            ["review", "benghazi", "--reviewer", reviewer] + commands.flatMap { ["-c", $0] }, in: dir)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    static func claims(_ dir: URL) throws -> [Claim] {
        let loaded = try ClaimStore(workspace: Workspace(root: dir)).load("benghazi")
        #expect(loaded.problems.isEmpty)
        return loaded.claims
    }

    /// Adds a piece of evidence without fetching (the store write the evidence desk makes, minus the network).
    static func addEvidence(_ dir: URL, claim id: String, url: String, by reviewer: String) throws {
        try ClaimStore(workspace: Workspace(root: dir)).update("benghazi", id: id) { claim in
            claim.evidence.append(
                Evidence(url: url, stance: .supports, addedBy: reviewer, addedAt: Timestamp.now()))
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: .evidenceAdd, to: url)
        }
    }

    /// Both clones set up: A extracted and pushed, B pulled. Returns the two clones and the claims' ids.
    static func startedTeam() throws -> (Team, URL, URL, [String]) {
        let team = try Team()
        let a = try team.clone("ana")
        let sample = CommandLineTool.packageRoot.appendingPathComponent("samples/benghazi.txt").path
        let extract = try CommandLineTool.run(["extract", sample, "--published", "2016-02-24"], in: a)
        #expect(extract.status == 0, "\(extract.stderr)")
        try team.commitAll(a, "extract")
        try team.git(["push", "--quiet", "origin", "main"], in: a)
        let b = try team.clone("bo")
        let ids = try claims(b).map(\.id)
        #expect(ids.count >= 5)
        return (team, a, b, ids)
    }

    @Test func twoReviewersMergeWithoutConflictAndTheDisputeShowsBothVerdicts() throws {
        let (team, a, b, ids) = try Self.startedTeam()
        #expect(FileManager.default.fileExists(atPath: b.appendingPathComponent(".gitattributes").path))
        try Self.review(a, as: "ana", ["goto 1", "verdict true agency figures", "goto 2", "verdict false"])
        try Self.addEvidence(a, claim: ids[0], url: "https://a.example/report", by: "ana")
        try team.commitAll(a, "ana's review")
        try team.git(["push", "--quiet", "origin", "main"], in: a)
        try Self.review(b, as: "bo", ["goto 1", "verdict false hospital says fewer", "goto 3", "verdict mostly-true"])
        try Self.addEvidence(b, claim: ids[0], url: "https://b.example/hospital", by: "bo")
        try team.commitAll(b, "bo's review")
        let before = try Self.claims(b)
        let theirs = try Self.claims(a)

        let pull = try team.git(["pull", "--no-rebase", "--no-edit", "origin", "main"], in: b)
        #expect(pull.status == 0)
        #expect(try team.git(["status", "--porcelain"], in: b).text == "")
        let merged = try Self.claims(b)
        let first = try #require(merged.first { $0.id == ids[0] })
        #expect(first.verdict.label == .unreviewed)
        #expect(
            first.dispute?.map { "\($0.reviewer) \($0.label.rawValue) \($0.note)" } == [
                "bo false hospital says fewer", "ana true agency figures",
            ])
        #expect(merged.first { $0.id == ids[1] }?.verdict.label == .false)
        #expect(merged.first { $0.id == ids[2] }?.verdict.label == .mostlyTrue)
        // No history entry or evidence item of either side is missing from any claim.
        for claim in merged {
            let mine = try #require(before.first { $0.id == claim.id })
            let other = try #require(theirs.first { $0.id == claim.id })
            for entry in mine.history + other.history { #expect(claim.history.contains(entry)) }
            for item in mine.evidence + other.evidence { #expect(claim.evidence.contains { $0.url == item.url }) }
            #expect(claim.revision >= max(mine.revision, other.revision))
        }
        let check = try CommandLineTool.run(["check"], in: b)
        #expect(check.status == 0 && !check.stdout.contains("warning"), "\(check.stdout)")
        let list = try CommandLineTool.run(["list", "benghazi", "--disputed"], in: b)
        #expect(list.stdout.contains(ids[0]) && list.stdout.contains("ana: true") && list.stdout.contains("bo: false"))
        #expect(!list.stdout.contains(ids[1]))
        let status = try CommandLineTool.run(["review", "benghazi", "-c", "status"], in: b)
        #expect(status.stdout.contains("1 disputed claim"))
        let report = try CommandLineTool.run(["report", "benghazi"], in: b)
        #expect(report.status == 0)
        let html = try String(contentsOf: b.appendingPathComponent("reports/benghazi.html"), encoding: .utf8)
        #expect(html.contains("disputed: bo says False, ana says True"))

        // Both verdicts count for agreement: one claim both rated, rated differently.
        let agreement = try CommandLineTool.run(["agreement", "benghazi", "--reviewers", "ana,bo"], in: b)
        #expect(agreement.status == 0, "\(agreement.stderr)")
        #expect(agreement.stdout.contains("ana vs bo, 1 claim rated by both"))
        #expect(agreement.stdout.contains("#1 \(ids[0])  ana: true, bo: false"))
        let json = try CommandLineTool.run(["agreement", "benghazi", "--json"], in: b)
        let figures = try JSONDecoder().decode(AgreementReport.self, from: Data(json.stdout.utf8))
        #expect(figures.claims == 1 && figures.observedAgreement == 0 && figures.disagreements.count == 1)
        let lonely = try CommandLineTool.run(["agreement", "benghazi", "--reviewers", "ana"], in: b)
        #expect(lonely.status == 1 && lonely.stderr.contains("--reviewers"))

        // A reviewer's verdict settles the dispute, and history says so; undoing it brings the dispute back.
        try Self.review(b, as: "ed", ["next disputed", "verdict mostly-false", "undo"])
        let reopened = try #require(try Self.claims(b).first { $0.id == ids[0] })
        #expect(reopened.dispute?.map(\.reviewer) == ["bo", "ana"] && reopened.verdict.label == .unreviewed)
        #expect(reopened.history.last?.action == .undo)
        try Self.review(b, as: "ed", ["next disputed", "verdict mostly-false"])
        let settled = try #require(try Self.claims(b).first { $0.id == ids[0] })
        #expect(settled.dispute == nil && settled.verdict.label == .mostlyFalse)
        #expect(settled.history.last?.action == .resolve)
        #expect(settled.history.last?.from == "bo: false; ana: true")
    }

    @Test func aRebaseMergesClaimsThroughTheDriverToo() throws {
        let (team, a, b, ids) = try Self.startedTeam()
        try Self.review(a, as: "ana", ["goto 1", "verdict true", "goto 2", "verdict mixed"])
        try team.commitAll(a, "ana's review")
        try team.git(["push", "--quiet", "origin", "main"], in: a)
        try Self.review(b, as: "bo", ["goto 1", "verdict false", "goto 2", "note seen the footage"])
        try team.commitAll(b, "bo's review")
        let pull = try team.git(["pull", "--rebase", "origin", "main"], in: b)
        #expect(pull.status == 0)
        let merged = try Self.claims(b)
        let first = try #require(merged.first { $0.id == ids[0] })
        #expect(Set(first.dispute?.map(\.reviewer) ?? []) == ["ana", "bo"])
        let second = try #require(merged.first { $0.id == ids[1] })
        #expect(second.verdict.label == .mixed && second.verdict.note == "seen the footage")
        #expect(try team.git(["log", "--format=%s"], in: b).text.split(separator: "\n").first == "bo's review")
        #expect(try CommandLineTool.run(["check"], in: b).status == 0)
    }

    @Test func aCorruptedSideLeavesAGitConflictAndOverwritesNothing() throws {
        let (team, a, b, ids) = try Self.startedTeam()
        let path = "claims/benghazi/\(ids[0]).json"
        try Data("{ \"id\": broken".utf8).write(to: a.appendingPathComponent(path))
        try team.commitAll(a, "a broken file")
        try team.git(["push", "--quiet", "origin", "main"], in: a)
        try Self.review(b, as: "bo", ["goto 1", "verdict false"])
        try team.commitAll(b, "bo's review")
        let mine = try Data(contentsOf: b.appendingPathComponent(path))
        let pull = try team.git(["pull", "--no-rebase", "--no-edit", "origin", "main"], in: b, allowFailure: true)
        #expect(pull.status != 0)
        #expect((pull.text + pull.error).contains("\(path) (theirs)"))
        #expect(try team.git(["diff", "--name-only", "--diff-filter=U"], in: b).text == path)
        #expect(try Data(contentsOf: b.appendingPathComponent(path)) == mine)
    }

    @Test func bothDriverCommandsWriteOursOrLeaveItUntouched() throws {
        let (team, a, _, ids) = try Self.startedTeam()
        defer { withExtendedLifetime(team) {} }
        let file = a.appendingPathComponent("claims/benghazi/\(ids[0]).json")
        let base = try Data(contentsOf: file)
        try Self.review(a, as: "ana", ["goto 1", "verdict true"])
        let ours = try Data(contentsOf: file)
        try Data(base).write(to: file)
        try Self.review(a, as: "bo", ["goto 1", "verdict false"])
        let theirs = try Data(contentsOf: file)
        let dir = a.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, data) in [("base", base), ("ours", ours), ("theirs", theirs), ("broken", Data("{".utf8))] {
            try data.write(to: dir.appendingPathComponent(name))
        }
        let small = CommandLineTool.product("claimcheck-merge-file")
        for (arguments, executable) in [
            (["merge-file", "base", "ours", "theirs", "claims/benghazi/x.json"], CommandLineTool.executable),
            (["base", "ours", "theirs", "claims/benghazi/x.json"], small),
        ] {
            try ours.write(to: dir.appendingPathComponent("ours"))
            let merged = try CommandLineTool.run(arguments, in: dir, executable: executable)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stderr.contains("claims/benghazi/x.json: verdict disputed (ana: true, bo: false)"))
            let claim = try ClaimCoding.decode(
                Claim.self, from: try Data(contentsOf: dir.appendingPathComponent("ours")), path: "ours")
            #expect(claim.dispute?.map(\.reviewer) == ["ana", "bo"])
            try ours.write(to: dir.appendingPathComponent("ours"))
            var broken = arguments
            broken[broken.firstIndex(of: "theirs")!] = "broken"
            let refused = try CommandLineTool.run(broken, in: dir, executable: executable)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("claims/benghazi/x.json (theirs)"))
            #expect(refused.stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: dir.appendingPathComponent("ours")) == ours)
        }
    }

    @Test func initIsIdempotentAndCheckWarnsWithoutTheDriver() throws {
        let tmp = TemporaryWorkspace()
        let plain = try CommandLineTool.run(["init"], in: tmp.root)
        #expect(plain.status == 0 && plain.stdout.contains("not in a git repository"))
        #expect(FileManager.default.fileExists(atPath: tmp.root.appendingPathComponent("claims").path))
        let first = try CommandLineTool.run(["init", "--git"], in: tmp.root)
        #expect(first.status == 0 && first.stdout.contains("registered the merge driver"), "\(first.stderr)")
        let attributes = try String(contentsOf: tmp.root.appendingPathComponent(".gitattributes"), encoding: .utf8)
        let second = try CommandLineTool.run(["init"], in: tmp.root)
        #expect(second.stdout.contains("kept .gitattributes") && second.stdout.contains("kept the merge driver"))
        #expect(
            try String(contentsOf: tmp.root.appendingPathComponent(".gitattributes"), encoding: .utf8) == attributes)
        let driver = Git.config(InitJob.driverKey, in: tmp.root) ?? ""
        #expect(driver.hasSuffix("claimcheck-merge-file %O %A %B %P") && driver.hasPrefix("/"))
        #expect(try CommandLineTool.run(["check"], in: tmp.root).stdout.contains("warning") == false)
        _ = Git.run(["config", "--unset", InitJob.driverKey], in: tmp.root)
        let check = try CommandLineTool.run(["check"], in: tmp.root)
        #expect(check.stdout.contains("warning: this workspace is in git but no claimcheck merge driver is registered"))
    }
}
