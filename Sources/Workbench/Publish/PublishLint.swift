import ClaimCore
import Foundation

/// The publish gate (issue 16 point 3): every reason a document is not ready to publish, one finding each.
/// Pure over a loaded document and the workspace's settings, so `claimcheck lint` and a public report can both
/// ask it.
///
/// "Acknowledged" means a reviewer wrote about the problem where a reader of the claim file sees it:
/// - a number discrepancy: the verdict's note or the note of the evidence it was found in names the source's
///   figure (the discrepancy's `found`, as a whole number: "98");
/// - a missing quote: the verdict's note or an evidence note speaks of the wording ("quote", "quoted",
///   "quotation", "wording", "paraphrase", "paraphrased");
/// - a consistency note: the verdict's note of one of the claims it names mentions one of its figures (a number
///   it gives, as a whole number), a weekday it names, or words it quotes from the article.
/// A dead link is acknowledged by a non-empty note on that piece of evidence. Orphaned claims (their sentence is
/// gone; they are listed apart and get no ClaimReview) are not checked.
public struct PublishLint: Sendable {
    /// Why a document is not ready.
    public enum Rule: String, Codable, Sendable, CaseIterable {
        /// A claim with no verdict.
        case unreviewed
        /// A rated verdict (true … false) without one evidence link fetched successfully.
        case ratedWithoutFetchedEvidence = "rated-without-fetched-evidence"
        /// Evidence whose last fetch failed, without a note saying so.
        case deadLinkWithoutNote = "dead-link-without-note"
        /// A re-check the claim still needs (`recheck`).
        case pendingRecheck = "pending-recheck"
        /// A claim rated true or mostly-true whose source gives another figure, unacknowledged.
        case unacknowledgedDiscrepancy = "unacknowledged-discrepancy"
        /// A claim rated true or mostly-true whose quote no source has verbatim, unacknowledged.
        case unacknowledgedMissingQuote = "unacknowledged-missing-quote"
        /// An internal consistency note no verdict note acknowledges.
        case unacknowledgedConsistencyNote = "unacknowledged-consistency-note"
        /// A claim file that cannot be read.
        case unreadableClaim = "unreadable-claim"
        /// No base URL configured: ClaimReview urls would be relative.
        case noBaseURL = "no-base-url"
        /// No organisation configured: ClaimReview would name no publisher.
        case noOrganization = "no-organization"
    }

    /// One reason not to publish.
    public struct Finding: Codable, Sendable, Equatable {
        /// The document.
        public var document: String
        /// The claim's number in article order; nil for a document-wide reason.
        public var number: Int?
        /// The claim's id; nil for a document-wide reason.
        public var claim: String?
        /// Which rule.
        public var rule: Rule
        /// What is wrong, in words, without the document and claim (the line adds them).
        public var message: String

        /// The line `claimcheck lint` prints: `benghazi: claim 3 (3f2a9c): …`.
        public var line: String {
            let claimPart = claim.map { id in "claim \(number.map(String.init) ?? "?") (\(id)): " } ?? ""
            return "\(document): \(claimPart)\(message)"
        }
    }

    /// The workspace's settings (base URL, organisation).
    public var config: WorkspaceConfig

    /// A gate over the settings `config`.
    public init(config: WorkspaceConfig) {
        self.config = config
    }

    /// Every finding for `document`, document-wide ones first, then claim by claim in article order.
    public func findings(for document: LoadedDocument) -> [Finding] {
        let slug = document.info.slug
        var found: [Finding] = []
        if config.baseURL?.isEmpty ?? true {
            found.append(
                Finding(
                    document: slug, rule: .noBaseURL,
                    message:
                        "no base URL configured: ClaimReview urls would be relative ('claimcheck config set base-url URL')"
                ))
        }
        if config.organization?.isEmpty ?? true {
            found.append(
                Finding(
                    document: slug, rule: .noOrganization,
                    message:
                        "no organisation configured: ClaimReview would name no publisher ('claimcheck config set organization NAME')"
                ))
        }
        found += document.problems.map {
            Finding(document: slug, rule: .unreadableClaim, message: "unreadable claim file: \($0)")
        }
        let current = document.claims.filter { !$0.isOrphaned }
        let notes = ConsistencyChecker().check(document.claims, article: document.article)
        for claim in current {
            found += findings(for: claim).map { rule, message in
                Finding(document: slug, number: claim.ordinal, claim: claim.id, rule: rule, message: message)
            }
            for note in notes where note.claimIDs.first == claim.id && !acknowledges(note, in: document.claims) {
                found.append(
                    Finding(
                        document: slug, number: claim.ordinal, claim: claim.id, rule: .unacknowledgedConsistencyNote,
                        message: "consistency note not acknowledged in a verdict note: \(note.message)"))
            }
        }
        return found
    }

    /// The claim-level findings of one claim: rule and message.
    func findings(for claim: Claim) -> [(Rule, String)] {
        var found: [(Rule, String)] = []
        let label = claim.verdict.label
        if label == .unreviewed { found.append((.unreviewed, "unreviewed")) }
        if label.ratingValue != nil && !claim.evidence.contains(where: Self.fetchedSuccessfully) {
            found.append(
                (
                    .ratedWithoutFetchedEvidence,
                    "rated \(label.rawValue) without an evidence link fetched successfully"
                ))
        }
        for (index, evidence) in claim.evidence.enumerated()
        where evidence.fetchError != nil && evidence.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            found.append(
                (
                    .deadLinkWithoutNote,
                    "evidence #\(index + 1) \(evidence.url) is dead (\(evidence.fetchError ?? "")) and has no note"
                ))
        }
        if let recheck = claim.recheck {
            found.append(
                (.pendingRecheck, "needs a re-check: \(recheck.reason)\(recheck.since.map { " (since \($0))" } ?? "")"))
        }
        guard label == .true || label == .mostlyTrue else { return found }
        var seen = Set<String>()
        for evidence in claim.evidence {
            for discrepancy in evidence.matches.flatMap({ $0.discrepancies ?? [] }) {
                let key = "\(discrepancy.claimed)|\(discrepancy.found)|\(discrepancy.noun)"
                guard seen.insert(key).inserted,
                    !Self.mentionsNumber(discrepancy.found, in: [claim.verdict.note, evidence.note])
                else { continue }
                found.append(
                    (
                        .unacknowledgedDiscrepancy,
                        "rated \(label.rawValue) but \(evidence.url) gives \(discrepancy.found) \(discrepancy.noun) where the claim says \(discrepancy.claimed), and no note mentions \(discrepancy.found)"
                    ))
            }
        }
        let quoteChecks = claim.evidence.flatMap(\.matches).compactMap(\.quoteFound)
        if claim.kinds.contains(.quote), !quoteChecks.isEmpty, !quoteChecks.contains(true),
            !Self.speaksOfWording([claim.verdict.note] + claim.evidence.map(\.note))
        {
            found.append(
                (
                    .unacknowledgedMissingQuote,
                    "rated \(label.rawValue) but no source has the quote verbatim, and no note speaks of the wording"
                ))
        }
        return found
    }

    /// A link whose last fetch succeeded: a snapshot and no error.
    static func fetchedSuccessfully(_ evidence: Evidence) -> Bool {
        evidence.snapshot != nil && evidence.fetchError == nil
    }

    /// Whether one of `notes` names `figure` as a whole number ("98" in "98 members", not in "1985").
    static func mentionsNumber(_ figure: String, in notes: [String]) -> Bool {
        let wanted = figure.filter { $0.isNumber || $0 == "." || $0 == "," }
        guard !wanted.isEmpty else { return false }
        return notes.contains { note in numbers(in: note).contains(wanted) }
    }

    /// The runs of digits (with inner `.` and `,`) of a text.
    static func numbers(in text: String) -> Set<String> {
        var found = Set<String>()
        var current = ""
        for character in text + " " {
            if character.isNumber || (!current.isEmpty && (character == "." || character == ",")) {
                current.append(character)
            } else if !current.isEmpty {
                while current.last == "." || current.last == "," { current.removeLast() }
                found.insert(current)
                current = ""
            }
        }
        return found
    }

    /// Whether one of `notes` speaks of a quote's wording.
    static func speaksOfWording(_ notes: [String]) -> Bool {
        notes.contains { note in
            let lower = note.lowercased()
            return ["quot", "wording", "paraphras"].contains { lower.contains($0) }
        }
    }

    /// Whether a verdict note of one of the claims `note` names mentions one of its figures, weekdays or quoted
    /// article words.
    func acknowledges(_ note: ConsistencyNote, in claims: [Claim]) -> Bool {
        let verdictNotes = claims.filter { note.claimIDs.contains($0.id) }.map(\.verdict.note).filter { !$0.isEmpty }
        guard !verdictNotes.isEmpty else { return false }
        let figures = Self.numbers(in: Self.withoutClaimNumbers(note.message))
        if verdictNotes.contains(where: { !Self.numbers(in: $0).isDisjoint(with: figures) }) { return true }
        let words =
            Self.quoted(note.message) + CalendarNames.weekdayNames.filter { note.message.lowercased().contains($0) }
        return verdictNotes.contains { verdict in
            let lower = verdict.lowercased()
            return words.contains { !$0.isEmpty && lower.contains($0.lowercased()) }
        }
    }

    /// A consistency note's text without its "(claim N)" references, whose numbers are not figures.
    static func withoutClaimNumbers(_ message: String) -> String {
        message.replacingOccurrences(of: #"\(claim \d+\)"#, with: "", options: .regularExpression)
    }

    /// The texts a message quotes between “ and ”.
    static func quoted(_ message: String) -> [String] {
        message.split(separator: "“").dropFirst().compactMap { part in
            part.split(separator: "”", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        }
    }
}
