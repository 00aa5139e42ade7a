import ClaimCore
import Foundation

/// Turns a loaded document into the context of `DocumentTemplate`: plain dictionaries of strings,
/// numbers, booleans and arrays. Every key a nested section reads is always set (mustache falls back to
/// outer contexts for missing keys, which would show the wrong value).
struct DocumentViewModel: Sendable {
    let document: LoadedDocument
    let options: ReportOptions
    let generatedAt: String
    /// 1-based display number of each claim (article order, orphaned last).
    let numbers: [String: Int]
    let highlighted: ArticleHighlighter.Result
    let unplaced: Set<String>

    init(document: LoadedDocument, options: ReportOptions, generatedAt: String) {
        self.document = document
        self.options = options
        self.generatedAt = generatedAt
        let claims = document.claims
        let numbers = Dictionary(claims.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let targets = claims.filter { !$0.isOrphaned }.map { HighlightTarget(id: $0.id, number: numbers[$0.id]!, span: $0.span) }
        let highlighted = ArticleHighlighter.highlight(document.article, targets: targets)
        self.numbers = numbers
        self.highlighted = highlighted
        unplaced = Set(highlighted.unplaced.map(\.id))
    }

    /// The context of `DocumentTemplate.pageStart` and `.pageEnd`: everything but the cards.
    func context() throws -> [String: Any] {
        let info = document.info
        let claims = document.claims
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
            "problemSummary": document.problems.count == 1 ? "1 claim file could not be read."
                : "\(document.problems.count) claim files could not be read.",
            "claimNoun": claims.count == 1 ? "claim" : "claims",
            "unreviewedSummary": claims.count == 1 ? "The document’s one claim has not been reviewed yet: its highlight below is still unreviewed."
                : "None of the \(claims.count) claims has been reviewed yet: every highlight below is still unreviewed.",
            "paragraphs": highlighted.paragraphs.map { ["units": units($0, byID)] },
            "hasArticle": !highlighted.paragraphs.isEmpty,
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
        let source = info.url ?? ""
        let sourceIsLink = WebLink.isSafeLink(source)   // only http(s) becomes a link; anything else is text
        context["sourceURL"] = sourceIsLink ? source.trimmingCharacters(in: .whitespacesAndNewlines) : ""
        context["sourceText"] = source
        context["sourceIsLink"] = sourceIsLink
        context["hasSource"] = !source.isEmpty
        return context
    }

    static func title(_ info: DocumentInfo) -> String {
        info.title.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 } ?? info.slug
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

    /// A paragraph as units of plain text, each followed by at most one highlight (`hl` when it starts
    /// there, numbered and with the anchor id; `hlMore` when it continues from an earlier paragraph).
    func units(_ pieces: [ArticlePiece], _ byID: [String: Claim]) -> [[String: Any]] {
        var units: [[String: Any]] = []
        var plain = ""
        for piece in pieces {
            guard let target = piece.target, let claim = byID[target.id] else {
                plain += piece.text
                continue
            }
            let highlight: [String: Any] = ["hlID": claim.id, "hlNumber": target.number, "hlClass": claim.verdict.label.rawValue,
                                            "hlTitle": "Claim \(target.number): \(claim.verdict.label.displayName)", "hlText": piece.text]
            units.append(["plain": plain, "hl": piece.isStart ? [highlight] : [], "hlMore": piece.isStart ? [] : [highlight]])
            plain = ""
        }
        if !plain.isEmpty { units.append(["plain": plain, "hl": [], "hlMore": []]) }
        return units
    }

    func ref(_ claim: Claim, number: Int) -> [String: Any] {
        ["refID": claim.id, "refNumber": number, "refText": claim.text, "refVerdict": claim.verdict.label.displayName,
         "refClass": claim.verdict.label.rawValue]
    }

    /// The context of `DocumentTemplate.card` for the claim at `index` of the document.
    func card(at index: Int) -> [String: Any] {
        let claim = document.claims[index]
        let number = numbers[claim.id]!
        let verdict = claim.verdict
        let reviewed = verdict.label != .unreviewed
        var heading = reviewed ? "Verdict: \(verdict.label.displayName)" : "Not reviewed yet"
        if claim.evidence.isEmpty { heading += " · no evidence attached" }
        let byline = verdict.reviewer.flatMap { $0.isEmpty ? nil : "— \($0)" + (verdict.at.map { ", \($0)" } ?? "") } ?? ""
        var tags: [[String: Any]] = []
        if claim.isOrphaned { tags.append(["tag": "no longer in the article"]) }
        if claim.manual == true { tags.append(["tag": "added by a reviewer"]) }
        return [
            "id": claim.id,
            "number": number,
            "text": claim.text,
            "verdictClass": verdict.label.rawValue,
            "verdictName": verdict.label.displayName,
            "heading": heading,
            "headingClass": reviewed ? "reviewed" : "open",
            "verdictNote": verdict.note,
            "byline": byline,
            "kinds": claim.kinds.map(\.rawValue).joined(separator: ", "),
            "tags": tags,
            "facts": claim.facts.map { ["factKind": $0.kind.rawValue, "summary": $0.summary] },
            "evidence": claim.evidence.map(evidence),
            "hasEvidence": !claim.evidence.isEmpty,
            "flags": ClaimFlags.flags(claim).map { ["flag": $0] },
            "isPlaced": !claim.isOrphaned && !unplaced.contains(claim.id),
        ]
    }

    func evidence(_ e: Evidence) -> [String: Any] {
        let safe = WebLink.isSafeLink(e.url)
        let snapshot = e.snapshot.flatMap { Self.isSHA256($0) ? $0 : nil }
        var meta = ["added by \(e.addedBy)"]
        if let status = e.status { meta.append("HTTP \(status)") }
        if let fetched = e.fetchedAt { meta.append("fetched \(fetched)") }
        if e.status == nil, e.fetchError == nil, e.snapshot == nil { meta.append("not fetched yet") }
        let title = e.title.flatMap { $0.isEmpty ? nil : $0 }
        return [
            "stance": e.stance.rawValue,
            "evLink": safe ? [["evHref": e.url.trimmingCharacters(in: .whitespacesAndNewlines), "evLinkText": title ?? e.url]] : [],
            "evPlain": safe ? [] : [["evURL": e.url]],
            "evMeta": meta.joined(separator: " · "),
            "evSnapshot": snapshot.map { [["archiveHref": "../claims/\(document.info.slug)/sources/\($0).txt", "snapshotShort": String($0.prefix(12))]] } ?? [],
            "fetchError": e.fetchError.flatMap { $0.isEmpty ? nil : "Fetch failed: \($0)" } ?? "",
            "evNote": e.note,
            "matches": e.matches.map { match in
                ["runs": Self.runs(PassageMarker.mark(match.passage, numbers: match.numbers)), "score": String(format: "%.2f", match.score)] as [String: Any]
            },
        ]
    }

    /// Passage runs as (plain, marked) pairs, the shape the template renders without sections.
    static func runs(_ runs: [PassageMarker.Run]) -> [[String: Any]] {
        var pairs: [[String: Any]] = []
        var plain = ""
        for run in runs {
            if run.marked {
                pairs.append(["plain": plain, "marked": run.text])
                plain = ""
            } else {
                plain += run.text
            }
        }
        if !plain.isEmpty { pairs.append(["plain": plain, "marked": ""]) }
        return pairs
    }

    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
