import Foundation

/// A folder holding `claims/` and `reports/`: the user's data (docs/DESIGN.md, "The workspace on disk").
/// Every path handed out is built from a validated slug or claim id and checked not to leave the workspace.
public struct Workspace: Sendable {
    /// The workspace folder, holding `claims/` and `reports/`.
    public let root: URL

    /// The workspace at `root`, standardised (nothing is created on disk).
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// `--workspace DIR`, else `$CLAIMCHECK_WORKSPACE`, else the current directory.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Workspace
    {
        let path =
            option ?? environment["CLAIMCHECK_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.currentDirectoryPath
        return Workspace(root: URL(fileURLWithPath: path, isDirectory: true))
    }

    /// `<root>/claims`: one folder per document.
    public var claimsFolder: URL { root.appendingPathComponent("claims", isDirectory: true) }
    /// `<root>/reports`: the rendered HTML reports.
    public var reportsFolder: URL { root.appendingPathComponent("reports", isDirectory: true) }

    /// `claims/<slug>/`; refuses a bad slug, and a folder that is a symlink (it could point outside).
    public func documentFolder(_ slug: String) throws -> URL {
        let valid = try Slug.validate(slug)
        let folder = claimsFolder.appendingPathComponent(valid, isDirectory: true)
        try refuseSymlink(claimsFolder)
        try refuseSymlink(folder)
        return folder
    }

    /// `claims/<slug>/sources/`, the content-addressed archive of fetched evidence.
    public func sourcesFolder(_ slug: String) throws -> URL {
        let folder = try documentFolder(slug).appendingPathComponent("sources", isDirectory: true)
        try refuseSymlink(folder)
        return folder
    }

    /// `claims/<slug>/<id>.json`
    public func claimFile(_ slug: String, id: String) throws -> URL {
        let file = try documentFolder(slug).appendingPathComponent("\(try Slug.validateClaimID(id)).json")
        try refuseSymlink(file)
        return file
    }

    /// `reports/<slug>.html`
    public func reportFile(_ slug: String) throws -> URL {
        try refuseSymlink(reportsFolder)
        let file = reportsFolder.appendingPathComponent("\(try Slug.validate(slug)).html")
        try refuseSymlink(file)
        return file
    }

    /// Every document folder of the workspace (those holding a document.json), sorted.
    public func documentSlugs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: claimsFolder.path)) ?? []
        return names.filter { name in
            (try? Slug.validate(name)) != nil
                && FileManager.default.fileExists(
                    atPath: claimsFolder.appendingPathComponent(name).appendingPathComponent("document.json").path)
        }.sorted()
    }

    /// Creates a folder (and its parents) inside the workspace, refusing symlinks on the way.
    public func ensureFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ClaimCheckError.io(path: url.path, problem: "cannot create folder: \(error.localizedDescription)")
        }
        try refuseSymlink(url)
    }

    /// A path shown to the user: relative to the workspace when inside it.
    public func display(_ url: URL) -> String {
        let p = url.standardizedFileURL.path
        let r = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return p.hasPrefix(r) ? String(p.dropFirst(r.count)) : p
    }

    private func refuseSymlink(_ url: URL) throws {
        var st = stat()
        if lstat(url.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
            throw ClaimCheckError.refused(
                "\(url.path) is a symbolic link; claimcheck does not follow links inside a workspace (remove it)")
        }
    }
}
