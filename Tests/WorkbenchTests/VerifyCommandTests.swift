import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// `claimcheck verify` (issue 16 point 1) through its job and the built binary, and the record fingerprint the
/// reports print.
@Suite struct VerifyCommandTests {
    @Test func verifyPassesThenNamesAHandEditAndExitsOne() throws {
        let tmp = TemporaryWorkspace()
        let ids = try SampleDocuments.benghazi(tmp)
        let clean = try CommandLineTool.run(["verify"], in: tmp.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        let fingerprint = try #require(tmp.store.fingerprint("benghazi"))
        #expect(clean.stdout.contains("benghazi: \(ids.count) claims"), "\(clean.stdout)")
        #expect(clean.stdout.contains("record holds; fingerprint \(fingerprint)"), "\(clean.stdout)")

        let reviewed = try tmp.store.load("benghazi").claims.first { $0.verdict.label == .mostlyFalse }!
        let file = try tmp.workspace.claimFile("benghazi", id: reviewed.id)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        var verdict = object["verdict"] as! [String: Any]
        verdict["label"] = "true"
        object["verdict"] = verdict
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: file)
        let broken = try CommandLineTool.run(["verify", "benghazi"], in: tmp.root)
        #expect(broken.status == 1)
        #expect(
            broken.stdout.contains(
                "claims/benghazi/\(reviewed.id).json: verdict changed outside claimcheck after entry 2 (Jonas Weber, \(SampleDocuments.fixedTime))"
            ), "\(broken.stdout)")
        #expect(broken.stdout.contains("benghazi: \(ids.count) claims, "), "\(broken.stdout)")
        #expect(broken.stdout.contains(": 1 break; fingerprint"), "\(broken.stdout)")
    }

    @Test func verifyHasHelpAndRefusesABadDocumentName() throws {
        let tmp = TemporaryWorkspace()
        let help = try CommandLineTool.run(["verify", "--help"], in: tmp.root)
        #expect(help.status == 0 && help.stdout.contains("ledger"))
        let bad = try CommandLineTool.run(["verify", "../etc"], in: tmp.root)
        #expect(bad.status == 1 && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        let missing = try CommandLineTool.run(["verify", "nothing"], in: tmp.root)
        #expect(missing.status == 1 && missing.stderr.contains("nothing"), "\(missing.stderr)")
    }

    @Test func theJobUpgradesAnOldDocumentAndSaysSo() throws {
        let tmp = TemporaryWorkspace()
        try SampleDocuments.benghazi(tmp)
        let folder = tmp.root.appendingPathComponent("claims/benghazi")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".json") && name != "document.json" {
            let url = folder.appendingPathComponent(name)
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            object["history"] = (object["history"] as! [[String: Any]]).map {
                $0.filter { $0.key != "prev" && $0.key != "state" }
            }
            try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ledger.jsonl"))
        let outcome = try VerifyJob(workspace: tmp.workspace, reviewer: "Amira").run(document: nil)
        #expect(outcome.ok, "\(outcome.text)")
        #expect(outcome.text.hasPrefix("benghazi: upgraded to a verifiable record ("), "\(outcome.text)")
        #expect(try VerifyJob(workspace: tmp.workspace).run(document: "benghazi").text.contains("upgraded") == false)
    }

    @Test func theReportAndTheIndexPrintTheRecordFingerprint() throws {
        let tmp = TemporaryWorkspace()
        try SampleDocuments.benghazi(tmp)
        let fingerprint = try #require(tmp.store.fingerprint("benghazi"))
        _ = try ReportJob(workspace: tmp.workspace).renderAll()
        let report = try String(
            contentsOf: tmp.root.appendingPathComponent("reports/benghazi.html"), encoding: .utf8)
        #expect(report.contains(">\(fingerprint)</code>"))
        let index = try String(contentsOf: tmp.root.appendingPathComponent("reports/index.html"), encoding: .utf8)
        #expect(index.contains(fingerprint))
    }
}
