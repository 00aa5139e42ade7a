import Foundation

/// One way a document's record does not add up, named with the file and the entry.
public struct RecordBreak: Sendable, Equatable, CustomStringConvertible {
    /// What kind of break it is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A claim's content differs from the state its last entry recorded (a hand edit).
        case contentChanged
        /// An entry without a record hash (added by hand, or never sealed).
        case unsealedEntry
        /// Entries in another order than they were recorded.
        case reordered
        /// An entry's `prev` matches no entry: one was removed or edited.
        case chainBroken
        /// An entry the ledger does not hold.
        case notInLedger
        /// Entries recorded after the ledger's last line: lines were cut off its end.
        case ledgerTruncated
        /// A ledger line that does not parse or does not follow the line before it.
        case ledgerLine
        /// The ledger is gone while claims carry recorded entries.
        case ledgerMissing
        /// A claim in the ledger whose file is gone.
        case missingFile
        /// A ledger line whose entry the claim's history no longer holds.
        case entryMissing
        /// An entry that differs from the one the ledger recorded in its place.
        case entryEdited
        /// A claim file that cannot be read.
        case unreadable
    }

    /// The kind of break.
    public var kind: Kind
    /// The claim concerned, when one is.
    public var claim: String?
    /// One line: the file, the entry, what is wrong.
    public var message: String

    /// The line shown to the user.
    public var description: String { message }
}

/// What the record check needs of a claim file: its name, place and history (`verify` decodes no more, the
/// evidence and facts enter only through the state hash taken from the file's bytes).
public struct RecordedClaim: Decodable, Sendable {
    /// The claim id.
    public var id: String
    /// The document's slug.
    public var document: String
    /// The claim's number in article order.
    public var ordinal: Int
    /// True when orphaned.
    public var orphaned: Bool?
    /// The claim's history, oldest first.
    public var history: [HistoryEntry]

    /// The record view of a decoded claim.
    public init(_ claim: Claim) {
        id = claim.id
        document = claim.document
        ordinal = claim.ordinal
        orphaned = claim.orphaned
        history = claim.history
    }

    /// Article order, orphaned claims last (as `ClaimStore.ordered`).
    public static func ordered(_ claims: [RecordedClaim]) -> [RecordedClaim] {
        claims.sorted { a, b in
            if (a.orphaned == true) != (b.orphaned == true) { return b.orphaned == true }
            return a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.id < b.id
        }
    }
}

/// Checks a document's record: every claim's chain of entries, its content against the state its last entry
/// recorded, and the ledger against the claims (`claimcheck verify`). Reads nothing itself: it is given what
/// was loaded.
public struct RecordVerifier: Sendable {
    /// The document's slug.
    public var document: String
    /// The document's claims as loaded, in article order.
    public var claims: [RecordedClaim]
    /// Each claim's current state (`ClaimRecord.state(ofFile:)`; its `fields` may be left empty), by id.
    public var states: [String: ClaimRecord.State]
    /// A claim's current state fields by id, asked only for a claim whose state differs from the recorded one.
    public var currentFields: @Sendable (String) throws -> [String: String]
    /// The claim files that could not be read.
    public var problems: [ClaimCheckError]
    /// The ledger's lines as read.
    public var ledgerLines: [Ledger.ReadLine]
    /// Whether the ledger file exists.
    public var ledgerExists: Bool
    /// The ledger's path as shown.
    public var ledgerPath: String
    /// A claim file's path as shown, by id.
    public var claimPath: @Sendable (String) -> String
    /// Whether a claim file exists (readable or not), by id.
    public var claimFileExists: @Sendable (String) -> Bool

    /// A verifier over what was loaded.
    public init(
        document: String, claims: [RecordedClaim], states: [String: ClaimRecord.State],
        currentFields: @escaping @Sendable (String) throws -> [String: String], problems: [ClaimCheckError],
        ledgerLines: [Ledger.ReadLine], ledgerExists: Bool, ledgerPath: String,
        claimPath: @escaping @Sendable (String) -> String, claimFileExists: @escaping @Sendable (String) -> Bool
    ) {
        self.document = document
        self.claims = claims
        self.states = states
        self.currentFields = currentFields
        self.problems = problems
        self.ledgerLines = ledgerLines
        self.ledgerExists = ledgerExists
        self.ledgerPath = ledgerPath
        self.claimPath = claimPath
        self.claimFileExists = claimFileExists
    }

    /// What the ledger says, indexed.
    private struct LedgerIndex: Sendable {
        /// The line recording each entry hash.
        var byEntry: [String: (number: Int, line: LedgerLine)] = [:]
        /// Each claim's lines after its last `removed` line, and whether that last line is a removal.
        var byClaim: [String: (lines: [(number: Int, line: LedgerLine)], removed: Bool)] = [:]
        /// The last good line.
        var last: (number: Int, line: LedgerLine)?
    }

    /// Every break, ledger lines first, then claim by claim, then claims whose files are gone.
    public func verify() throws -> [RecordBreak] {
        var breaks: [RecordBreak] = []
        var index = LedgerIndex()
        var previous = Ledger(folder: URL(fileURLWithPath: "/"), document: document).genesis
        for read in ledgerLines {
            guard let line = read.line else {
                breaks.append(
                    RecordBreak(
                        kind: .ledgerLine, message: "\(ledgerPath):\(read.number): \(read.problem ?? "unreadable")"))
                continue
            }
            if line.prev != previous {
                breaks.append(
                    RecordBreak(
                        kind: .ledgerLine, claim: line.claim,
                        message:
                            "\(ledgerPath):\(read.number): does not follow the line before it (lines were removed, reordered or edited)"
                    ))
            }
            previous = read.hash
            index.byEntry[line.entry] = (read.number, line)
            if line.action == LedgerLine.removed {
                index.byClaim[line.claim] = ([], true)
            } else {
                index.byClaim[line.claim, default: ([], false)].lines.append((read.number, line))
                index.byClaim[line.claim]?.removed = false
            }
            index.last = (read.number, line)
        }
        let sealedAnywhere = claims.contains { $0.history.contains(where: \.isSealed) }
        if !ledgerExists && sealedAnywhere {
            breaks.append(
                RecordBreak(
                    kind: .ledgerMissing,
                    message: "\(ledgerPath) is missing: the claims' recorded entries cannot be checked against it"))
        }
        let checkLedger = ledgerExists
        let built = index
        let perClaim = try Parallel.map(claims.count) { position in
            try self.check(claims[position], index: built, checkLedger: checkLedger)
        }
        breaks += perClaim.flatMap { $0 }
        breaks += problems.map { RecordBreak(kind: .unreadable, message: $0.description) }
        let present = Set(claims.map(\.id))
        for (id, recorded) in index.byClaim.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
            guard !recorded.removed, let last = recorded.lines.last, !claimFileExists(id) else { continue }
            breaks.append(
                RecordBreak(
                    kind: .missingFile, claim: id,
                    message:
                        "claim \(id) is in the ledger (\(ledgerPath):\(last.number): \(last.line.action) by \(last.line.by), \(last.line.at)) but its file \(claimPath(id)) is missing"
                ))
        }
        return breaks
    }

    private func label(_ entry: HistoryEntry, _ position: Int) -> String {
        "entry \(position + 1) (\(entry.by), \(entry.at))"
    }

    private func check(_ claim: RecordedClaim, index: LedgerIndex, checkLedger: Bool) throws -> [RecordBreak] {
        let path = claimPath(claim.id)
        var breaks: [RecordBreak] = []
        func add(_ kind: RecordBreak.Kind, _ message: String) {
            breaks.append(RecordBreak(kind: kind, claim: claim.id, message: "\(path): \(message)"))
        }
        let hashes = claim.history.map(ClaimRecord.entryHash)
        let positions = Dictionary(hashes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let genesis = ClaimRecord.genesis(document: claim.document, claim: claim.id)
        var unledgered: [Int] = []
        for (position, entry) in claim.history.enumerated() {
            guard let prev = entry.prev else {
                add(.unsealedEntry, "\(label(entry, position)) was not written by claimcheck (it has no record hash)")
                continue
            }
            let expected = position == 0 ? genesis : hashes[position - 1]
            if prev != expected {
                if let earlier = positions[prev] {
                    add(
                        .reordered,
                        "history reordered: \(label(entry, position)) was recorded right after entry \(earlier + 1), not after entry \(position)"
                    )
                } else if prev == genesis {
                    add(
                        .reordered,
                        "history reordered: \(label(entry, position)) was recorded as the first entry")
                } else {
                    add(
                        .chainBroken,
                        "history changed before \(label(entry, position)): the entry it was recorded after is gone or was edited"
                    )
                }
            }
            if checkLedger && index.byEntry[hashes[position]] == nil { unledgered.append(position) }
        }
        // The content is checked against the last entry that recorded a state (entries added by hand have none).
        if let lastPosition = claim.history.lastIndex(where: { $0.state != nil }),
            let recorded = claim.history[lastPosition].state
        {
            var now = states[claim.id] ?? ClaimRecord.State(hash: "", fields: [:])
            if now.hash != recorded {
                if now.fields.isEmpty { now.fields = try currentFields(claim.id) }
                // The fields recorded with that entry; if the entry itself was edited, the claim's last recorded ones.
                let fields =
                    index.byEntry[hashes[lastPosition]]?.line.fields
                    ?? index.byClaim[claim.id]?.lines.last(where: { $0.line.fields != nil })?.line.fields
                let changed = fields.map { old in ClaimRecord.stateFields.filter { old[$0] != now.fields[$0] } }
                let what = changed.flatMap { $0.isEmpty ? nil : Self.list($0) } ?? "the content"
                add(
                    .contentChanged,
                    "\(what) changed outside claimcheck after \(label(claim.history[lastPosition], lastPosition)), the last recorded change"
                )
            }
        } else if claim.history.contains(where: \.isSealed) {
            add(.contentChanged, "no entry records the claim's state, so its content cannot be checked")
        } else if claim.history.isEmpty {
            add(.chainBroken, "has no history (every claim is written with at least one entry)")
        }
        // A hand edit that a later claimcheck save then recorded over: the claim as that save found it differs
        // from the state the entry before it recorded.
        for recorded in index.byClaim[claim.id]?.lines ?? [] {
            guard let before = recorded.line.before, let position = positions[recorded.line.entry], position > 0,
                let earlier = index.byEntry[hashes[position - 1]]?.line.fields, earlier != before
            else { continue }
            let changed = ClaimRecord.stateFields.filter { earlier[$0] != before[$0] }
            add(
                .contentChanged,
                "\(Self.list(changed)) changed outside claimcheck after \(label(claim.history[position - 1], position - 1)), before \(label(claim.history[position], position)) was saved over it"
            )
        }
        let missing =
            checkLedger ? (index.byClaim[claim.id]?.lines.filter { positions[$0.line.entry] == nil } ?? []) : []
        if let first = unledgered.first {
            let entry = claim.history[first]
            let more = unledgered.count > 1 ? " (and \(unledgered.count - 1) later)" : ""
            if let replaced = missing.first {
                add(
                    .entryEdited,
                    "\(label(entry, first))\(more) is not what the ledger recorded (line \(replaced.number): \(replaced.line.action) by \(replaced.line.by), \(replaced.line.at)): edited outside claimcheck"
                )
            } else if let end = index.last, entry.at >= end.line.at, unledgered == Array(first..<claim.history.count) {
                breaks.append(
                    RecordBreak(
                        kind: .ledgerTruncated, claim: claim.id,
                        message:
                            "\(ledgerPath): truncated: it ends at line \(end.number) (\(end.line.at)) but \(path) \(label(entry, first))\(more) was recorded after it"
                    ))
            } else if index.last == nil {
                breaks.append(
                    RecordBreak(
                        kind: .ledgerTruncated, claim: claim.id,
                        message:
                            "\(ledgerPath): truncated: it is empty but \(path) \(label(entry, first))\(more) was recorded"
                    ))
            } else {
                add(.notInLedger, "\(label(entry, first))\(more) is not in the ledger (added outside claimcheck)")
            }
        } else if let first = missing.first {
            let more = missing.count > 1 ? " (and \(missing.count - 1) more)" : ""
            add(
                .entryMissing,
                "the ledger (line \(first.number)) records a \(first.line.action) entry by \(first.line.by) at \(first.line.at) that its history no longer holds\(more) (history cut or replaced)"
            )
        }
        return breaks
    }

    /// "verdict", "verdict and evidence", "text, facts and verdict".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
