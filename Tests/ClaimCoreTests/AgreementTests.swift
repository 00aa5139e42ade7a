import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// Cohen's κ, weighted κ and Krippendorff's α against textbook cases, a published worked example, and (when
/// python3 has scikit-learn and krippendorff, installed by `scripts/install-system-packages --test`) a second
/// implementation on random data; and the report built from claims' histories.
@Suite struct AgreementTests {
    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    @Test func perfectAgreementIsOneAndChanceLevelIsZero() {
        let same = [("t", "t"), ("f", "f"), ("m", "m"), ("t", "t")]
        #expect(Self.close(AgreementStatistics.cohenKappa(same), 1))
        #expect(Self.close(AgreementStatistics.krippendorffAlpha([[1, 1], [2, 2], [5, 5]], level: .ordinal), 1))
        // Each rater says yes half the time, independently: pₒ = pₑ = ½.
        let chance = [("y", "y"), ("y", "n"), ("n", "y"), ("n", "n")]
        #expect(Self.close(AgreementStatistics.cohenKappa(chance), 0))
        #expect(
            Self.close(
                AgreementStatistics.weightedKappa([(0, 0), (0, 4), (4, 0), (4, 4)], categories: 5, weighting: .linear),
                0))
        // Nothing varies: agreement by chance is certain, κ and α are undefined.
        #expect(AgreementStatistics.cohenKappa([("t", "t"), ("t", "t")]) == nil)
        #expect(AgreementStatistics.krippendorffAlpha([[3, 3], [3, 3]], level: .nominal) == nil)
    }

    @Test func cohensTextbookExampleIsZeroPointFour() {
        // 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15 (pₒ 0.7, pₑ 0.5).
        let pairs =
            Array(repeating: ("yes", "yes"), count: 20) + Array(repeating: ("yes", "no"), count: 5)
            + Array(repeating: ("no", "yes"), count: 10) + Array(repeating: ("no", "no"), count: 15)
        #expect(Self.close(AgreementStatistics.cohenKappa(pairs), 0.4))
    }

    @Test func krippendorffsPublishedExampleWithMissingRatings() {
        // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): 4 observers, 12 units, values 1-5,
        // missing values; published α nominal 0.743, ordinal 0.815.
        let observers: [[Int?]] = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
            [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
        ]
        let units = (0..<12).map { u in observers.compactMap { $0[u] } }
        #expect(Self.close(AgreementStatistics.krippendorffAlpha(units, level: .nominal), 0.743421052631579, 1e-12))
        #expect(Self.close(AgreementStatistics.krippendorffAlpha(units, level: .ordinal), 0.8153875037548814, 1e-12))
    }

    @Test func weightedKappaMatchesAWorkedCase() {
        // Computed by hand and by scikit-learn's cohen_kappa_score(weights=...) on the same 12 pairs.
        let a = [0, 0, 1, 2, 3, 4, 4, 2, 1, 0, 3, 3]
        let b = [0, 1, 1, 2, 4, 4, 3, 2, 0, 0, 3, 2]
        let pairs = Array(zip(a, b))
        #expect(
            Self.close(AgreementStatistics.weightedKappa(pairs, categories: 5, weighting: .linear), 0.7413793103448276))
        #expect(
            Self.close(
                AgreementStatistics.weightedKappa(pairs, categories: 5, weighting: .quadratic), 0.8972602739726028))
        #expect(Self.close(AgreementStatistics.cohenKappa(pairs.map { ("\($0)", "\($1)") }), 0.4782608695652173))
    }

    static let pythonHasReferences: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sklearn, krippendorff"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: pythonHasReferences, "python3 with scikit-learn and krippendorff"))
    func randomRatingsAgreeWithScikitLearnAndTheKrippendorffPackage() throws {
        var random = SplitMix(seed: 17)
        var script =
            "import json, numpy as np, krippendorff\nfrom sklearn.metrics import cohen_kappa_score as k\nout = []\n"
        var ours: [[Double?]] = []
        for _ in 0..<20 {
            let n = random.int(5...40)
            let a = (0..<n).map { _ in random.int(0...4) }
            let b = a.map { random.int(0...3) == 0 ? random.int(0...4) : $0 }
            // Three raters with gaps for α: the third rates about two thirds of the units.
            let c = a.map { random.int(0...2) == 0 ? nil : (random.int(0...4) == 0 ? random.int(0...4) : $0) }
            let pairs = Array(zip(a, b))
            let units = (0..<n).map { [a[$0], b[$0]] + [c[$0]].compactMap { $0 } }
            ours.append([
                AgreementStatistics.cohenKappa(pairs.map { ("\($0)", "\($1)") }),
                AgreementStatistics.weightedKappa(pairs, categories: 5, weighting: .linear),
                AgreementStatistics.weightedKappa(pairs, categories: 5, weighting: .quadratic),
                AgreementStatistics.krippendorffAlpha(units, level: .ordinal),
                AgreementStatistics.krippendorffAlpha(units, level: .nominal),
            ])
            let third = c.map { $0.map(String.init) ?? "np.nan" }.joined(separator: ",")
            script += """
                a, b, c = \(a), \(b), [\(third)]
                d = [a, b, c]
                out.append([k(a, b), k(a, b, weights='linear', labels=[0,1,2,3,4]), \
                k(a, b, weights='quadratic', labels=[0,1,2,3,4]), \
                krippendorff.alpha(reliability_data=d, level_of_measurement='ordinal', value_domain=[0,1,2,3,4]), \
                krippendorff.alpha(reliability_data=d, level_of_measurement='nominal')])

                """
        }
        script += "print(json.dumps([[None if x != x else x for x in row] for row in out]))\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("agreement-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let theirs = try JSONDecoder().decode([[Double?]].self, from: data)
        #expect(theirs.count == ours.count)
        for (mine, reference) in zip(ours, theirs) {
            for (x, y) in zip(mine, reference) {
                if let y { #expect(Self.close(x, y, 1e-9), "ours \(String(describing: x)), reference \(y)") }
            }
        }
    }

    @Test func theReportReadsEachReviewersLatestVerdictFromHistory() throws {
        func claim(_ id: String, _ history: [(String, VerdictLabel)]) -> Claim {
            Claim(
                id: id, document: "doc", ordinal: Int(id.dropFirst())!, text: "Claim \(id).",
                span: Span(start: 0, end: 1), kinds: [], checkworthiness: 0.5, facts: [],
                history: history.enumerated().map { i, entry in
                    HistoryEntry(at: "2026-12-02T10:0\(i):00Z", by: entry.0, action: .verdict, to: entry.1.rawValue)
                }, revision: 1)
        }
        let claims = [
            claim("c1", [("ana", .true), ("bo", .true)]),
            claim("c2", [("ana", .false), ("bo", .mostlyFalse), ("ana", .mostlyFalse)]),  // ana changed her mind
            claim("c3", [("ana", .true), ("bo", .false)]),
            claim("c4", [("ana", .mixed)]),  // bo never rated it
            claim("c5", [("ana", .unverifiable), ("bo", .unverifiable), ("cy", .true)]),
        ]
        let report = try AgreementReport(claims: claims, reviewers: ["ana", "bo"]) { $0.ordinal }
        #expect(report.claims == 4)
        #expect(Self.close(report.observedAgreement, 0.75))
        #expect(report.disagreements.map(\.id) == ["c3"])
        #expect(report.disagreements.first?.ratings == ["ana": "true", "bo": "false"])
        let t = report.labels.firstIndex(of: "true")!
        let f = report.labels.firstIndex(of: "false")!
        #expect(report.confusion[t][f] == 1 && report.confusion[t][t] == 1)
        #expect(report.confusion.flatMap { $0 }.reduce(0, +) == 4)
        let everyone = try AgreementReport(claims: claims, reviewers: nil) { $0.ordinal }
        #expect(everyone.reviewers == ["ana", "bo", "cy"] && everyone.cohenKappa == nil && everyone.confusion.isEmpty)
        #expect(throws: ClaimCheckError.self) { try AgreementReport(claims: claims, reviewers: ["ana"]) { $0.ordinal } }
    }
}
