import ClaimCore
import Foundation

/// `extract --emit jsonl`: one compact JSON object per claim, `{"document", "id", "span", "kinds", "facts"}`
/// (sorted keys, facts as in claim files), for `jq`, databases and batch engines.
public enum ClaimLines {
    private struct Line: Encodable {
        var document: String
        var id: String
        var span: Span
        var kinds: [ClaimKind]
        var facts: [Fact]
    }

    /// The lines of `claims` (of document `document`), each ending in `\n`; orphaned claims left out.
    public static func encode(_ claims: [Claim], document: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for claim in claims where !claim.isOrphaned {
            out.append(
                try encoder.encode(
                    Line(document: document, id: claim.id, span: claim.span, kinds: claim.kinds, facts: claim.facts)))
            out.append(0x0a)
        }
        return out
    }
}
