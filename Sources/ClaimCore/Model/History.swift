/// What one history entry records. Stored as the strings DESIGN.md lists ("verdict", "evidence-add", …),
/// so files written before this type existed read unchanged.
public enum HistoryAction: String, Codable, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The extractor made the claim.
    case extracted
    /// A re-extraction changed the claim (its text, span, facts or ordinal).
    case reextracted
    /// A re-extraction found the claim's sentence edited: `from` is the old text, `to` the new one (the claim took
    /// over its predecessor's verdict, evidence and history).
    case revised
    /// A re-extraction no longer found the reviewed claim's sentence.
    case orphaned
    /// A reviewer set the verdict (and possibly its note).
    case verdict
    /// A reviewer set the note of the verdict.
    case note
    /// A reviewer attached a link as evidence.
    case evidenceAdd = "evidence-add"
    /// A reviewer removed a piece of evidence.
    case evidenceRemove = "evidence-remove"
    /// A refetch changed what is known about the claim's evidence.
    case evidenceFetch = "evidence-fetch"
    /// A refetch found nothing new but recorded when each link was last checked (`checkedAt`).
    case evidenceCheck = "evidence-check"
    /// A reviewer set the claim's kinds.
    case kinds
    /// A reviewer made the claim by hand from words of the article.
    case manual
    /// A reviewer undid one of their own changes; `from` says which, `to` what was restored.
    case undo
    /// A git merge found the verdict changed on both sides to different labels (`ClaimMerge`); `from` is the
    /// verdict of record kept, `to` the disputed ones ("alice: true; bob: false").
    case dispute
    /// A reviewer set the verdict of a disputed claim, ending the dispute; `from` names the disputed verdicts,
    /// `to` the verdict set.
    case resolve

    /// Entries the extractor writes; every other action is a person's work that must never be thrown away.
    public var isExtraction: Bool { self == .extracted || self == .reextracted || self == .revised }

    /// The stored string.
    public var description: String { rawValue }
}

/// One entry of a claim's append-only history.
public struct HistoryEntry: Codable, Hashable, Sendable {
    /// When, as an ISO 8601 UTC timestamp.
    public var at: String
    /// Who: the reviewer, or whoever ran the extraction.
    public var by: String
    /// What happened.
    public var action: HistoryAction
    /// The value before, where the action has one (the previous verdict, the removed URL, what an undo undid).
    public var from: String?
    /// The value after (the new verdict, the added URL, what an undo restored).
    public var to: String?
    /// The hash of the entry before this one (`ClaimRecord.entryHash`), or of the claim's name for the first
    /// entry; set by the store when the entry is saved. Nil in files written before the record was sealed.
    public var prev: String?
    /// sha256 of the claim's canonical content after this change (`ClaimRecord.state`); set by the store when
    /// the entry is saved. Nil before sealing, and on entries sealed by the upgrade of an old workspace other than
    /// each claim's last.
    public var state: String?

    /// An entry; `from` and `to` as the action needs them. `prev` and `state` are the store's to set.
    public init(
        at: String, by: String, action: HistoryAction, from: String? = nil, to: String? = nil, prev: String? = nil,
        state: String? = nil
    ) {
        self.at = at
        self.by = by
        self.action = action
        self.from = from
        self.to = to
        self.prev = prev
        self.state = state
    }

    /// Whether the store has chained this entry (`prev` set).
    public var isSealed: Bool { prev != nil }

    /// The entry as its writer made it, without the record hashes the store adds (for comparing what was said).
    public var withoutSeal: HistoryEntry {
        HistoryEntry(at: at, by: by, action: action, from: from, to: to)
    }
}
