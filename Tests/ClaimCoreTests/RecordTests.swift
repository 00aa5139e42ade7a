import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimCore

/// The tamper-evident record (issue 16 point 1): canonical JSON, chained history entries, the ledger, the
/// upgrade of an old workspace, and `verifyRecord` naming each kind of break alone.
@Suite struct RecordTests {
    let article = "Police said 12 people were hurt.\nThe council said 40 homes burned.\nOfficials said 3 roads closed."
    let sentences = [
        "Police said 12 people were hurt.", "The council said 40 homes burned.", "Officials said 3 roads closed.",
    ]
    let time = "2026-12-01T10:00:00Z"

    /// A document of three claims; claim 2 gets a verdict from Ana, then a note from Bo.
    func reviewed(_ tmp: TemporaryWorkspace) throws -> [String] {
        let ids = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
            .claims.map(\.id)
        try tmp.store.update("doc", id: ids[1]) { claim in
            claim.verdict = Verdict(label: .true, note: "", reviewer: "Ana", at: time)
            return HistoryEntry(at: time, by: "Ana", action: .verdict, from: "unreviewed", to: "true")
        }
        try tmp.store.update("doc", id: ids[1]) { claim in
            claim.verdict.note = "Fire service count."
            return HistoryEntry(at: "2026-12-01T11:00:00Z", by: "Bo", action: .note, to: "Fire service count.")
        }
        return ids
    }

    func file(_ tmp: TemporaryWorkspace, _ name: String) -> URL {
        tmp.root.appendingPathComponent("claims/doc/\(name)")
    }

    /// Rewrites a claim file as JSON edited by hand (through Foundation's generic JSON, not claimcheck's types).
    func handEdit(_ tmp: TemporaryWorkspace, _ id: String, _ edit: (inout [String: Any]) -> Void) throws {
        let url = file(tmp, "\(id).json")
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        edit(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    func breaks(_ tmp: TemporaryWorkspace) throws -> [RecordBreak] {
        try tmp.store.verifyRecord("doc").breaks
    }

    // MARK: Canonical JSON

    @Test func canonicalJSONSortsKeysDropsSpaceAndWritesNumbersOneWay() throws {
        let text =
            #"{ "b" : [1.0, -0, 2.50, 1e2, 0.91, 12345678901],  "a" : "x\/y\u00e9\n\"", "é": null, "c": {"z": true, "y": false} }"#
        let canonical = String(decoding: try CanonicalJSON.canonicalize(Array(text.utf8)), as: UTF8.self)
        #expect(canonical == #"{"a":"x/yé\n\"","b":[1,0,2.5,100,0.91,12345678901],"c":{"y":false,"z":true},"é":null}"#)
        #expect(throws: CanonicalJSON.SyntaxError.self) { try CanonicalJSON.canonicalize(Array("{\"a\":".utf8)) }
        let nested = #"{"z":{"b":1,"a":[{"y":"\ud83d\ude00","x":"\u0001\t"}]},"a":"q","m":[1,{"k":"}"}]}"#
        #expect(
            String(decoding: try CanonicalJSON.canonicalize(Array(nested.utf8)), as: UTF8.self)
                == #"{"a":"q","m":[1,{"k":"}"}],"z":{"a":[{"x":"\u0001\t","y":"😀"}],"b":1}}"#)
        let kept = try CanonicalJSON.members(Array(nested.utf8), keeping: ["a", "z"])
        #expect(kept.map(\.key) == ["a", "z"])
        #expect(
            kept.map { String(decoding: $0.value, as: UTF8.self) } == [
                #""q""#, #"{"a":[{"x":"\u0001\t","y":"😀"}],"b":1}"#,
            ])
    }

    @Test func anEntrysHandWrittenCanonicalFormEqualsTheGenericOne() throws {
        let entries = [
            HistoryEntry(at: time, by: "Ana \"the\" reviewer\t", action: .verdict, from: "unreviewed", to: "true"),
            HistoryEntry(at: time, by: "x", action: .evidenceAdd, to: "https://e.org/a?b=1", prev: "ab", state: "cd"),
            HistoryEntry(at: time, by: "Zoë", action: .extracted),
        ]
        for entry in entries {
            #expect(ClaimRecord.canonicalBytes(entry) == (try CanonicalJSON.encode(entry)))
        }
    }

    @Test func aClaimsStateFromItsFileEqualsItsStateFromTheModel() throws {
        let tmp = TemporaryWorkspace()
        try SampleDocuments.benghazi(tmp)
        for claim in try tmp.store.load("benghazi").claims {
            let data = try Data(contentsOf: try tmp.workspace.claimFile("benghazi", id: claim.id))
            #expect(try ClaimRecord.state(ofFile: [UInt8](data)) == (try ClaimRecord.state(of: claim)))
        }
        var claim = try tmp.store.load("benghazi").claims[0]
        claim.recheck = Recheck(reason: "the count changed from 40 to 41", since: time)
        claim.facts[0].value = 0.000_01
        let file = try ClaimCoding.encode(claim)
        #expect(try ClaimRecord.state(ofFile: [UInt8](file)) == (try ClaimRecord.state(of: claim)))
        #expect(try ClaimRecord.state(of: claim).fields.keys.sorted() == ClaimRecord.stateFields)
    }

    // MARK: Chaining

    @Test func everySavedEntryIsChainedAndLedgered() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        let claim = try tmp.store.loadClaim("doc", id: ids[1])
        #expect(claim.history.count == 3)
        #expect(claim.history[0].prev == ClaimRecord.genesis(document: "doc", claim: ids[1]))
        #expect(claim.history[1].prev == ClaimRecord.entryHash(claim.history[0]))
        #expect(claim.history[2].prev == ClaimRecord.entryHash(claim.history[1]))
        #expect(claim.history[2].state == (try ClaimRecord.state(of: claim)).hash)
        let lines = try tmp.store.ledger("doc").read()
        #expect(lines.count == 5, "three extracted entries, a verdict and a note")
        #expect(lines.compactMap(\.line?.action).suffix(2) == ["verdict", "note"])
        #expect(lines.last?.line?.entry == ClaimRecord.entryHash(claim.history[2]))
        #expect(tmp.store.fingerprint("doc") == lines.last?.hash)
        #expect(try breaks(tmp).isEmpty)
    }

    @Test func reextractionAndManualClaimsKeepTheRecordWhole() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        // The first sentence goes (unreviewed: deleted, a `removed` line), the reviewed second one is re-found.
        let shorter = [sentences[1], sentences[2]]
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: shorter.joined(separator: "\n"), sentences: shorter)
        let manual = try ClaimStore.manualClaim(
            "40 homes burned", in: try tmp.store.loadArticle("doc"), document: "doc", published: nil,
            existing: try tmp.store.load("doc").claims, by: "Ana", at: time)
        try tmp.store.createInArticleOrder(manual)
        #expect(!FileManager.default.fileExists(atPath: file(tmp, "\(ids[0]).json").path))
        #expect(try tmp.store.ledger("doc").read().contains { $0.line?.action == LedgerLine.removed })
        #expect(try breaks(tmp).isEmpty)
    }

    // MARK: Each break alone

    @Test func aHandEditedVerdictIsNamedWithTheLastEntry() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try handEdit(tmp, ids[1]) { claim in
            var verdict = claim["verdict"] as! [String: Any]
            verdict["label"] = "false"
            claim["verdict"] = verdict
        }
        let found = try breaks(tmp)
        #expect(found.map(\.kind) == [.contentChanged])
        #expect(
            found.first?.message
                == "claims/doc/\(ids[1]).json: verdict changed outside claimcheck after entry 3 (Bo, 2026-12-01T11:00:00Z), the last recorded change"
        )
    }

    @Test func aHandEditSavedOverByClaimcheckIsStillNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try handEdit(tmp, ids[1]) { claim in
            var verdict = claim["verdict"] as! [String: Any]
            verdict["label"] = "false"
            claim["verdict"] = verdict
        }
        try tmp.store.update("doc", id: ids[1]) { claim in
            claim.kinds = [.quantity, .date]
            return HistoryEntry(at: "2026-12-01T12:00:00Z", by: "Cy", action: .kinds, to: "quantity,date")
        }
        let found = try breaks(tmp)
        #expect(found.map(\.kind) == [.contentChanged])
        #expect(
            found.first?.message
                == "claims/doc/\(ids[1]).json: verdict changed outside claimcheck after entry 3 (Bo, 2026-12-01T11:00:00Z), before entry 4 (Cy, 2026-12-01T12:00:00Z) was saved over it"
        )
    }

    @Test func aDeletedClaimFileIsNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try FileManager.default.removeItem(at: file(tmp, "\(ids[1]).json"))
        let found = try breaks(tmp)
        #expect(found.map(\.kind) == [.missingFile])
        #expect(found.first?.claim == ids[1])
        #expect(
            found.first?.message.hasPrefix("claim \(ids[1]) is in the ledger (claims/doc/ledger.jsonl:5: note by Bo")
                == true)
        #expect(found.first?.message.hasSuffix("but its file claims/doc/\(ids[1]).json is missing") == true)
    }

    @Test func aReorderedHistoryIsNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try handEdit(tmp, ids[1]) { claim in
            var history = claim["history"] as! [Any]
            history.swapAt(1, 2)
            claim["history"] = history
        }
        let found = try breaks(tmp)
        #expect(found.contains { $0.kind == .reordered && $0.claim == ids[1] })
        #expect(found.allSatisfy { $0.kind == .reordered || $0.kind == .contentChanged }, "\(found)")
        #expect(
            found.first?.message
                == "claims/doc/\(ids[1]).json: history reordered: entry 2 (Bo, 2026-12-01T11:00:00Z) was recorded right after entry 3, not after entry 1"
        )
    }

    @Test func aTruncatedLedgerIsNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        let ledger = file(tmp, "ledger.jsonl")
        let lines = try String(contentsOf: ledger, encoding: .utf8).split(separator: "\n")
        try (lines.dropLast().joined(separator: "\n") + "\n").write(to: ledger, atomically: true, encoding: .utf8)
        let found = try breaks(tmp)
        #expect(found.map(\.kind) == [.ledgerTruncated])
        #expect(found.first?.claim == ids[1])
        #expect(
            found.first?.message
                == "claims/doc/ledger.jsonl: truncated: it ends at line 4 (\(time)) but claims/doc/\(ids[1]).json entry 3 (Bo, 2026-12-01T11:00:00Z) was recorded after it"
        )
    }

    @Test func aLedgerCutMidLineOrEditedIsNamed() throws {
        let tmp = TemporaryWorkspace()
        _ = try reviewed(tmp)
        let ledger = file(tmp, "ledger.jsonl")
        let bytes = try Data(contentsOf: ledger)
        try bytes.prefix(bytes.count - 10).write(to: ledger)
        #expect(try breaks(tmp).contains { $0.kind == .ledgerLine && $0.message.contains("ledger.jsonl:5:") })
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        lines.swapAt(0, 1)
        try (lines.joined(separator: "\n") + "\n").write(to: ledger, atomically: true, encoding: .utf8)
        #expect(try breaks(tmp).contains { $0.kind == .ledgerLine && $0.message.contains("does not follow") })
    }

    @Test func anEditedEntryIsNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try handEdit(tmp, ids[1]) { claim in
            var history = claim["history"] as! [[String: Any]]
            history[1]["by"] = "Mallory"
            claim["history"] = history
        }
        let found = try breaks(tmp)
        #expect(found.map(\.kind).contains(.entryEdited), "\(found)")
        #expect(
            found.contains {
                $0.message
                    == "claims/doc/\(ids[1]).json: entry 2 (Mallory, \(time)) is not what the ledger recorded (line 4: verdict by Ana, \(time)): edited outside claimcheck"
            }, "\(found)")
    }

    @Test func anEntryAddedByHandIsNamed() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try handEdit(tmp, ids[2]) { claim in
            claim["history"] = (claim["history"] as! [Any]) + [["at": time, "by": "Mallory", "action": "verdict"]]
        }
        let found = try breaks(tmp)
        #expect(found.map(\.kind) == [.unsealedEntry], "\(found)")
        #expect(found.first?.message.contains("entry 2 (Mallory, \(time)) was not written by claimcheck") == true)
    }

    // MARK: Upgrade

    /// Turns the document into one written before the record existed: no `prev`/`state`, no ledger.
    func makeOld(_ tmp: TemporaryWorkspace, _ ids: [String]) throws {
        for id in ids {
            try handEdit(tmp, id) { claim in
                claim["history"] = (claim["history"] as! [[String: Any]]).map { entry in
                    entry.filter { $0.key != "prev" && $0.key != "state" }
                }
            }
        }
        try FileManager.default.removeItem(at: file(tmp, "ledger.jsonl"))
    }

    @Test func anOldWorkspaceIsUpgradedInPlaceOnceAndThenVerifies() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try makeOld(tmp, ids)
        let revisions = try ids.map { try tmp.store.loadClaim("doc", id: $0).revision }
        let first = try tmp.store.verifyRecord("doc", by: "Ana")
        #expect(first.upgraded == 5 && first.breaks.isEmpty)
        let lines = try tmp.store.ledger("doc").read().compactMap(\.line)
        #expect(lines.count == 5 && lines.allSatisfy { $0.action == LedgerLine.upgrade && $0.by == "Ana" })
        #expect(try ids.map { try tmp.store.loadClaim("doc", id: $0).revision } == revisions, "revisions kept")
        #expect(try tmp.store.verifyRecord("doc").upgraded == 0, "only the first time")
        // After the upgrade a hand edit is caught like anywhere else.
        try handEdit(tmp, ids[0]) { $0["text"] = "Police said 13 people were hurt." }
        #expect(try breaks(tmp).map(\.kind) == [.contentChanged])
    }

    @Test func theFirstWriteToAnOldWorkspaceUpgradesItToo() throws {
        let tmp = TemporaryWorkspace()
        let ids = try reviewed(tmp)
        try makeOld(tmp, ids)
        try tmp.store.update("doc", id: ids[0]) { claim in
            claim.verdict = Verdict(label: .false, reviewer: "Cy", at: time)
            return HistoryEntry(at: time, by: "Cy", action: .verdict, from: "unreviewed", to: "false")
        }
        let actions = try tmp.store.ledger("doc").read().compactMap(\.line?.action)
        #expect(actions == Array(repeating: LedgerLine.upgrade, count: 5) + ["verdict"])
        #expect(try breaks(tmp).isEmpty)
    }

    @Test func aMissingLedgerIsNotMistakenForAnOldWorkspace() throws {
        let tmp = TemporaryWorkspace()
        _ = try reviewed(tmp)
        try FileManager.default.removeItem(at: file(tmp, "ledger.jsonl"))
        let report = try tmp.store.verifyRecord("doc")
        #expect(report.upgraded == 0)
        #expect(report.breaks.map(\.kind) == [.ledgerMissing])
    }
}
