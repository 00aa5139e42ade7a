import Foundation

/// Headless Chromium for the tests (the report's and `update`'s): loads a local file with JavaScript enabled and returns the DOM as
/// the page left it (`--dump-dom`), or takes a screenshot. Tests that need it are enabled only when Chromium is installed.
public enum HeadlessBrowser {
    /// Whether a Chromium is on the PATH (the browser tests are skipped without one).
    public static var isInstalled: Bool { (try? executable()) != nil }

    /// The Chromium binary found on the PATH.
    public static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw CocoaError(
            .fileNoSuchFile,
            userInfo: [NSLocalizedDescriptionKey: "chromium is not installed (apt-get install chromium)"])
    }

    /// The DOM of `file` after its scripts ran (at most two seconds of virtual time).
    public static func dumpDOM(_ file: URL) throws -> String {
        try run(["--dump-dom", "--virtual-time-budget=2000", file.absoluteString])
    }

    /// A PNG screenshot of `file`, `width` × `height`, in dark mode when `dark`.
    public static func screenshot(_ file: URL, to png: URL, width: Int, height: Int, dark: Bool = false) throws {
        _ = try run(
            ["--hide-scrollbars", "--screenshot=\(png.path)", "--window-size=\(width),\(height)"]
                + (dark ? ["--force-dark-mode"] : []) + [file.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments =
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"]
            + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: timer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationStatus == 0 else {
            throw NSError(
                domain: "HeadlessBrowser", code: Int(process.terminationStatus),
                userInfo: [NSLocalizedDescriptionKey: "chromium exited with status \(process.terminationStatus)"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
