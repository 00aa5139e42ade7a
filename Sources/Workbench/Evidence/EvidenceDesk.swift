import ClaimCore
import Foundation
import SourceFetch

/// The one entry point for evidence, shared by the CLI and the REPL: attach a link to a claim (validate,
/// fetch, archive, match, save), remove one, and refresh every cited link of a document.
public struct EvidenceDesk: Sendable {
    /// The workspace whose claims get evidence.
    public let workspace: Workspace
    /// The bounds of every fetch (time, size, redirects).
    public let policy: FetchPolicy
    /// Finds the claim's numbers and quotes in a fetched page.
    public var matcher = EvidenceMatcher()

    /// A desk for `workspace`, fetching under `policy`.
    public init(workspace: Workspace, policy: FetchPolicy = .default) {
        self.workspace = workspace
        self.policy = policy
    }

    private var store: ClaimStore { ClaimStore(workspace: workspace) }

    /// Attaches `url` to a claim as evidence. The URL is validated before anything is fetched; the claim must
    /// exist and not cite the URL already. A failed fetch still records the evidence (with its status and
    /// `fetchError`) so the reviewer's link is not lost; the outcome's `report` says what went wrong.
    /// Saved with history action `evidence-add`; `expectedRevision` refuses a stale edit; when `shouldSave`
    /// answers false after the fetch (the reviewer cancelled), nothing is saved and `refused` is thrown.
    public func attach(
        document: String, claimID: String, url: String, stance: Stance, note: String, by: String,
        expectedRevision: Int? = nil, shouldSave: @Sendable () -> Bool = { true }
    ) throws -> EvidenceOutcome {
        let link = try WebLink.validate(url)
        let before = try store.loadClaim(document, id: claimID)
        if let expected = expectedRevision, before.revision != expected {
            // Refuse before fetching; `update` below re-checks under the lock.
            _ = try store.update(document, id: claimID, expectedRevision: expected) { _ in nil }
        }
        if let k = before.evidence.firstIndex(where: { $0.url == link }) {
            throw ClaimCheckError.refused(
                "\(link) is already evidence #\(k + 1) of claim \(claimID); remove it first, or run 'claimcheck fetch \(document)' to refresh it"
            )
        }
        let now = Timestamp.now()
        var evidence = Evidence(url: link, stance: stance, note: note, addedBy: by, addedAt: now, checkedAt: now)
        var matches: [EvidenceMatch] = []
        let report: FetchReport
        switch fetchAndArchive(document: document, url: link, claim: claimID) {
        case .success(let snapshot):
            matches = matcher.match(before, in: snapshot.text, url: link)
            evidence.snapshot = snapshot.sha
            evidence.status = snapshot.page.status
            evidence.fetchedAt = snapshot.page.fetchedAt
            evidence.title = snapshot.text.title
            evidence.matches = matches
            report = FetchReport(
                url: link, outcome: .fetched, status: snapshot.page.status, snapshot: snapshot.sha,
                title: snapshot.text.title, note: snapshot.text.note)
        case .failure(let error):
            evidence.status = error.status
            evidence.fetchedAt = now
            evidence.fetchError = error.description
            report = FetchReport(url: link, outcome: error.isDead ? .dead : .failed, status: error.status, error: error)
        }
        var number = 0
        let saved = try store.update(document, id: claimID, expectedRevision: expectedRevision) { claim in
            guard shouldSave() else { throw ClaimCheckError.refused("cancelled: \(link) was not attached") }
            if let k = claim.evidence.firstIndex(where: { $0.url == link }) {
                throw ClaimCheckError.refused(
                    "\(link) was attached to claim \(claimID) meanwhile (evidence #\(k + 1)); nothing changed")
            }
            claim.evidence.append(evidence)
            number = claim.evidence.count
            return HistoryEntry(at: now, by: by, action: .evidenceAdd, to: link)
        }
        return EvidenceOutcome(claim: saved, evidenceNumber: number, report: report, matches: matches)
    }

    /// Removes evidence number `index` (1-based, as listed to the user) from a claim; history `evidence-remove`.
    /// The archived snapshot stays in `sources/` (other claims may cite the same bytes).
    public func remove(document: String, claimID: String, index: Int, by: String, expectedRevision: Int? = nil) throws
        -> Claim
    {
        try store.update(document, id: claimID, expectedRevision: expectedRevision) { claim in
            guard index >= 1, index <= claim.evidence.count else {
                throw ClaimCheckError.badInput(
                    "evidence #\(index)",
                    reason: claim.evidence.isEmpty
                        ? "claim \(claimID) has no evidence"
                        : "claim \(claimID) has evidence #1…#\(claim.evidence.count)")
            }
            let removed = claim.evidence.remove(at: index - 1)
            return HistoryEntry(at: Timestamp.now(), by: by, action: .evidenceRemove, from: removed.url)
        }
    }

    /// Refetches every evidence URL of a document (or of the given claims), `concurrency` at a time, archives
    /// new content, and saves each claim whose evidence changed (history `evidence-fetch`). A changed page keeps
    /// its old snapshot in `previousSnapshots` and gets fresh matches; a failure keeps the last good snapshot.
    /// Nothing more is saved once `shouldSave` answers false (the reviewer cancelled).
    /// Every link tried gets `checkedAt` = the time of this run, also when its page is unchanged or the fetch
    /// failed the same way again (history `evidence-check` when nothing but that changed). `groups` lists the
    /// outcome of each claim's links, claim by claim.
    public func refresh(
        document: String, claimIDs: [String]? = nil, by: String, concurrency: Int = 8,
        progress: ((Int, Int) -> Void)? = nil, shouldSave: @Sendable () -> Bool = { true }
    ) throws -> RefreshSummary {
        let loaded = try store.load(document)
        var summary = RefreshSummary()
        summary.problems = loaded.problems.map { "skipped: \($0)" }
        var claims = loaded.claims
        if let ids = claimIDs {
            for id in ids where !claims.contains(where: { $0.id == id }) {
                throw ClaimCheckError.claimNotFound(document: document, claim: id)
            }
            claims = claims.filter { ids.contains($0.id) }
        }
        let numbers = Dictionary(
            loaded.claims.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        var urls: [String] = []
        for claim in claims {
            for evidence in claim.evidence where !urls.contains(evidence.url) { urls.append(evidence.url) }
        }
        let checkedAt = Timestamp.now()
        let results = Fetcher(policy: policy).fetchAll(urls, concurrency: concurrency, progress: progress)

        var fetched: [String: ArchivedSnapshot] = [:]
        var failures: [String: FetchError] = [:]
        for (url, result) in zip(urls, results) {
            let citing = claims.filter { $0.evidence.contains { $0.url == url } }.map(\.id)
            switch result.flatMap({ archive(document: document, page: $0, claims: citing) }) {
            case .success(let snapshot): fetched[url] = snapshot
            case .failure(let error): failures[url] = error
            }
        }
        for url in urls {
            let previous = claims.flatMap(\.evidence).filter { $0.url == url }.compactMap(\.snapshot)
            if let snapshot = fetched[url] {
                let outcome: FetchOutcome =
                    previous.isEmpty ? .fetched : previous.allSatisfy { $0 == snapshot.sha } ? .unchanged : .changed
                summary.fetched += 1
                switch outcome {
                case .fetched: summary.firstSnapshots += 1
                case .unchanged: summary.unchanged += 1
                default: summary.changed += 1
                }
                summary.reports.append(
                    FetchReport(
                        url: url, outcome: outcome, status: snapshot.page.status, snapshot: snapshot.sha,
                        previousSnapshot: previous.last { $0 != snapshot.sha }, title: snapshot.text.title,
                        note: snapshot.text.note))
            } else if let error = failures[url] {
                if error.isDead { summary.dead += 1 } else { summary.failed += 1 }
                summary.reports.append(
                    FetchReport(url: url, outcome: error.isDead ? .dead : .failed, status: error.status, error: error))
            }
        }

        let reportByURL = Dictionary(summary.reports.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        summary.groups = claims.filter { !$0.evidence.isEmpty }.map { claim in
            ClaimFetchGroup(
                number: numbers[claim.id] ?? 0, claimID: claim.id,
                reports: claim.evidence.compactMap { reportByURL[$0.url] })
        }
        for claim in claims where !claim.evidence.isEmpty && shouldSave() {
            do {
                var wrote = false
                _ = try store.update(document, id: claim.id) { current in
                    let entry = apply(fetched: fetched, failures: failures, to: &current, by: by, checkedAt: checkedAt)
                    wrote = entry?.action == .evidenceFetch  // a mere `evidence-check` changed no evidence
                    return entry
                }
                if wrote { summary.claimsUpdated += 1 }
            } catch {
                summary.problems.append("claim \(claim.id) not updated: \(error)")
            }
        }
        return summary
    }

    /// Brings a claim's evidence up to date with this round of fetches: `evidence-fetch` when what a link
    /// points at changed, `evidence-check` when only `checkedAt` moved on; nil when no link was tried.
    private func apply(
        fetched: [String: ArchivedSnapshot], failures: [String: FetchError], to claim: inout Claim, by: String,
        checkedAt: String
    ) -> HistoryEntry? {
        var changedURLs: [String] = []
        var checkedURLs: [String] = []
        let now = Timestamp.now()
        for k in claim.evidence.indices {
            var evidence = claim.evidence[k]
            if fetched[evidence.url] != nil || failures[evidence.url] != nil {
                claim.evidence[k].checkedAt = checkedAt
                checkedURLs.append(evidence.url)
                evidence.checkedAt = checkedAt
            }
            if let snapshot = fetched[evidence.url] {
                if evidence.snapshot == snapshot.sha && evidence.status == snapshot.page.status
                    && evidence.fetchError == nil
                {
                    continue
                }
                if let old = evidence.snapshot, old != snapshot.sha {
                    evidence.previousSnapshots = (evidence.previousSnapshots ?? []).filter { $0 != old } + [old]
                }
                evidence.snapshot = snapshot.sha
                evidence.status = snapshot.page.status
                evidence.fetchedAt = snapshot.page.fetchedAt
                evidence.title = snapshot.text.title
                evidence.fetchError = nil
                evidence.matches = matcher.match(claim, in: snapshot.text, url: evidence.url)
            } else if let error = failures[evidence.url] {
                if evidence.fetchError == error.description && evidence.status == error.status { continue }
                evidence.status = error.status
                evidence.fetchError = error.description
                evidence.fetchedAt = now
            } else {
                continue
            }
            claim.evidence[k] = evidence
            changedURLs.append(evidence.url)
        }
        if !changedURLs.isEmpty {
            return HistoryEntry(at: now, by: by, action: .evidenceFetch, to: changedURLs.joined(separator: " "))
        }
        guard !checkedURLs.isEmpty else { return nil }
        return HistoryEntry(at: now, by: by, action: .evidenceCheck, to: checkedURLs.joined(separator: " "))
    }

    // MARK: Fetch + archive

    struct ArchivedSnapshot: Sendable {
        var page: FetchedPage
        var text: SourceText
        var sha: String
    }

    private func fetchAndArchive(document: String, url: String, claim: String) -> Result<ArchivedSnapshot, FetchError> {
        do {
            return archive(document: document, page: try Fetcher(policy: policy).fetch(url), claims: [claim])
        } catch {
            return .failure(error)
        }
    }

    /// Reads and stores a fetched page, and keeps the fetch as WARC records naming the `claims` it is evidence
    /// of; a disk failure becomes a `FetchError` so that it is reported per URL.
    private func archive(document: String, page: FetchedPage, claims: [String]) -> Result<ArchivedSnapshot, FetchError>
    {
        let text = SourceText.read(page.body, contentType: page.contentType)
        do {
            let capture = WARCContext(document: document, claims: claims, userAgent: policy.userAgent)
            let sha = try SourceArchive(workspace: workspace, document: document)
                .store(page, text: text, capture: capture)
            return .success(ArchivedSnapshot(page: page, text: text, sha: sha))
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}
