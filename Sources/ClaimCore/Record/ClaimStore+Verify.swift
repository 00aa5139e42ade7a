import Foundation

/// What verifying one document's record found.
public struct RecordReport: Sendable {
    /// The document's slug.
    public var document: String
    /// Claims checked (readable claim files).
    public var claims: Int
    /// History entries checked.
    public var entries: Int
    /// Ledger lines read.
    public var ledgerLines: Int
    /// Entries sealed by upgrading an old document during this check (0 when it was already verifiable).
    public var upgraded: Int
    /// The document's record fingerprint (the ledger's head) after the check.
    public var fingerprint: String?
    /// Every break found; none when the record holds.
    public var breaks: [RecordBreak]
}

extension ClaimStore {
    /// Verifies document `slug`'s record under its lock (so no writer is half-way through): an old document
    /// (claims, no ledger, nothing chained) is upgraded first; then every claim's chain and state and the ledger
    /// are checked (`RecordVerifier`).
    public func verifyRecord(_ slug: String, by: String = "claimcheck") throws -> RecordReport {
        _ = try loadDocumentInfo(slug)
        let folder = try workspace.documentFolder(slug)
        return try DocumentLock.with(folder) {
            let upgraded = try upgradeRecordIfNeeded(slug, by: by)
            let workspace = self.workspace
            let names = claimFileNames(folder)
            // Each file is read once: decoded, and its state taken from its own bytes.
            let loaded = try Parallel.map(names.count) {
                index -> Result<(RecordedClaim, ClaimRecord.State), ClaimCheckError> in
                do {
                    let (claim, data) = try Self.readClaimFile(
                        named: names[index], in: folder, workspace: workspace, as: RecordedClaim.self, id: \.id)
                    return .success((claim, try ClaimRecord.state(ofFile: [UInt8](data), fields: false)))
                } catch let e as ClaimCheckError {
                    return .failure(e)
                } catch {
                    return .failure(
                        .malformedFile(
                            path: workspace.display(folder.appendingPathComponent(names[index])), line: nil,
                            problem: "\(error)"))
                }
            }
            var claims: [RecordedClaim] = []
            var states: [String: ClaimRecord.State] = [:]
            var problems: [ClaimCheckError] = []
            for result in loaded {
                switch result {
                case .success(let (claim, state)):
                    claims.append(claim)
                    states[claim.id] = state
                case .failure(let problem): problems.append(problem)
                }
            }
            let ledger = try ledger(slug)
            let lines = try ledger.read()
            let verifier = RecordVerifier(
                document: slug, claims: RecordedClaim.ordered(claims), states: states,
                currentFields: { id in
                    let data = try Data(contentsOf: folder.appendingPathComponent("\(id).json"))
                    return try ClaimRecord.state(ofFile: [UInt8](data)).fields
                }, problems: problems, ledgerLines: lines,
                ledgerExists: ledger.exists, ledgerPath: workspace.display(ledger.file),
                claimPath: { id in workspace.display(folder.appendingPathComponent("\(id).json")) },
                claimFileExists: { id in
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(id).json").path)
                })
            return RecordReport(
                document: slug, claims: claims.count, entries: claims.map(\.history.count).reduce(0, +),
                ledgerLines: lines.count, upgraded: upgraded, fingerprint: ledger.head(), breaks: try verifier.verify())
        }
    }
}
