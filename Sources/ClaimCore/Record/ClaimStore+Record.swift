import Foundation

/// A claim on its way to disk, with the index of the first history entry this write added (`history.count`
/// when it adds none, as for a renumbering).
struct PendingClaimWrite: Sendable {
    var claim: Claim
    var newFrom: Int
    /// The claim as it was on disk before this write, when it existed and the write adds entries: its state goes
    /// into the ledger (`before`), so that a hand edit saved over by claimcheck is still found.
    var before: Claim? = nil

    /// A claim every one of whose entries is new (a new claim).
    static func new(_ claim: Claim) -> PendingClaimWrite { PendingClaimWrite(claim: claim, newFrom: 0) }
}

/// The one way claim files reach disk, and the upgrade of documents written before the record was chained.
extension ClaimStore {
    /// The ledger of document `slug` (`claims/<slug>/ledger.jsonl`).
    public func ledger(_ slug: String) throws -> Ledger {
        Ledger(folder: try workspace.documentFolder(slug), document: slug)
    }

    /// The document's record fingerprint: the hash of its ledger's last line; nil before anything was recorded.
    public func fingerprint(_ slug: String) -> String? {
        (try? ledger(slug))?.head()
    }

    /// Chains the entries a write adds (`ClaimRecord.seal`) and gives the claim to write and its ledger lines
    /// (one per new entry; the first also carries the state the claim had before, when it existed). Every writer
    /// of claim files seals through here and appends the lines with `appendToLedger`.
    static func seal(_ write: PendingClaimWrite) throws -> (claim: Claim, lines: [LedgerLine]) {
        var claim = write.claim
        let sealed = try ClaimRecord.seal(&claim, from: write.newFrom)
        var lines = zip(claim.history[write.newFrom...], sealed.hashes).map { entry, hash in
            LedgerLine(
                action: entry.action.rawValue, at: entry.at, by: entry.by, claim: claim.id, entry: hash,
                fields: sealed.state.fields)
        }
        if let before = write.before, !lines.isEmpty { lines[0].before = try ClaimRecord.state(of: before).fields }
        return (claim, lines)
    }

    /// The ledger lines of claims a re-extraction deletes: `removed`, with the hash of each one's last entry.
    static func removalLines(_ removed: [Claim], by: String, at now: String) -> [LedgerLine] {
        removed.compactMap { claim in
            claim.history.last.map {
                LedgerLine(
                    action: LedgerLine.removed, at: now, by: by, claim: claim.id, entry: ClaimRecord.entryHash($0))
            }
        }
    }

    /// Appends `lines` to document `slug`'s ledger (with the document lock held).
    func appendToLedger(_ lines: [LedgerLine], in slug: String) throws {
        try ledger(slug).append(lines)
    }

    /// Writes claim files, every history entry they add chained and recorded in the ledger: each file is sealed
    /// (`seal`) and written atomically (on every core when `inParallel`, else in the order given); then one ledger
    /// append holds a line per new entry, in the order given. Call with the document lock held. Returns the
    /// claims as written.
    @discardableResult
    func persist(_ writes: [PendingClaimWrite], in slug: String, inParallel: Bool = false, syncFolder: Bool = true)
        throws -> [Claim]
    {
        let folder = try workspace.documentFolder(slug)
        let workspace = self.workspace
        let one = { @Sendable (write: PendingClaimWrite) throws -> (claim: Claim, lines: [LedgerLine]) in
            let sealed = try Self.seal(write)
            try AtomicFile.write(
                try ClaimCoding.encode(sealed.claim), to: try workspace.claimFile(slug, id: sealed.claim.id),
                syncFolder: false)
            return sealed
        }
        let done = inParallel ? try Parallel.map(writes.count) { try one(writes[$0]) } : try writes.map(one)
        if syncFolder { AtomicFile.syncDirectory(folder) }
        try appendToLedger(done.flatMap(\.lines), in: slug)
        return done.map(\.claim)
    }

    /// Seals a document written before histories were chained, the first time claimcheck writes to it or
    /// verifies it: when it has claims but no ledger and no chained entry, every entry is chained in place (the
    /// last of each claim also gets the claim's current state; files are rewritten atomically, revisions kept)
    /// and the ledger is started with one `upgrade` line per entry. A document whose ledger is gone while its
    /// claims are chained is not "old": `verify` reports it. Call with the document lock held. Returns the
    /// number of entries sealed (0: nothing to upgrade).
    @discardableResult
    public func upgradeRecordIfNeeded(_ slug: String, by: String = "claimcheck", now: String = Timestamp.now())
        throws -> Int
    {
        let ledger = try ledger(slug)
        guard !ledger.exists else { return 0 }
        let (claims, _) = try loadClaims(slug)
        guard !claims.isEmpty, !claims.contains(where: { $0.history.contains(where: \.isSealed) }) else { return 0 }
        let folder = try workspace.documentFolder(slug)
        let workspace = self.workspace
        let sealed = try Parallel.map(claims.count) { index -> [LedgerLine] in
            var claim = claims[index]
            let (state, hashes) = try ClaimRecord.sealLegacy(&claim)
            try AtomicFile.write(
                try ClaimCoding.encode(claim), to: try workspace.claimFile(slug, id: claim.id), syncFolder: false)
            return hashes.map { position, hash in
                LedgerLine(
                    action: LedgerLine.upgrade, at: now, by: by, claim: claim.id, entry: hash,
                    fields: position == claim.history.count - 1 ? state.fields : nil)
            }
        }
        AtomicFile.syncDirectory(folder)
        let lines = sealed.flatMap { $0 }
        try ledger.append(lines)
        return lines.count
    }
}
