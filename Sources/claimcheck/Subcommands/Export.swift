import ArgumentParser
import Foundation
import Workbench

extension ExportFormat: ExpressibleByArgument {}

extension ClaimCheck {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write a document's claims as ClaimReview JSON, JSON Lines or CSV (stdout unless --output), or its evidence archive as WARC (--output)."
        )

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String

        @Option(
            help: ArgumentHelp(
                "claimreview (JSON array), jsonl (one claim per line), csv, or warc (every fetch of its evidence, gzip WARC/1.1).",
                valueName: "format"))
        var format: ExportFormat

        @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var publication: PublicationOptions
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let outcome = try ExportJob(
                    workspace: options.resolved, options: try publication.reportOptions(options.resolved)
                )
                .run(document: document, format: format, output: output)
                for warning in outcome.warnings { Console.printError(warning) }
                if let text = outcome.text { FileHandle.standardOutput.write(Data(text.utf8)) }
                if let written = outcome.written { Console.print(written) }
            }
        }
    }
}
