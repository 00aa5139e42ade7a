import ArgumentParser
import ClaimCore
import ClaimReport
import Foundation

/// `--workspace DIR` (else $CLAIMCHECK_WORKSPACE, else the current directory).
/// (Defined here until the shared option group lands in main.)
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder holding claims/ and reports/ (default: $CLAIMCHECK_WORKSPACE or the current directory).")
    var workspace: String?

    var resolved: Workspace { Workspace.resolve(option: workspace) }
}

/// Options of the published ClaimReview data, shared by `report` and `export`.
struct PublicationOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "Public URL the reports/ folder is published at, for absolute ClaimReview urls.")
    var baseURL: String?

    @Option(help: "The fact-checking organisation named as ClaimReview author when a verdict has no reviewer.")
    var organization: String = "claimcheck"

    var reportOptions: ReportOptions { ReportOptions(publicBaseURL: baseURL, organization: organization) }
}

/// Prints a one-line error on stderr and exits non-zero.
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("claimcheck: \(message)\n".utf8))
    return ExitCode.failure
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the HTML verification report of a document (reports/DOC.html), or of all with --all.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var publication: PublicationOptions

    @Argument(help: "The document (its slug).")
    var document: String?

    @Flag(help: "Render every document of the workspace and reports/index.html.")
    var all = false

    func validate() throws {
        if all == (document != nil) { throw ValidationError("give either a document or --all") }
    }

    func run() throws {
        let workspace = workspaceOptions.resolved
        let renderer = ReportRenderer(workspace: workspace, options: publication.reportOptions)
        do {
            if let document {
                print(workspace.display(try renderer.render(document: document)))
                return
            }
            let batch = try renderer.renderAll()
            for file in batch.reports { print(workspace.display(file)) }
            if let index = batch.index { print(workspace.display(index)) }
            for failure in batch.failures {
                FileHandle.standardError.write(Data("claimcheck: \(failure.slug): \(failure.error)\n".utf8))
            }
            if !batch.failures.isEmpty { throw ExitCode.failure }
        } catch let error as ClaimCheckError {
            throw fail(error.description)
        }
    }
}
