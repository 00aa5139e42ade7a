import Foundation

/// The hashes that make a claim's history tamper-evident (docs/DESIGN.md, "The verifiable record"): every
/// history entry carries `prev`, the hash of the entry before it (the first one: of the claim's name), and
/// `state`, the sha256 of the claim's canonical content after the change. Hashes are taken over
/// `CanonicalJSON`, so they do not depend on how a file happens to be formatted.
public enum ClaimRecord {
    /// The fields of a claim that make up its recorded state, in canonical (sorted) order. The number, the
    /// revision, the span and the orphan flag are left out: they change without a reviewer's act (renumbering,
    /// re-extraction bookkeeping) or only with one of these.
    public static let stateFields = ["evidence", "facts", "kinds", "recheck", "text", "verdict"]

    /// A claim's recorded state: the hash of its canonical content, and a short hash of each field so that a
    /// change can be named ("verdict changed"; empty when not asked for, as `verify` does until a state differs).
    public struct State: Sendable, Equatable {
        /// sha256 (hex) of the canonical JSON object of the state fields.
        public var hash: String
        /// The first 16 hex digits of each present field's canonical bytes' sha256, by field name.
        public var fields: [String: String]
    }

    /// The state fields of a claim, encoded together (one encoder run per claim).
    private struct Content: Encodable {
        let evidence: [Evidence]
        let facts: [Fact]
        let kinds: [ClaimKind]
        let recheck: Recheck?
        let text: String
        let verdict: Verdict
    }

    /// The state of `claim` as it is now.
    public static func state(of claim: Claim) throws -> State {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let content = Content(
            evidence: claim.evidence, facts: claim.facts, kinds: claim.kinds, recheck: claim.recheck,
            text: claim.text, verdict: claim.verdict)
        return try state(ofFile: [UInt8](encoder.encode(content)))
    }

    /// The state of a claim read straight from its file's bytes (the state fields of the file's object,
    /// canonicalised), without encoding the decoded claim again: what `verify` computes for every claim. For a file
    /// claimcheck wrote, equal to `state(of:)` of the decoded claim (a test holds them equal); a hand edit the model
    /// would drop on decoding (an unknown key inside the verdict) still counts as a change.
    public static func state(ofFile data: [UInt8], fields withFields: Bool = true) throws -> State {
        let members = try CanonicalJSON.members(data, keeping: stateFieldSet)
        var fields: [String: String] = [:]
        if withFields {
            for member in members { fields[member.key] = String(SHA256.hex(member.value).prefix(16)) }
        }
        return State(hash: SHA256.hex(CanonicalJSON.object(members)), fields: fields)
    }

    private static let stateFieldSet = Set(stateFields)

    /// The hash of a history entry: sha256 of its canonical JSON (every field, `prev` and `state` included).
    public static func entryHash(_ entry: HistoryEntry) -> String {
        SHA256.hex(canonicalBytes(entry))
    }

    /// The canonical JSON of a history entry, written field by field (sorted keys, absent fields left out):
    /// equal to `CanonicalJSON.encode(entry)` (a test holds them equal) at a fraction of its cost.
    public static func canonicalBytes(_ entry: HistoryEntry) -> [UInt8] {
        var out: [UInt8] = [0x7b]
        var first = true
        func field(_ name: String, _ value: String?) {
            guard let value else { return }
            if !first { out.append(0x2c) }
            first = false
            CanonicalJSON.appendString(name, to: &out)
            out.append(0x3a)
            CanonicalJSON.appendString(value, to: &out)
        }
        field("action", entry.action.rawValue)
        field("at", entry.at)
        field("by", entry.by)
        field("from", entry.from)
        field("prev", entry.prev)
        field("state", entry.state)
        field("to", entry.to)
        out.append(0x7d)
        return out
    }

    /// The `prev` of a claim's first entry: the hash of `document/claim`, so that a history moved to another
    /// claim does not chain.
    public static func genesis(document: String, claim: String) -> String {
        SHA256.hex("claimcheck-claim:\(document)/\(claim)")
    }

    /// Chains the entries of `claim.history` from `index` on: each gets `prev` (the hash of the entry before it)
    /// and `state` (the claim's state as it is now, after the change). Returns the state and the sealed entries'
    /// hashes, for the ledger. Entries before `index` are left as they are.
    @discardableResult
    public static func seal(_ claim: inout Claim, from index: Int) throws -> (state: State, hashes: [String]) {
        let state = try self.state(of: claim)
        var hashes: [String] = []
        var previous =
            index > 0 && index <= claim.history.count
            ? entryHash(claim.history[index - 1]) : genesis(document: claim.document, claim: claim.id)
        for position in index..<claim.history.count {
            claim.history[position].prev = previous
            claim.history[position].state = state.hash
            previous = entryHash(claim.history[position])
            hashes.append(previous)
        }
        return (state, hashes)
    }

    /// The upgrade of a claim written before histories were chained: every unsealed entry gets `prev`; the last
    /// entry also gets `state` (the claim as it is now), the earlier ones none (their content was not kept).
    /// Returns the hashes of the entries sealed, oldest first, and the state.
    public static func sealLegacy(_ claim: inout Claim) throws -> (state: State, hashes: [(Int, String)]) {
        let state = try self.state(of: claim)
        var hashes: [(Int, String)] = []
        var previous = genesis(document: claim.document, claim: claim.id)
        for position in claim.history.indices {
            if !claim.history[position].isSealed {
                claim.history[position].prev = previous
                if position == claim.history.count - 1 { claim.history[position].state = state.hash }
                hashes.append((position, entryHash(claim.history[position])))
            }
            previous = entryHash(claim.history[position])
        }
        return (state, hashes)
    }
}
