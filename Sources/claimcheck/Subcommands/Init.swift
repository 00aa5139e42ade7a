import ArgumentParser
import Foundation
import Workbench

extension ClaimCheck {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a folder a workspace (claims/, reports/) and, in git, set up claimcheck's merge driver.",
            discussion: """
                In a git repository (or with --git, which runs 'git init') it writes .gitattributes (claim files \
                merge with 'claimcheck merge-file', append-only logs by union) and registers the driver in the \
                repository's local config with this claimcheck's absolute path. Running it again is harmless.
                """)

        @Argument(
            help: ArgumentHelp(
                "The workspace folder (default: --workspace or the current directory).", valueName: "dir"))
        var directory: String?

        @Flag(help: "Make the folder a git repository first when it is not in one.")
        var git = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace =
                    directory.map { Workspace(root: URL(fileURLWithPath: $0, isDirectory: true)) } ?? options.resolved
                let lines = try InitJob(workspace: workspace, executable: Self.executablePath()).run(git: git)
                Console.print(lines.joined(separator: "\n"))
            }
        }

        /// The running claimcheck's absolute path (what git will run as the merge driver).
        static func executablePath() -> String {
            if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return resolved
            }
            return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        }
    }
}
