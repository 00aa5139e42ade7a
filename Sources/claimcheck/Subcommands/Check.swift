import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every file of a document (or of the workspace); exit non-zero on any problem.")

        @Argument(help: ArgumentHelp("The document to check (default: all).", valueName: "doc"))
        var document: String?

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let (text, ok) = try CheckJob(workspace: options.resolved).run(document: document)
                Console.print(text)
                if !ok { throw ExitCode(1) }
            }
        }
    }
}
