import ClaimCore
import SourceFetch

/// What one fetch of an evidence URL came to.
public enum FetchOutcome: String, Sendable, Equatable {
    /// The first snapshot of this link.
    case fetched
    /// Same bytes as the last snapshot.
    case unchanged
    /// Different bytes from the last snapshot: both are kept.
    case changed
    /// The page is gone (404, 410) or its host does not exist.
    case dead
    /// Any other failure (timeout, refused, TLS, 5xx…).
    case failed
}

/// The result of fetching one evidence URL, for the CLI and the REPL to show.
public struct FetchReport: Sendable, Equatable {
    /// The evidence URL as cited.
    public var url: String
    /// What the fetch came to.
    public var outcome: FetchOutcome
    /// HTTP status, when the server answered.
    public var status: Int?
    /// sha256 of the stored body, nil after a failure.
    public var snapshot: String?
    /// The snapshot this fetch replaced, when the content changed.
    public var previousSnapshot: String?
    /// Why the fetch failed, after a failure.
    public var error: FetchError?
    /// The page's title, when it has one.
    public var title: String?
    /// Why the page has no text (an image, a PDF), when so.
    public var note: String?

    /// A report of one fetch of `url`.
    public init(
        url: String, outcome: FetchOutcome, status: Int? = nil, snapshot: String? = nil,
        previousSnapshot: String? = nil,
        error: FetchError? = nil, title: String? = nil, note: String? = nil
    ) {
        self.url = url
        self.outcome = outcome
        self.status = status
        self.snapshot = snapshot
        self.previousSnapshot = previousSnapshot
        self.error = error
        self.title = title
        self.note = note
    }

    /// One line: `changed    https://… (HTTP 200, "Title")`, `dead       https://… — HTTP 404 Not Found …`.
    public var line: String {
        let label = outcome.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        if let error { return "\(label) \(url) — \(error)" }
        var details: [String] = []
        if let status { details.append("HTTP \(status)") }
        if let title, !title.isEmpty {
            details.append("“\(title.count > 60 ? String(title.prefix(59)) + "…" : title)”")
        }
        if let note { details.append(note) }
        return details.isEmpty ? "\(label) \(url)" : "\(label) \(url) (\(details.joined(separator: ", ")))"
    }
}

/// What `EvidenceDesk.attach` did: the claim as saved and what the fetch found.
public struct EvidenceOutcome: Sendable {
    /// The claim as saved, with the new evidence.
    public var claim: Claim
    /// 1-based number of the new evidence in `claim.evidence`.
    public var evidenceNumber: Int
    /// What the fetch of the link came to.
    public var report: FetchReport
    /// The passages of the page that bear on the claim (also stored in the evidence).
    public var matches: [EvidenceMatch]

    /// Whether the page differs from an earlier snapshot.
    public var changed: Bool { report.outcome == .changed }
    /// Whether the link was fetched and archived.
    public var fetched: Bool { report.error == nil }
}

/// The links of one claim and what fetching them came to, for `fetch` to print claim by claim.
public struct ClaimFetchGroup: Sendable, Equatable {
    /// The claim's display number (1-based, article order, orphaned claims last), as `list` and the report number it.
    public var number: Int
    /// The claim's id.
    public var claimID: String
    /// The report of each of the claim's links, in the order it cites them.
    public var reports: [FetchReport]

    /// A group of `reports` under claim `number` (`claimID`).
    public init(number: Int, claimID: String, reports: [FetchReport]) {
        self.number = number
        self.claimID = claimID
        self.reports = reports
    }

    /// `claim 3 (3f2a9c…)`: the heading the links are printed under.
    public var heading: String { "claim \(number) (\(claimID))" }
}

/// What `EvidenceDesk.refresh` did, counted per distinct URL.
public struct RefreshSummary: Sendable {
    /// Every URL fetched successfully (first snapshots + unchanged + changed).
    public var fetched = 0
    /// URLs fetched for the first time.
    public var firstSnapshots = 0
    /// URLs whose bytes are the same as their last snapshot.
    public var unchanged = 0
    /// URLs whose bytes changed (the old snapshot is kept).
    public var changed = 0
    /// URLs that are gone (404, 410, unknown host).
    public var dead = 0
    /// URLs that failed otherwise (timeout, refused, 5xx…).
    public var failed = 0
    /// Claims whose evidence changed and were saved.
    public var claimsUpdated = 0
    /// One report per distinct URL, in the order the claims cite them.
    public var reports: [FetchReport] = []
    /// Each claim with evidence and the reports of its links, in the document's claim order.
    public var groups: [ClaimFetchGroup] = []
    /// Claim files that could not be read or saved (they were left untouched).
    public var problems: [String] = []

    /// An empty summary.
    public init() {}

    /// One line per URL, then any problem.
    public var lines: [String] { reports.map(\.line) + problems }

    /// `12 fetched (2 changed, 9 unchanged, 1 new), 1 dead, 0 failed`
    public var totals: String {
        "\(fetched) fetched (\(changed) changed, \(unchanged) unchanged, \(firstSnapshots) new), \(dead) dead, \(failed) failed"
    }

    /// Whether any link was dead or failed, or any claim could not be read or saved.
    public var hasFailures: Bool { dead > 0 || failed > 0 || !problems.isEmpty }
}
