import Foundation

/// git's merge driver for a workspace's JSON files (`%O %A %B %P`): merges one claim file (`ClaimMerge`) or one
/// document.json (`DocumentMerge`) and writes the result over OURS atomically (without fsync: OURS is git's
/// scratch copy, and git stores the result). A side that is not a valid file of
/// its kind is refused with a one-line reason naming it, and OURS is left untouched, so git's conflict stands.
/// Behind both `claimcheck merge-file` and the small `claimcheck-merge-file` executable git runs once per file.
public enum WorkspaceFileMerge {
    /// What a merge did.
    public struct Outcome: Sendable, Equatable {
        /// The file merged, as git names it (PATH), or OURS.
        public var path: String
        /// The verdicts that now disagree ("alice: true", "bob: false"), when the merge made a dispute.
        public var dispute: [String]
    }

    /// Merges THEIRS into OURS against BASE; `path` is the file's path in the repository (git's %P); `now`
    /// stamps the history entry of a new dispute.
    public static func run(base: String, ours: String, theirs: String, path: String?, now: String) throws -> Outcome {
        let shown = path ?? ours
        let baseData = try read(base, side: "base", shown: shown)
        let oursData = try read(ours, side: "ours", shown: shown)
        let theirsData = try read(theirs, side: "theirs", shown: shown)
        let isDocument =
            path.map { URL(fileURLWithPath: $0).lastPathComponent == "document.json" } ?? looksLikeDocument(oursData)
        let merged: Data
        var dispute: [String] = []
        if isDocument {
            let result = try DocumentMerge.merge(
                base: try decodeBase(DocumentInfo.self, baseData, shown: shown),
                ours: try ClaimCoding.decode(DocumentInfo.self, from: oursData, path: "\(shown) (ours)"),
                theirs: try ClaimCoding.decode(DocumentInfo.self, from: theirsData, path: "\(shown) (theirs)"))
            merged = try ClaimCoding.encode(result)
        } else {
            let result = try ClaimMerge.merge(
                base: try decodeBase(Claim.self, baseData, shown: shown),
                ours: try ClaimCoding.decode(Claim.self, from: oursData, path: "\(shown) (ours)"),
                theirs: try ClaimCoding.decode(Claim.self, from: theirsData, path: "\(shown) (theirs)"), now: now)
            dispute = (result.newDispute ?? []).map(\.summary)
            merged = try ClaimCoding.encode(result.claim)
        }
        // OURS is git's scratch copy (%A): replaced atomically; git makes the result durable in its object store.
        try AtomicFile.replaceScratch(merged, at: URL(fileURLWithPath: ours))
        return Outcome(path: shown, dispute: dispute)
    }

    /// The line for git's user when the merge made a dispute; nil otherwise.
    public static func message(_ outcome: Outcome) -> String? {
        guard !outcome.dispute.isEmpty else { return nil }
        return
            "\(outcome.path): verdict disputed (\(outcome.dispute.joined(separator: ", "))); the base verdict stays until a reviewer sets one"
    }

    private static func read(_ file: String, side: String, shown: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ClaimCheckError.badInput(file, reason: "cannot read the \(side) version of \(shown)")
        }
        return data
    }

    /// The base is empty when both sides added the file: there is none.
    private static func decodeBase<T: Decodable>(_ type: T.Type, _ data: Data, shown: String) throws -> T? {
        data.isEmpty ? nil : try ClaimCoding.decode(type, from: data, path: "\(shown) (base)")
    }

    /// Without a PATH: a document.json has a `sha256` and a `slug`, a claim neither.
    static func looksLikeDocument(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["sha256"] != nil && object["slug"] != nil
    }
}
