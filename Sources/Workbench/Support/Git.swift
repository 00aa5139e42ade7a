import Foundation

/// Runs `git` (found on the PATH) for the few things claimcheck asks of it: whether a folder is inside a
/// repository, `git init`, the merge driver's registration. Standard input is empty; output is captured.
public enum Git {
    /// What a git run printed and how it exited.
    public struct Output: Sendable {
        /// The exit status (-1 when git could not be started).
        public var status: Int32
        /// Standard output, trailing newline removed.
        public var text: String
        /// Standard error, trailing newline removed.
        public var error: String
    }

    /// Runs `git ARGS` in `directory` (the current one when nil).
    public static func run(_ arguments: [String], in directory: URL? = nil) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return Output(status: -1, text: "", error: "git cannot be run") }
        // Error output is small; read it after the (possibly large) standard output.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        func trimmed(_ d: Data) -> String {
            String(decoding: d, as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        return Output(status: process.terminationStatus, text: trimmed(data), error: trimmed(errData))
    }

    /// The top folder of the git repository holding `folder`, or nil when it is in none.
    public static func repositoryRoot(of folder: URL) -> URL? {
        let result = run(["rev-parse", "--show-toplevel"], in: folder)
        guard result.status == 0, !result.text.isEmpty else { return nil }
        return URL(fileURLWithPath: result.text, isDirectory: true)
    }

    /// The value of `key` in the git configuration `folder` sees (read from git's files, `GitConfig`); nil when unset.
    public static func config(_ key: String, in folder: URL) -> String? {
        GitConfig(environment: ProcessInfo.processInfo.environment, directory: folder.path).value(key)
    }
}
