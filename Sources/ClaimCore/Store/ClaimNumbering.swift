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
}

extension ClaimStore {
    /// A fingerprint of the set of a document's claim files (readable or not): their number and an
    /// order-independent hash of their names, read from the folder listing alone without decoding a name.
    /// A long-running session compares it to notice that claims were added or removed, and so renumbered
    /// (about a millisecond for 10,000 files). Nil when the folder cannot be listed.
    public func claimFileFingerprint(_ slug: String) -> ClaimFileFingerprint? {
        guard let folder = try? workspace.documentFolder(slug), let dir = opendir(folder.path) else { return nil }
        defer { closedir(dir) }
        var fingerprint = ClaimFileFingerprint()
        let json: [UInt8] = Array(".json".utf8)
        let document: [UInt8] = Array("document.json".utf8)
        while let entry = readdir(dir) {
            withUnsafeMutablePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
                    // Claim files: "*.json" but not "document.json" nor hidden (temporary) files, as `claimFileNames`.
                    guard length > 5, name[0] != UInt8(ascii: ".") else { return }
                    for k in 0..<5 where name[length - 5 + k] != json[k] { return }
                    if length == document.count, (0..<length).allSatisfy({ name[$0] == document[$0] }) { return }
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, then mixed so that XOR and sum stay spread
                    for k in 0..<length { hash = (hash ^ UInt64(name[k])) &* 0x0000_0100_0000_01B3 }
                    hash ^= hash >> 29
                    hash = hash &* 0xBF58_476D_1CE4_E5B9
                    fingerprint.count += 1
                    fingerprint.hash ^= hash
                    fingerprint.sum &+= hash
                }
            }
        }
        return fingerprint
    }

    /// Writes the ordinal of every claim whose place changed; call with the document lock held.
    /// Refuses while a claim file is broken: its number could not be kept, and everyone after it would shift.
    func renumber(_ slug: String, extra: Claim? = nil) throws {
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
        for (claim, ordinal) in up + down + new {
            var claim = claim
            claim.ordinal = ordinal
            try AtomicFile.write(try ClaimCoding.encode(claim), to: try workspace.claimFile(slug, id: claim.id))
        }
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
            try renumber(claim.document, extra: claim)
            AtomicFile.syncDirectory(folder)
            return try loadClaim(claim.document, id: claim.id)
        }
    }
}

/// The number of a document's claim files and two order-independent hashes of their names.
public struct ClaimFileFingerprint: Equatable, Sendable {
    /// How many claim files the folder holds.
    public var count = 0
    /// XOR of the names' hashes.
    public var hash: UInt64 = 0
    /// Wrapping sum of the names' hashes (with the XOR, a swap of two names for two others is not missed).
    public var sum: UInt64 = 0

    /// The fingerprint of no files.
    public init() {}
}
