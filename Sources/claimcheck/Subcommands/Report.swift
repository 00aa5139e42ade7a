import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the HTML verification report of a document (reports/DOC.html), or of all with --all.")

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Flag(help: "Render every document of the workspace and reports/index.html.")
        var all = false

        @OptionGroup var publication: PublicationOptions
        @OptionGroup var options: WorkspaceOptions

        func validate() throws {
            if all == (document != nil) { throw ValidationError("give either a document or --all") }
        }

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let job = ReportJob(workspace: workspace, options: try publication.reportOptions(workspace))
                if let document {
                    let written = try job.render(document: document)
                    for warning in written.warnings { Console.printError(warning) }
                    Console.print(written.file)
                    return
                }
                let batch = try job.renderAll()
                for file in batch.files { Console.print(file) }
                for failure in batch.failures { Console.printError(failure) }
                for warning in batch.warnings { Console.printError(warning) }
                if !batch.failures.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
