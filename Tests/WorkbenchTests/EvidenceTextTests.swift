import ClaimCore
import Testing

@testable import Workbench

/// The evidence lines the CLI and the REPL print.
@Suite struct EvidenceTextTests {
    @Test func describesMatchesFailuresAndDiscrepancies() {
        let text = "The required quorum (89 members of parliament) was not reached."
        var claim = Claim(
            id: "c1", document: "doc", ordinal: 1, text: text, span: Span(start: 0, end: text.utf8.count),
            kinds: [.quantity], checkworthiness: 0.9, facts: [])
        claim.evidence = [
            Evidence(
                url: "https://example.org/a", stance: .refutes, note: "record", addedBy: "ana",
                addedAt: "2016-02-25T10:00:00Z",
                snapshot: String(repeating: "ab", count: 32), status: 200, fetchedAt: "2016-02-25T10:00:01Z",
                title: "Record",
                matches: [
                    EvidenceMatch(
                        passage: "The quorum of 98 members was not reached.", score: 0.5, numbers: [],
                        missingNumbers: ["89"],
                        discrepancies: [
                            NumberDiscrepancy(
                                claimed: "89", found: "98", noun: "members", context: "quorum of 98 members")
                        ])
                ]),
            Evidence(
                url: "https://example.org/b", stance: .context, addedBy: "bo", addedAt: "2016-02-25T11:00:00Z",
                status: 404,
                fetchedAt: "2016-02-25T11:00:00Z", fetchError: "HTTP 404 Not Found"),
        ]
        #expect(
            EvidenceText.lines(forEvidenceOf: claim) == [
                "#1 refutes: https://example.org/a",
                "  note: record",
                "  added by ana at 2016-02-25T10:00:00Z",
                "  fetched · 2016-02-25T10:00:01Z · HTTP 200 · “Record” · snapshot abababababab",
                "  • (0.50) The quorum of 98 members was not reached.",
                "    missing: 89",
                "    possible discrepancy: the claim says 89 members, the source says 98: quorum of 98 members",
                "#2 context: https://example.org/b",
                "  added by bo at 2016-02-25T11:00:00Z",
                "  last fetch failed at 2016-02-25T11:00:00Z: HTTP 404 Not Found",
            ])
    }
}
