import ClaimCore
import Foundation

/// Turns a loaded document into what its report shows: the context of the `DocumentTemplate` frame
/// (plain dictionaries of strings, numbers, booleans and arrays; every key a nested section reads is
/// always set, because mustache falls back to outer contexts for missing keys), the highlighted
/// article and one `ClaimCard` per claim.
struct DocumentViewModel: Sendable {
    let document: LoadedDocument
    let options: ReportOptions
    let generatedAt: String
    /// 1-based display number of each claim (article order, orphaned last).
    let numbers: [String: Int]
    let highlighted: ArticleHighlighter.Result
    let unplaced: Set<String>
    /// Each claim by id (the first, should a hand-edited folder repeat an id).
    let byID: [String: Claim]
    let reviewBuilder: ClaimReviewBuilder

    init(document: LoadedDocument, options: ReportOptions, generatedAt: String) {
        self.document = document
        self.options = options
        self.generatedAt = generatedAt
        let claims = document.claims
        // The claim's ordinal: the number `list` and the review show (a broken file leaves its number free).
        let numbers = Dictionary(claims.map { ($0.id, $0.ordinal) }, uniquingKeysWith: { first, _ in first })
        let targets = claims.filter { !$0.isOrphaned }.map {
            HighlightTarget(id: $0.id, number: numbers[$0.id]!, span: $0.span)
        }
        let highlighted = ArticleHighlighter.highlight(document.article, targets: targets)
        self.numbers = numbers
        self.highlighted = highlighted
        unplaced = Set(highlighted.unplaced.map(\.id))
        byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        reviewBuilder = options.builder(for: document.info, now: generatedAt)
    }

    /// The context of the `DocumentTemplate` parts: everything but the article and the cards.
    func context() throws -> [String: Any] {
        let info = document.info
        let claims = document.claims
        let tally = VerdictTally(claims)
        let notes = ConsistencyChecker().check(claims, article: document.article)

        var context: [String: Any] = [
            "title": Self.title(info, article: document.article),
            "pageTitle": "Verification report: \(Self.title(info, article: document.article))",
            "slug": info.slug,
            "published": info.published ?? "",
            "hasPublished": info.published != nil,
            "generatedAt": generatedAt,
            "extractorVersion": info.extractorVersion,
            "claimCount": tally.total,
            "reviewedCount": tally.reviewed,
            "unreviewedCount": tally.count(.unreviewed),
            "hasUnreviewed": tally.count(.unreviewed) > 0 && tally.reviewed > 0,
            "recheckCount": tally.recheck,
            "hasRecheckCount": tally.recheck > 0,
            "tally": tally.rows(),
            "tallySummary": tally.summary,
            "noClaims": claims.isEmpty,
            "allUnreviewed": tally.total > 0 && tally.reviewed == 0,
            "problems": document.problems.map { ["problem": $0.description] },
            "hasProblems": !document.problems.isEmpty,
            "problemSummary": document.problems.count == 1
                ? "1 claim file could not be read."
                : "\(document.problems.count) claim files could not be read.",
            "claimNoun": tally.total == 1 ? "claim" : "claims",
            "unreviewedSummary": tally.total == 1
                ? "The document’s one claim has not been reviewed yet: its highlight below is still unreviewed."
                : "None of the \(tally.total) claims has been reviewed yet: every highlight below is still unreviewed.",
            "hasArticle": !highlighted.paragraphs.isEmpty,
            "orphans": claims.filter(\.isOrphaned).map { ref($0, number: numbers[$0.id]!) },
            "hasOrphans": tally.orphaned > 0,
            "orphanCount": tally.orphaned,
            "unplaced": highlighted.unplaced.compactMap { t in byID[t.id].map { ref($0, number: t.number) } },
            "hasUnplaced": !highlighted.unplaced.isEmpty,
            "notes": notes.map { note in
                [
                    "noteKind": note.kind.rawValue, "message": note.message,
                    "refs": note.claimIDs.compactMap { id in numbers[id].map { ["refID": id, "refNumber": $0] } },
                ] as [String: Any]
            },
            "hasNotes": !notes.isEmpty,
        ]
        let reviewers = Self.reviewers(claims)
        context["reviewers"] = reviewers.joined(separator: ", ")
        context["hasReviewers"] = !reviewers.isEmpty
        let source = info.url ?? ""
        let sourceIsLink = WebLink.isSafeLink(source)  // only http(s) becomes a link; anything else is text
        context["sourceURL"] = sourceIsLink ? source.trimmingCharacters(in: .whitespacesAndNewlines) : ""
        context["sourceText"] = source
        context["sourceIsLink"] = sourceIsLink
        context["hasSource"] = !source.isEmpty
        context["fingerprint"] = document.fingerprint ?? ""
        context["hasFingerprint"] = document.fingerprint != nil
        return context
    }

    /// The page title: `--title` (or the fetched page's title), else the article's own headline, else the slug.
    static func title(_ info: DocumentInfo, article: String = "") -> String {
        info.title.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            ?? ArticleHeadline.find(in: article) ?? info.slug
    }

    /// Everyone who gave a verdict (the current one or an earlier one), in order of first appearance; attaching
    /// evidence, writing a note or refetching does not make someone a reviewer.
    static func reviewers(_ claims: [Claim]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        func add(_ name: String?) {
            guard let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty,
                seen.insert(name).inserted
            else { return }
            names.append(name)
        }
        for claim in claims {
            if claim.verdict.label != .unreviewed { add(claim.verdict.reviewer) }
            for entry in claim.history
            where (entry.action == .verdict || entry.action == .resolve) && entry.to != VerdictLabel.unreviewed.rawValue
            {
                add(entry.by)
            }
        }
        return names
    }

    func ref(_ claim: Claim, number: Int) -> [String: Any] {
        [
            "refID": claim.id, "refNumber": number, "refText": claim.text,
            "refVerdict": claim.verdict.label.displayName,
            "refClass": claim.verdict.label.rawValue,
        ]
    }

    /// The card of the claim at `index` of the document.
    func card(at index: Int) -> ClaimCard {
        let claim = document.claims[index]
        return ClaimCard(
            claim: claim, number: numbers[claim.id]!, isPlaced: !claim.isOrphaned && !unplaced.contains(claim.id),
            documentSlug: document.info.slug)
    }

    /// The ClaimReview JSON-LD of the claim at `index`, or nil when its verdict is not published.
    func review(at index: Int) throws -> ScriptSafeJSON? {
        try reviewBuilder.review(for: document.claims[index]).map(ScriptSafeJSON.encode)
    }

    /// The article with every placed claim highlighted (`ArticleMarkup`).
    func writeArticle(to out: inout HTMLWriter) {
        ArticleMarkup.write(highlighted.paragraphs, claims: byID, to: &out)
    }
}
