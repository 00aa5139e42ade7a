import Foundation

/// Runs the built `claimcheck` executable, as a user would, and captures what it prints.
public struct CommandLineTool {
    /// What a run of the tool printed and how it exited.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
    }

    /// The package's root folder (for samples/ and Tests/Fixtures/).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `claimcheck` beside the test bundle (swift test builds every product into the same folder).
    public static let executable: URL = product("claimcheck")

    /// A product of this package beside the test bundle, e.g. "claimcheck-stress".
    public static func product(_ name: String) -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            var dir = folder
            for _ in 0..<4 {
                let file = dir.appendingPathComponent(name)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDir), !isDir.boolValue {
                    return file
                }
                dir.deleteLastPathComponent()
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }

    /// `Tests/Fixtures/<name>` of the package.
    public static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// Runs `claimcheck ARGS` in `directory` with `stdin` as standard input and `NO_COLOR`, `CLAIMCHECK_REVIEWER` set.
    @discardableResult
    public static func run(
        _ arguments: [String], in directory: URL, stdin: Data? = nil,
        environment extra: [String: String] = [:], executable: URL = executable
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["CLAIMCHECK_REVIEWER"] = "tester"
        env.removeValue(forKey: "CLAIMCHECK_WORKSPACE")
        for (k, v) in extra { env[k] = v }
        process.environment = env
        // Output goes to files, not pipes: no reader threads, no deadlock on large output.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
