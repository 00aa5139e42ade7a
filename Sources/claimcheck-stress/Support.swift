import ClaimCore
import Foundation
import Glibc

/// A temporary workspace for one case, removed afterwards.
final class Scratch {
    let root: URL
    var workspace: Workspace { Workspace(root: root) }
    var store: ClaimStore { ClaimStore(workspace: workspace) }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-stress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A document "stress" with `lines` claims (0: the first version of `Articles`).
    func makeDocument(lines: Int) throws -> String {
        let version = Articles.version(0)
        let claims = lines == 0 ? version.claims : Array(version.claims.prefix(lines))
        _ = try store.importExtraction(
            slug: "stress", article: version.article, title: "stress", url: nil, published: "2016-02-24",
            extractorVersion: "stress", claims: claims, by: "stress")
        return "stress"
    }

    /// Gives every n-th claim a verdict; returns id → label.
    func reviewSome(_ doc: String, every n: Int) throws -> [String: VerdictLabel] {
        var out: [String: VerdictLabel] = [:]
        for (i, claim) in try store.load(doc).claims.enumerated() where i % n == 0 {
            try store.update(doc, id: claim.id) { c in
                c.verdict.label = .mostlyFalse
                return HistoryEntry(at: Timestamp.now(), by: "stress", action: .verdict)
            }
            out[claim.id] = .mostlyFalse
        }
        return out
    }

    /// Claim files that are empty or do not parse (temporary files excluded: they are never read).
    func emptyOrHalfFiles(_ doc: String) -> [String] {
        guard let folder = try? workspace.documentFolder(doc) else { return ["folder unreadable"] }
        return Self.halfFiles(in: folder)
    }

    /// The JSON files of `folder` that are empty or do not parse (temporary files excluded).
    static func halfFiles(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return ["folder unreadable"]
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.compactMap { name in
            let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
            if data.isEmpty { return "\(name) is empty" }
            return (try? JSONSerialization.jsonObject(with: data)) == nil ? "\(name) is half-written" : nil
        }
    }
}

/// Child processes.
struct Spawn {
    let process: Process
    let output: URL?

    static var selfPath: String {
        let arg0 = CommandLine.arguments[0]
        return arg0.hasPrefix("/") ? arg0 : FileManager.default.currentDirectoryPath + "/" + arg0
    }

    static var claimcheckPath: String {
        URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("claimcheck").path
    }

    static func start(_ path: String, _ args: [String], captureOutput: Bool = false) throws -> Spawn {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["CLAIMCHECK_REVIEWER"] = "stress"
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        var out: URL?
        if captureOutput {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("stress-out-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            p.standardOutput = handle
            p.standardError = handle
            out = url
        } else {
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
        }
        try p.run()
        return Spawn(process: p, output: out)
    }

    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func wait() -> (Int32, String) {
        process.waitUntilExit()
        let text = output.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        if let output { try? FileManager.default.removeItem(at: output) }
        return (process.terminationStatus, text)
    }

    static func run(_ path: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let s = try start(path, args, captureOutput: true)
        return s.wait()
    }
}

/// A plain text table.
enum Table {
    static func render(_ rows: [ReliabilitySuite.Row]) -> String {
        let nameWidth = max(4, rows.map(\.name.count).max() ?? 4)
        var out = "case".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  runs   result  detail\n"
        for row in rows {
            out +=
                row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + String(row.runs).padding(toLength: 5, withPad: " ", startingAt: 0) + "  "
                + (row.passed ? "pass  " : "FAIL  ") + "  " + row.detail + "\n"
        }
        return out
    }
}
