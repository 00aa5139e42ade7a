import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Testing

@testable import Workbench

/// Model-based concurrency test of issue 11: two and three simulated reviewers issue seeded random
/// interleavings of verdict, note, kinds, evidence add/remove and undo against one document, each through its
/// own `ReviewSession` and the real store. A reference model decides which saves must succeed; at the end the
/// files hold exactly the acknowledged changes, every refusal named the colleague, and every history entry is
/// accounted for.
@Suite(.serialized) struct ReviewModelTests {
    /// A claim as the model knows it.
    struct ModelClaim: Equatable {
        var revision = 1
        var label = VerdictLabel.unreviewed
        var note = ""
        var kinds: [ClaimKind] = [.quantity]
        var evidence: [String] = []
        /// (by, action) of every history entry, in order.
        var history: [String] = ["tester extracted"]
    }

    /// What undo must restore, and the revision the change produced.
    struct ModelStep {
        var claim: Int
        var base: Int
        var revision: Int
        var restore: (inout ModelClaim) -> Void
    }

    /// A reviewer as the model knows it: the revision it holds of each claim and its own changes.
    struct ModelReviewer {
        let name: String
        let session: ReviewSession
        var seen: [Int]
        var steps: [ModelStep] = []
    }

    @Test(arguments: [(2, UInt64(11)), (3, UInt64(29))])
    func randomInterleavingsLoseNothing(reviewers count: Int, seed: UInt64) throws {
        let server = try LoopbackServer { _ in .html("<p>Police said 12 people were injured on Friday.</p>") }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let article =
            "Police said 12 people were injured on Friday.\nThe council said the road cost $2 million.\nOfficials said 3 bridges closed."
        let doc = try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: article,
            sentences: article.split(separator: "\n").map(String.init))
        let ids = doc.claims.map(\.id)
        let desk = EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 5))
        var model = Array(repeating: ModelClaim(), count: ids.count)
        var reviewers = try ["ana", "bo", "cy"].prefix(count).map { name in
            ModelReviewer(
                name: name,
                session: try ReviewSession(
                    workspace: tmp.workspace, document: "doc", reviewer: name, evidenceDesk: desk),
                seen: Array(repeating: 1, count: ids.count))
        }
        var rng = SplitMix(seed: seed)  // the same interleaving on every run
        var counts: [String: Int] = [:]
        let steps = 2000

        for step in 0..<steps {
            let r = Int.random(in: 0..<count, using: &rng)
            let c = Int.random(in: 0..<ids.count, using: &rng)
            let me = reviewers[r]
            let moved = me.session.handle("goto #\(c + 1)")
            try #require(!moved.failed, "\(moved.text)")
            let fresh = me.seen[c] == model[c].revision
            #expect(
                me.session.current?.revision == me.seen[c],
                "step \(step): the session holds the revision the model says it saw")
            let roll = Int.random(in: 0..<100, using: &rng)
            var line: String
            var change: ((inout ModelClaim) -> (String, (inout ModelClaim) -> Void)?)?
            var isUndo = false
            switch roll {
            case 0..<30:
                let label = VerdictLabel.allCases.randomElement(using: &rng)!
                let note = Bool.random(using: &rng) ? "" : "\(me.name) said \"\(step)\"  ok "
                line = "verdict \(label.rawValue)" + (note.isEmpty ? "" : " " + note)
                change = { m in
                    let (oldLabel, oldNote) = (m.label, m.note)
                    m.label = label
                    m.note = note
                    return (
                        "verdict",
                        {
                            $0.label = oldLabel
                            $0.note = oldNote
                        }
                    )
                }
            case 30..<50:
                let note = "n\(step) “\(me.name)”\t'x'"
                line = "note \(note)"
                change = { m in
                    let old = m.note
                    m.note = note
                    return ("note", { $0.note = old })
                }
            case 50..<62:
                let kinds = Array(ClaimKind.allCases.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
                    .sorted()
                line = "kinds " + kinds.map(\.rawValue).joined(separator: " ")
                change = { m in
                    let old = m.kinds
                    m.kinds = kinds
                    return ("kinds", { $0.kinds = old })
                }
            case 62..<72:
                let url = server.url("/\(c)/\(Int.random(in: 0..<4, using: &rng))")
                line = "evidence \(url) supports by \(me.name)"
                change = { m in
                    guard !m.evidence.contains(url) else { return nil }  // refused as a duplicate, nothing written
                    m.evidence.append(url)
                    return ("evidence-add", { $0.evidence.removeAll { $0 == url } })
                }
            case 72..<80:
                let k =
                    me.session.current!.evidence.isEmpty
                    ? 1 : Int.random(in: 1...me.session.current!.evidence.count, using: &rng)
                line = "evidence remove \(k)"
                change = { m in
                    guard m.evidence.indices.contains(k - 1) else { return nil }
                    let removed = m.evidence.remove(at: k - 1)
                    return (
                        "evidence-remove",
                        { m in
                            if !m.evidence.contains(removed) {
                                m.evidence.insert(removed, at: min(k - 1, m.evidence.count))
                            }
                        }
                    )
                }
            default:
                line = "undo"
                isUndo = true
            }

            let reply = me.session.handle(line)
            if isUndo {
                guard let top = reviewers[r].steps.popLast() else {
                    #expect(
                        reply.failed && reply.text.contains("nothing of yours to undo"), "step \(step): \(reply.text)")
                    counts["undo-empty", default: 0] += 1
                    continue
                }
                if model[top.claim].revision == top.revision {
                    #expect(!reply.failed, "step \(step) \(me.name) undo: \(reply.text)")
                    top.restore(&model[top.claim])
                    model[top.claim].revision += 1
                    model[top.claim].history.append("\(me.name) undo")
                    reviewers[r].seen[top.claim] = model[top.claim].revision
                    if let k = reviewers[r].steps.lastIndex(where: { $0.claim == top.claim }),
                        reviewers[r].steps[k].revision == top.base
                    {
                        reviewers[r].steps[k].revision = model[top.claim].revision
                    }
                    counts["undo-ok", default: 0] += 1
                } else {
                    #expect(
                        reply.failed && reply.text.hasPrefix("undo refused: "), "step \(step) \(me.name): \(reply.text)"
                    )
                    let colleague = model[top.claim].history.last { !$0.hasPrefix(me.name + " ") }?.split(
                        separator: " "
                    ).first.map(String.init)
                    if let colleague {
                        #expect(
                            reply.text.contains("refused: \(colleague) "),
                            "step \(step): the refusal names \(colleague): \(reply.text)")
                    }
                    reviewers[r].seen[top.claim] = model[top.claim].revision
                    counts["undo-refused", default: 0] += 1
                }
                continue
            }
            guard fresh else {
                #expect(
                    reply.failed && reply.text.contains("not saved:"),
                    "step \(step) \(me.name) '\(line)' on a stale revision: \(reply.text)")
                let last = model[c].history.last!.split(separator: " ")[0]
                #expect(
                    reply.text.contains("not saved: \(last) "), "step \(step): the refusal names \(last): \(reply.text)"
                )
                reviewers[r].seen[c] = model[c].revision
                counts["stale", default: 0] += 1
                continue
            }
            var next = model[c]
            guard let (action, restore) = change!(&next) else {
                #expect(reply.failed, "step \(step) '\(line)' must be refused: \(reply.text)")
                counts["refused", default: 0] += 1
                continue
            }
            #expect(!reply.failed, "step \(step) \(me.name) '\(line)': \(reply.text)")
            next.revision += 1
            next.history.append("\(me.name) \(action)")
            model[c] = next
            reviewers[r].seen[c] = next.revision
            reviewers[r].steps.append(
                ModelStep(claim: c, base: next.revision - 1, revision: next.revision, restore: restore))
            counts["saved", default: 0] += 1
        }

        // The files hold exactly what the model acknowledged.
        for (c, id) in ids.enumerated() {
            let claim = try tmp.store.loadClaim("doc", id: id)
            let expected = model[c]
            #expect(claim.revision == expected.revision, "claim \(c + 1) revision")
            #expect(
                claim.verdict.label == expected.label && claim.verdict.note == expected.note,
                "claim \(c + 1) verdict and verbatim note")
            #expect(claim.kinds == expected.kinds, "claim \(c + 1) kinds")
            #expect(claim.evidence.map(\.url) == expected.evidence, "claim \(c + 1) evidence")
            #expect(
                claim.history.map { "\($0.by) \($0.action)" } == expected.history,
                "claim \(c + 1): every history entry accounted for")
        }
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.isEmpty)
        // Every saved change, whoever won the race, is chained and in the ledger (issue 16 point 1).
        let record = try tmp.store.verifyRecord("doc")
        #expect(record.breaks.isEmpty, "\(record.breaks)")
        #expect(record.ledgerLines == record.entries, "one ledger line per history entry")
        // The interleaving exercised every outcome.
        for outcome in ["saved", "stale", "undo-ok", "undo-refused"] {
            #expect(counts[outcome, default: 0] > 20, "\(outcome): \(counts)")
        }
        print("model run with \(count) reviewers, \(steps) steps: \(counts.sorted { $0.key < $1.key })")
    }
}
