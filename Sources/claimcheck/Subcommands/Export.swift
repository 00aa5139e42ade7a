import ArgumentParser
import ClaimCore
import ClaimReport
import Foundation

extension ExportFormat: ExpressibleByArgument {}

extension ClaimCheck {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a document's claims as ClaimReview JSON, JSON Lines or CSV (stdout unless --output).")

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String

        @Option(help: ArgumentHelp("claimreview (JSON array), jsonl (one claim per line) or csv.", valueName: "format"))
        var format: ExportFormat

        @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var publication: PublicationOptions
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let loaded = try ClaimStore(workspace: workspace).load(try Slug.validate(document))
                for problem in loaded.problems { Console.printError("warning: \(problem) (left out of the export)") }
                let text = try Exporter(workspace: workspace, options: publication.reportOptions).export(loaded, format: format)
                guard let output else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                    return
                }
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
                Console.print(output)
            }
        }
    }
}
