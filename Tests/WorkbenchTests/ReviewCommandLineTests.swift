import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// `claimcheck review` through the real binary: -c, a piped script, and an interactive terminal (tmux).
@Suite(.serialized) struct ReviewCommandLineTests {
    func workspace() throws -> TemporaryWorkspace {
        let tmp = TemporaryWorkspace()
        let article = "Police said 12 people were injured on Friday.\nThe council said the road cost $2 million."
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: article,
            sentences: ["Police said 12 people were injured on Friday.", "The council said the road cost $2 million."])
        return tmp
    }

    @Test func commandOptionAndPipedScript() throws {
        let tmp = try workspace()
        let status = try CommandLineTool.run(["review", "doc", "-c", "status"], in: tmp.root)
        #expect(status.status == 0)
        #expect(status.stdout.contains("unreviewed"))
        #expect(!status.stdout.contains("\u{1B}["), "plain text when piped")

        let script = "verdict true matches the log\nnext\nverdict mostly-false\nquit\n"
        let piped = try CommandLineTool.run(
            ["review", "doc", "--reviewer", "cat"], in: tmp.root, stdin: Data(script.utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stdout.contains("›"), "no prompt noise when piped")
        let claims = try tmp.store.load("doc").claims
        #expect(claims.map(\.verdict.label) == [.true, .mostlyFalse])
        #expect(claims[0].verdict.reviewer == "cat")

        let failing = try CommandLineTool.run(
            ["review", "doc"], in: tmp.root, stdin: Data("verdict nonsense\nstatus\n".utf8))
        #expect(failing.status == 1, "a failed command makes a scripted session exit non-zero")
        #expect(failing.stderr.contains("unknown verdict"))
        #expect(failing.stdout.contains("doc: 2 claims"), "the session goes on after a bad command")

        let missing = try CommandLineTool.run(["review", "nodoc", "-c", "status"], in: tmp.root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no document 'nodoc'"))
    }

    /// Two real `claimcheck review` processes with piped scripts on the same claims at the same time: every
    /// acknowledged change is in the files, every refusal names the colleague, every history entry is accounted for.
    @Test func twoConcurrentReviewProcessesLoseNothing() throws {
        let tmp = try workspace()
        let ids = try tmp.store.load("doc").claims.map(\.id)
        func script(_ name: String) -> String {
            (0..<120).map { i in
                "goto #\(i % 2 + 1)\nverdict \(i % 3 == 0 ? "true" : "false") \(name)-\(i) said \"x\""
                    + (i % 5 == 4 ? "\nundo" : "")
            }
            .joined(separator: "\n") + "\n"
        }
        let names = ["ana", "bo"]
        let scripts = names.map(script)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let result = try? CommandLineTool.run(
                ["review", "doc", "--reviewer", names[k]], in: tmp.root, stdin: Data(scripts[k].utf8))
            results.set(k, result)
        }
        var refusals = 0
        for (k, name) in names.enumerated() {
            let result = try #require(results.get(k))
            let other = names[1 - k]
            let saved = result.stdout.split(separator: "\n").filter {
                $0.contains(": true — note: \(name)-") || $0.contains(": false — note: \(name)-")
            }
            let undone = result.stdout.split(separator: "\n").filter { $0.hasPrefix("undone on claim ") }
            let errors = result.stderr.split(separator: "\n")
            for error in errors {
                #expect(
                    error.contains("not saved: \(other) ") || error.hasPrefix("undo refused: \(other) ")
                        || error.contains("nothing of yours to undo"),
                    "\(name): every refusal names \(other): \(error)")
            }
            refusals += errors.count
            #expect(saved.count + undone.count + errors.count == 120 + 24, "\(name): one answer per change command")
            for (c, id) in ids.enumerated() {
                let history = try tmp.store.loadClaim("doc", id: id).history.filter { $0.by == name }
                #expect(
                    history.filter { $0.action == .verdict }.count
                        == saved.filter { $0.hasPrefix("claim \(c + 1) (") }.count,
                    "\(name), claim \(c + 1): each acknowledged verdict is in the history, no other")
                #expect(
                    history.filter { $0.action == .undo }.count
                        == undone.filter { $0.hasPrefix("undone on claim \(c + 1) (") }.count)
            }
            #expect(result.status == (errors.isEmpty ? 0 : 1))
        }
        for id in ids {
            let claim = try tmp.store.loadClaim("doc", id: id)
            #expect(claim.revision == claim.history.count, "every write is one history entry")
            // The file holds the last acknowledged state: the verdict entry or undo that wrote last.
            if let last = claim.history.last, last.action == .verdict {
                #expect(claim.verdict.reviewer == last.by && claim.verdict.label.rawValue == last.to)
            }
        }
        print("two processes: \(refusals) refusals")
    }

    @Test func ctrlCClearsTheLineAndCancelsAStalledFetchWithASpinner() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            print("skipped: tmux is not installed (scripts/install-system-packages --test installs it)")
            return
        }
        let server = try LoopbackServer { _ in LoopbackResponse(hang: true) }
        defer { server.stop() }
        let tmp = try workspace()
        let tty = try Tmux(
            name: "claimcheck-ctrlc-\(getpid())",
            command:
                "cd '\(tmp.root.path)' && LANG=C.UTF-8 CLAIMCHECK_REVIEWER=tty '\(CommandLineTool.executable.path)' review doc; echo \"review exited $?\"; sleep 30"
        )
        defer { tty.stop() }
        _ = try tty.screen(until: "doc ›")
        // Ctrl-C on a half-typed line: the line is dropped, the session stays.
        try tty.keys(["verdict true half typed"])
        _ = try tty.screen(until: "half typed")
        try tty.keys(["C-c"])
        _ = try tty.screen(until: "^C")
        try tty.keys(["status", "Enter"])
        let status = try tty.screen(until: "doc: 2 claims")
        #expect(status.contains("unreviewed    2"), "the half-typed verdict was not saved: \(status)")
        // Ctrl-C during a fetch that never answers: a spinner with the elapsed time, then the fetch is cancelled.
        try tty.keys(["evidence \(server.url("/stall")) supports", "Enter"])
        let spinning = try tty.screen(until: "Ctrl-C cancels")
        #expect(spinning.contains("fetching \(server.url("/stall"))"), "\(spinning)")
        try tty.keys(["C-c"])
        let cancelled = try tty.screen(until: "was not attached (nothing saved)")
        #expect(cancelled.contains("cancelled: \(server.url("/stall"))"), "\(cancelled)")
        #expect(!cancelled.contains("Ctrl-C cancels"), "the spinner is erased")
        try tty.keys(["C-d"])
        let end = try tty.screen(until: "review exited")
        #expect(end.contains("review exited 0"), "Ctrl-C never ends the session: \(end)")
        #expect(
            try tmp.store.load("doc").claims.allSatisfy { $0.revision == 1 && $0.evidence.isEmpty }, "nothing was saved"
        )
    }

    @Test func interactiveTerminalThroughTmux() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            print("skipped: tmux is not installed (scripts/install-system-packages --test installs it)")
            return
        }
        let tmp = try workspace()
        let name = "claimcheck-test-\(getpid())"
        func tmux(_ args: [String]) throws -> String {
            // posix_spawn + waitpid rather than Foundation.Process: the tmux client forks a server that keeps
            // the monitoring descriptors Process waits on, so waitUntilExit would never return.
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: file) }
            let status = try Spawn.run(
                "/usr/bin/tmux", ["-L", name] + args,
                stdoutPath: args.first == "capture-pane" ? file.path : "/dev/null")
            #expect(status == 0 || args.first == "kill-server", "tmux \(args.first ?? "") exited \(status)")
            return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        }
        func screen(until needle: String) throws -> String {
            var text = ""
            for _ in 0..<100 {
                text = try tmux(["capture-pane", "-p", "-t", name])
                if text.contains(needle) { return text }
                usleep(100_000)
            }
            return text
        }
        let command =
            "cd '\(tmp.root.path)' && LANG=C.UTF-8 CLAIMCHECK_REVIEWER=tty '\(CommandLineTool.executable.path)' review doc; echo \"review exited $?\"; sleep 30"
        _ = try tmux(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", command])
        defer { _ = try? tmux(["kill-server"]) }
        let start = try screen(until: "doc ›")
        #expect(start.contains("[1/2 · 2 unreviewed] doc ›"), "\(start)")
        #expect(start.contains("at claim 1, the first unreviewed one"), "the session says where it starts: \(start)")
        // Tab completion of the command and the label, UTF-8 in a note, line editing (Ctrl-A / Ctrl-E).
        _ = try tmux(["send-keys", "-t", name, "verd", "Tab", " mostly-t", "Tab", " vérifié à Zoë’s café", "Enter"])
        let after = try screen(until: "[1/2 · 1 unreviewed]")
        #expect(after.contains("mostly-true"), "\(after)")
        _ = try tmux(["send-keys", "-t", name, "C-d"])
        let end = try screen(until: "review exited")
        #expect(end.contains("review exited 0"), "Ctrl-D leaves the session cleanly: \(end)")
        let claim = try tmp.store.load("doc").claims[0]
        #expect(claim.verdict.label == .mostlyTrue)
        #expect(claim.verdict.note == "vérifié à Zoë’s café")
        #expect(claim.verdict.reviewer == "tty")
        #expect(
            FileManager.default.fileExists(atPath: tmp.root.appendingPathComponent(".claimcheck/history").path),
            "history is kept per workspace")
    }
}

/// A detached tmux session running one command, driven by send-keys and read by capture-pane.
struct Tmux {
    let name: String

    init(name: String, command: String) throws {
        self.name = name
        _ = try run(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", command])
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        // posix_spawn + waitpid rather than Foundation.Process: the tmux client forks a server that keeps
        // the monitoring descriptors Process waits on, so waitUntilExit would never return.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let status = try Spawn.run(
            "/usr/bin/tmux", ["-L", name] + args, stdoutPath: args.first == "capture-pane" ? file.path : "/dev/null")
        #expect(status == 0 || args.first == "kill-server", "tmux \(args.first ?? "") exited \(status)")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    func keys(_ keys: [String]) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// The screen once it shows `needle` (or after ten seconds, for the failure message).
    func screen(until needle: String) throws -> String {
        var text = ""
        for _ in 0..<100 {
            text = try run(["capture-pane", "-p", "-t", name])
            if text.contains(needle) { return text }
            usleep(100_000)
        }
        return text
    }

    func stop() {
        _ = try? run(["kill-server"])
    }
}

/// Results of concurrent runs, by index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: CommandLineTool.Result] = [:]
    func set(_ k: Int, _ value: CommandLineTool.Result?) { lock.withLock { values[k] = value } }
    func get(_ k: Int) -> CommandLineTool.Result? { lock.withLock { values[k] } }
}
