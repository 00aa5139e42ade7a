import ClaimCore
import Foundation

/// `claimcheck init [DIR] [--git]`: makes DIR a workspace (claims/, reports/) and, in a git repository (or with
/// `--git`, after `git init`), routes claim files to claimcheck's merge driver (`.gitattributes`) and registers
/// the driver in the repository's local config. Running it again changes nothing that is already right.
public struct InitJob: Sendable {
    /// The `.gitattributes` lines a workspace needs: claim files and document.json (directly under
    /// `claims/<doc>/`, not the fetch metadata under `sources/`) go to the driver; append-only logs merge by union.
    public static let attributeLines = [
        "claims/*/*.json merge=claimcheck",
        "claims/*/*.jsonl merge=union",
    ]

    /// The git config key holding the driver's command.
    public static let driverKey = "merge.claimcheck.driver"

    /// The workspace to initialise.
    public let workspace: Workspace
    /// The command that runs this claimcheck (an absolute path), for the driver line.
    public let executable: String

    /// Initialises `workspace`; `executable` is the running claimcheck's absolute path.
    public init(workspace: Workspace, executable: String) {
        self.workspace = workspace
        self.executable = executable
    }

    /// The driver command git is given: `<dir>/claimcheck-merge-file %O %A %B %P` when that small executable sits
    /// beside claimcheck (it loads faster, and git starts it once per file), else `<claimcheck> merge-file %O %A %B %P`.
    public var driverCommand: String {
        let small = URL(fileURLWithPath: executable).deletingLastPathComponent()
            .appendingPathComponent("claimcheck-merge-file").path
        if FileManager.default.isExecutableFile(atPath: small) { return "\(Self.shellQuoted(small)) %O %A %B %P" }
        return "\(Self.shellQuoted(executable)) merge-file %O %A %B %P"
    }

    /// Does the work; returns one line per thing done or found already in place.
    public func run(git makeRepository: Bool) throws -> [String] {
        var lines: [String] = []
        do {
            try FileManager.default.createDirectory(at: workspace.root, withIntermediateDirectories: true)
        } catch {
            throw ClaimCheckError.io(
                path: workspace.root.path, problem: "cannot create folder: \(error.localizedDescription)")
        }
        for folder in [workspace.claimsFolder, workspace.reportsFolder] {
            let existed = FileManager.default.fileExists(atPath: folder.path)
            try workspace.ensureFolder(folder)
            lines.append("\(existed ? "kept" : "created") \(workspace.display(folder))/")
        }
        var inRepository = Git.repositoryRoot(of: workspace.root) != nil
        if !inRepository && makeRepository {
            let result = Git.run(["init", "--quiet"], in: workspace.root)
            guard result.status == 0 else {
                throw ClaimCheckError.refused("'git init' failed in \(workspace.root.path): \(result.error)")
            }
            lines.append("created a git repository")
            inRepository = true
        }
        guard inRepository else {
            lines.append("not in a git repository: no merge driver set up (run 'claimcheck init --git' to make one)")
            return lines
        }
        lines.append(try writeAttributes())
        let current = Git.config(Self.driverKey, in: workspace.root)
        if current == driverCommand {
            lines.append("kept the merge driver (git config \(Self.driverKey))")
        } else {
            for (key, value) in [("merge.claimcheck.name", "claimcheck claim merge"), (Self.driverKey, driverCommand)] {
                let result = Git.run(["config", "--local", key, value], in: workspace.root)
                guard result.status == 0 else {
                    throw ClaimCheckError.refused("'git config \(key)' failed: \(result.error)")
                }
            }
            lines.append("registered the merge driver: git config \(Self.driverKey) \"\(driverCommand)\"")
        }
        return lines
    }

    /// Appends the missing attribute lines to the workspace's `.gitattributes` (atomically).
    private func writeAttributes() throws -> String {
        let file = workspace.root.appendingPathComponent(".gitattributes")
        let old = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(old.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = Self.attributeLines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return "kept .gitattributes" }
        var text = old
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        if old.isEmpty || !old.contains("# claimcheck") {
            text += "# claimcheck: claim files merge with 'claimcheck merge-file', append-only logs by union\n"
        }
        text += missing.joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: file)
        return "\(old.isEmpty ? "wrote" : "updated") .gitattributes"
    }

    /// Whether `workspace` sits in a git repository without claimcheck's merge driver (registered and routed);
    /// the warning `claimcheck check` prints, or nil when all is well or there is no repository.
    public static func driverWarning(for workspace: Workspace) -> String? {
        guard Git.repositoryRoot(of: workspace.root) != nil else { return nil }
        let registered = Git.config(driverKey, in: workspace.root) != nil
        let attribute = Git.run(["check-attr", "merge", "--", "claims/doc/claim.json"], in: workspace.root)
        let routed = attribute.text.hasSuffix(": merge: claimcheck")
        guard !registered || !routed else { return nil }
        let what =
            !registered ? "no claimcheck merge driver is registered" : ".gitattributes does not route claims/ to it"
        return
            "warning: this workspace is in git but \(what): two reviewers' verdicts would conflict (run 'claimcheck init')"
    }

    /// `s` as one shell word: unchanged when it holds only safe characters, else in single quotes.
    static func shellQuoted(_ s: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:@%")
        if !s.isEmpty && s.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
