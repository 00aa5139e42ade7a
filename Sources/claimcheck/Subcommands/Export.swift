import ArgumentParser
import ClaimCore
import ClaimReport
import Foundation

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a document's claims as ClaimReview JSON, JSON Lines or CSV (stdout unless --output).")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var publication: PublicationOptions

    @Argument(help: "The document (its slug).")
    var document: String

    @Option(help: "claimreview (JSON array), jsonl (one claim per line) or csv.")
    var format: ExportFormat

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let exporter = Exporter(workspace: workspaceOptions.resolved, options: publication.reportOptions)
        do {
            let text = try exporter.export(document: document, format: format)
            if let output {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
                print(output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        } catch let error as ClaimCheckError {
            throw fail(error.description)
        } catch {
            throw fail("export of \(document) failed: \(error)")
        }
    }
}
