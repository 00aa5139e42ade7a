import ArgumentParser
import Workbench

extension ClaimCheck {
    struct MergeFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-file",
            abstract: "Three-way merge of one claim file or document.json (git's merge driver; 'init' registers it).",
            discussion: """
                git calls it as: claimcheck merge-file %O %A %B %P. The result is written over OURS; a verdict \
                set differently on both sides becomes a dispute. Exit 1, OURS untouched, when a side is not valid.
                """)

        @Argument(
            help: ArgumentHelp("The merge base (git's %O; empty when both sides added the file).", valueName: "base"))
        var base: String

        @Argument(help: ArgumentHelp("Our version (git's %A), replaced by the merge.", valueName: "ours"))
        var ours: String

        @Argument(help: ArgumentHelp("Their version (git's %B).", valueName: "theirs"))
        var theirs: String

        @Argument(help: ArgumentHelp("The file's path in the repository (git's %P), for messages.", valueName: "path"))
        var path: String?

        func run() throws {
            try Console.run {
                let outcome = try MergeFileJob().run(base: base, ours: ours, theirs: theirs, path: path)
                if let message = MergeFileJob.message(outcome) { Console.printError("claimcheck: " + message) }
            }
        }
    }
}
