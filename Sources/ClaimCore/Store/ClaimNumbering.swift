import Foundation

/// The one numbering of a document's claims: a claim's `ordinal` is its place in article order, the number
/// `list`, the review, the report and the exports all show. Claims are ordered by where their words start
/// in the article (an extracted claim before a manual one starting at the same byte, then by id); orphaned
/// claims, whose sentence is gone, follow in their previous order. The store keeps the ordinals true on
/// every change of the set of claims (`add`, re-extraction); a renumbering is not a reviewer's change, so it
/// neither bumps the revision nor writes history.
public enum ClaimNumbering {
    /// The ordinal each claim should have, by id.
    public static func ordinals(_ claims: [Claim]) -> [String: Int] {
        let current = claims.filter { !$0.isOrphaned }.sorted { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if (a.manual == true) != (b.manual == true) { return b.manual == true }
            return a.id < b.id
        }
        let orphaned = claims.filter(\.isOrphaned).sorted { a, b in
            a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.id < b.id
        }
        var result: [String: Int] = [:]
        for (index, claim) in (current + orphaned).enumerated() { result[claim.id] = index + 1 }
        return result
    }

    /// A re-extraction's claims and writes with the numbering applied: every claim gets its ordinal; the merge's
    /// writes carry it, and a claim the merge left alone is written too when its number differs from the file's.
    /// Returns the claims in article order and the files to write.
    public static func apply(to claims: [Claim], writes: [Claim], onDisk: [Claim]) -> (claims: [Claim], writes: [Claim])
    {
        let numbers = ordinals(claims)
        func numbered(_ claim: Claim) -> Claim {
            var copy = claim
            copy.ordinal = numbers[claim.id] ?? claim.ordinal
            return copy
        }
        var files = writes.map(numbered)
        let written = Set(writes.map(\.id))
        let disk = Dictionary(onDisk.map { ($0.id, $0.ordinal) }, uniquingKeysWith: { first, _ in first })
        for claim in claims where !written.contains(claim.id) && disk[claim.id] != numbers[claim.id] {
            files.append(numbered(claim))
        }
        return (ClaimStore.ordered(claims.map(numbered)), files)
    }
}

extension ClaimStore {
    /// The document's numbering generation: a counter in `claims/<doc>/.numbering` that every renumbering (an
    /// `add`, a re-extraction) increases under the document lock. A long-running session reads it before each
    /// command (one small file) to notice that claims were added, removed or renumbered. "0" when never written.
    public func numberingGeneration(_ slug: String) -> String {
        guard let folder = try? workspace.documentFolder(slug),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(".numbering").path)
        else { return "0" }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes the ordinal of every claim whose place changed, with `extra` (a new claim) among them, and bumps
    /// the numbering generation; call with the document lock held, and sync the folder after. Refused while a
    /// claim file is broken: its number could not be kept, and everyone after it would shift. Returns every claim
    /// with its ordinal, in article order.
    @discardableResult
    func renumber(_ slug: String, extra: Claim? = nil) throws -> [Claim] {
        let (claims, problems) = try loadClaims(slug)
        if let first = problems.first {
            throw ClaimCheckError.refused(
                "\(first) — fix or remove the broken file first: claim numbers cannot be kept while it is unreadable ('claimcheck check \(slug)' lists every problem)"
            )
        }
        let all = claims + (extra.map { [$0] } ?? [])
        let ordinals = ClaimNumbering.ordinals(all)
        // Write order keeps numbers unique if the process dies half-way: claims moving up are written from the
        // highest number down, then claims moving down from the lowest up, and the new claim last. An `add`
        // interrupted so leaves a gap in the numbers, never two claims with one number; the next renumbering
        // (an add, a re-extraction) closes it.
        let moving = claims.compactMap { claim -> (Claim, Int)? in
            guard let ordinal = ordinals[claim.id], ordinal != claim.ordinal else { return nil }
            return (claim, ordinal)
        }
        let up = moving.filter { $0.1 > $0.0.ordinal }.sorted { $0.1 > $1.1 }
        let down = moving.filter { $0.1 < $0.0.ordinal }.sorted { $0.1 < $1.1 }
        let new = extra.flatMap { claim in ordinals[claim.id].map { (claim, $0) } }.map { [$0] } ?? []
        let written = try persist(
            (up + down + new).map { claim, ordinal in
                var claim = claim
                claim.ordinal = ordinal
                return PendingClaimWrite(claim: claim, newFrom: claim.id == extra?.id ? 0 : claim.history.count)
            }, in: slug, syncFolder: false)
        try bumpNumberingGeneration(slug)
        let sealed = Dictionary(written.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ClaimStore.ordered(
            all.map { claim in
                var numbered = sealed[claim.id] ?? claim
                numbered.ordinal = ordinals[claim.id] ?? claim.ordinal
                return numbered
            })
    }

    /// Tells open sessions that the numbers changed (see `numberingGeneration`); with the document lock held.
    func bumpNumberingGeneration(_ slug: String) throws {
        try AtomicFile.write(
            numberingData(slug), to: try workspace.documentFolder(slug).appendingPathComponent(".numbering"),
            syncFolder: false)
    }

    /// The next numbering generation, as `.numbering` holds it.
    func numberingData(_ slug: String) -> Data {
        Data("\((Int(numberingGeneration(slug)) ?? 0) + 1)\n".utf8)
    }

    /// Writes a new claim (a reviewer's manual claim) at its place in article order: it gets the ordinal of
    /// its place and the claims after it move up by one. Refuses to replace an existing file, and to run while
    /// a claim file of the document is broken. Returns the claim as written.
    @discardableResult
    public func createInArticleOrder(_ claim: Claim) throws -> Claim {
        let folder = try workspace.documentFolder(claim.document)
        let file = try workspace.claimFile(claim.document, id: claim.id)
        return try DocumentLock.with(folder) {
            guard !FileManager.default.fileExists(atPath: file.path) else {
                throw ClaimCheckError.refused("claim \(claim.id) already exists in \(claim.document)")
            }
            try upgradeRecordIfNeeded(claim.document)
            try renumber(claim.document, extra: claim)
            AtomicFile.syncDirectory(folder)
            return try loadClaim(claim.document, id: claim.id)
        }
    }
}
