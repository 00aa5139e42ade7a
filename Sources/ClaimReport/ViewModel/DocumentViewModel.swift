import ClaimCore
import Foundation

/// Turns a loaded document into the context of `DocumentTemplate`: plain dictionaries of strings,
/// numbers, booleans and arrays. Every key a nested section reads is always set (mustache falls back to
/// outer contexts for missing keys, which would show the wrong value).
struct DocumentViewModel {
    let document: LoadedDocument
    let options: ReportOptions
    let generatedAt: String

    func context() throws -> [String: Any] {
        let info = document.info
        let claims = document.claims
        let numbers = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($1.id, $0 + 1) })
        let targets = claims.filter { !$0.isOrphaned }.map { HighlightTarget(id: $0.id, number: numbers[$0.id]!, span: $0.span) }
        let highlighted = ArticleHighlighter.highlight(document.article, targets: targets)
        let unplaced = Set(highlighted.unplaced.map(\.id))
        let byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let builder = options.builder(for: info, now: generatedAt)
        let tally = VerdictTally(claims)
        let notes = ConsistencyChecker().check(claims, article: document.article)
        let reviews = try claims.compactMap { claim in try builder.review(for: claim).map { try ScriptSafeJSON.encode($0) } }

        var context: [String: Any] = [
            "title": Self.title(info),
            "pageTitle": "Verification report: \(Self.title(info))",
            "slug": info.slug,
            "published": info.published ?? "",
            "hasPublished": info.published != nil,
            "generatedAt": generatedAt,
            "extractorVersion": info.extractorVersion,
            "claimCount": claims.count,
            "reviewedCount": tally.reviewed,
            "unreviewedCount": tally.count(.unreviewed),
            "hasUnreviewed": tally.count(.unreviewed) > 0 && tally.reviewed > 0,
            "tally": tally.rows(),
            "tallySummary": tally.summary,
            "noClaims": claims.isEmpty,
            "allUnreviewed": !claims.isEmpty && tally.reviewed == 0,
            "problems": document.problems.map { ["problem": $0.description] },
            "hasProblems": !document.problems.isEmpty,
            "problemCount": document.problems.count,
            "paragraphs": highlighted.paragraphs.map { ["pieces": $0.map { piece(byID, $0) }] },
            "hasArticle": !highlighted.paragraphs.isEmpty,
            "cards": claims.map { card($0, number: numbers[$0.id]!, placed: !$0.isOrphaned && !unplaced.contains($0.id)) },
            "orphans": claims.filter(\.isOrphaned).map { ref($0, number: numbers[$0.id]!) },
            "hasOrphans": claims.contains(where: \.isOrphaned),
            "unplaced": highlighted.unplaced.compactMap { t in byID[t.id].map { ref($0, number: t.number) } },
            "hasUnplaced": !highlighted.unplaced.isEmpty,
            "notes": notes.map { note in
                ["noteKind": note.kind.rawValue, "message": note.message,
                 "refs": note.claimIDs.compactMap { id in numbers[id].map { ["refID": id, "refNumber": $0] } }] as [String: Any]
            },
            "hasNotes": !notes.isEmpty,
            "reviews": reviews.map { ["jsonLD": $0] },
        ]
        let reviewers = Self.reviewers(claims)
        context["reviewers"] = reviewers.joined(separator: ", ")
        context["hasReviewers"] = !reviewers.isEmpty
        let link = Self.link(info.url ?? "")
        context["sourceURL"] = link["href"]
        context["sourceText"] = link["text"]
        context["sourceIsLink"] = link["isLink"]
        context["hasSource"] = !(info.url ?? "").isEmpty
        return context
    }

    static func title(_ info: DocumentInfo) -> String {
        info.title.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 } ?? info.slug
    }

    /// A URL for the template: a link only when it is http(s) (WebLink's rule), else plain text.
    static func link(_ url: String) -> [String: Any] {
        let safe = WebLink.isSafeLink(url)
        return ["href": safe ? url.trimmingCharacters(in: .whitespacesAndNewlines) : "", "text": url, "isLink": safe]
    }

    /// Everyone who gave a verdict or changed a claim, in order of first appearance.
    static func reviewers(_ claims: [Claim]) -> [String] {
        var seen = Set<String>(), names: [String] = []
        func add(_ name: String?) {
            guard let name, !name.isEmpty, seen.insert(name).inserted else { return }
            names.append(name)
        }
        for claim in claims {
            add(claim.verdict.reviewer)
            for entry in claim.history where !["extracted", "reextracted", "orphaned"].contains(entry.action) { add(entry.by) }
        }
        return names
    }

    func piece(_ byID: [String: Claim], _ piece: ArticlePiece) -> [String: Any] {
        guard let target = piece.target, let claim = byID[target.id] else {
            return ["text": piece.text, "isHighlight": false, "hlID": "", "hlNumber": 0, "hlClass": "", "isStart": false, "hlTitle": ""]
        }
        return ["text": piece.text, "isHighlight": true, "hlID": claim.id, "hlNumber": target.number,
                "hlClass": claim.verdict.label.rawValue, "isStart": piece.isStart,
                "hlTitle": "Claim \(target.number): \(claim.verdict.label.displayName)"]
    }

    func ref(_ claim: Claim, number: Int) -> [String: Any] {
        ["refID": claim.id, "refNumber": number, "refText": claim.text, "refVerdict": claim.verdict.label.displayName,
         "refClass": claim.verdict.label.rawValue]
    }

    func card(_ claim: Claim, number: Int, placed: Bool) -> [String: Any] {
        let verdict = claim.verdict
        return [
            "id": claim.id,
            "number": number,
            "ordinal": claim.ordinal,
            "text": claim.text,
            "verdictClass": verdict.label.rawValue,
            "verdictName": verdict.label.displayName,
            "isUnreviewed": verdict.label == .unreviewed,
            "verdictNote": verdict.note,
            "hasVerdictNote": !verdict.note.isEmpty,
            "verdictBy": verdict.reviewer ?? "",
            "hasVerdictBy": !(verdict.reviewer ?? "").isEmpty,
            "verdictAt": verdict.at ?? "",
            "hasVerdictAt": !(verdict.at ?? "").isEmpty,
            "kinds": claim.kinds.map(\.rawValue).joined(separator: ", "),
            "hasKinds": !claim.kinds.isEmpty,
            "facts": claim.facts.map { ["factKind": $0.kind.rawValue, "summary": $0.summary] },
            "hasFacts": !claim.facts.isEmpty,
            "evidence": claim.evidence.map(evidence),
            "hasEvidence": !claim.evidence.isEmpty,
            "flags": ClaimFlags.flags(claim).map { ["flag": $0] },
            "hasFlags": !ClaimFlags.flags(claim).isEmpty,
            "isOrphaned": claim.isOrphaned,
            "isPlaced": placed,
            "isManual": claim.manual == true,
        ]
    }

    func evidence(_ e: Evidence) -> [String: Any] {
        let link = Self.link(e.url)
        let snapshot = e.snapshot.flatMap { Self.isSHA256($0) ? $0 : nil }
        return [
            "evHref": link["href"]!, "evText": e.url, "evIsLink": link["isLink"]!,
            "evTitle": e.title ?? "", "hasEvTitle": !(e.title ?? "").isEmpty,
            "stance": e.stance.rawValue,
            "evNote": e.note, "hasEvNote": !e.note.isEmpty,
            "httpStatus": e.status.map(String.init) ?? "", "hasStatus": e.status != nil,
            "statusOK": e.status.map { (200..<300).contains($0) } ?? false,
            "fetchedAt": e.fetchedAt ?? "", "hasFetchedAt": e.fetchedAt != nil,
            "snapshotShort": snapshot.map { String($0.prefix(12)) } ?? "", "hasSnapshot": snapshot != nil,
            "archiveHref": snapshot.map { "../claims/\(document.info.slug)/sources/\($0).txt" } ?? "",
            "fetchError": e.fetchError ?? "", "hasFetchError": !(e.fetchError ?? "").isEmpty,
            "neverFetched": e.status == nil && e.fetchError == nil && e.snapshot == nil,
            "addedBy": e.addedBy, "addedAt": e.addedAt,
            "matches": e.matches.map { match in
                ["runs": PassageMarker.mark(match.passage, numbers: match.numbers).map { ["run": $0.text, "marked": $0.marked] },
                 "score": String(format: "%.2f", match.score)] as [String: Any]
            },
            "hasMatches": !e.matches.isEmpty,
        ]
    }

    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
