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

    /// Writes claim files, every history entry they add chained (`ClaimRecord.seal`) and recorded in the
    /// ledger — the one function every writer of the store goes through. Each file is written atomically (on
    /// every core when `inParallel`, else in the order given); then one ledger append holds a line per new entry,
    /// in the order given, and a `removed` line per claim in `removed` (deleted by a re-extraction). Call with
    /// the document lock held. Returns the claims as written.
    @discardableResult
    func persist(
        _ writes: [PendingClaimWrite], in slug: String, removed: [Claim] = [], removedBy: String = "",
        at now: String = "", inParallel: Bool = false, syncFolder: Bool = true
    ) throws -> [Claim] {
        let folder = try workspace.documentFolder(slug)
        let workspace = self.workspace
        let one = { @Sendable (write: PendingClaimWrite) throws -> (Claim, [LedgerLine]) in
            var claim = write.claim
            let sealed = try ClaimRecord.seal(&claim, from: write.newFrom)
            var lines = zip(claim.history[write.newFrom...], sealed.hashes).map { entry, hash in
                LedgerLine(
                    action: entry.action.rawValue, at: entry.at, by: entry.by, claim: claim.id, entry: hash,
                    fields: sealed.state.fields)
            }
            if let before = write.before, !lines.isEmpty { lines[0].before = try ClaimRecord.state(of: before).fields }
            try AtomicFile.write(
                try ClaimCoding.encode(claim), to: try workspace.claimFile(slug, id: claim.id), syncFolder: false)
            return (claim, lines)
        }
        let done = inParallel ? try Parallel.map(writes.count) { try one(writes[$0]) } : try writes.map(one)
        if syncFolder { AtomicFile.syncDirectory(folder) }
        var lines = done.flatMap(\.1)
        for claim in removed {
            guard let last = claim.history.last else { continue }
            lines.append(
                LedgerLine(
                    action: LedgerLine.removed, at: now, by: removedBy, claim: claim.id,
                    entry: ClaimRecord.entryHash(last)))
        }
        try Ledger(folder: folder, document: slug).append(lines)
        return done.map(\.0)
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
