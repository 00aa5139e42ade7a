import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write the HTML verification report of a document (reports/DOC.html), or of all with --all; --public writes the page for readers with its archived evidence."
        )

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Flag(help: "Render every document of the workspace and reports/index.html.")
        var all = false

        @Flag(
            help:
                "Write the public fact-check page (verdicts, reasons, evidence with archived copies; no workbench detail) and its archived evidence into one folder (reports/public/DOC/ unless --bundle)."
        )
        var `public` = false

        @Option(
            help: ArgumentHelp("The folder of the public page and its evidence (implies --public).", valueName: "dir"))
        var bundle: String?

        @Flag(help: "Publish with --public even though 'claimcheck lint' finds reasons not to (they are still listed).")
        var force = false

        @OptionGroup var publication: PublicationOptions
        @OptionGroup var options: WorkspaceOptions

        func validate() throws {
            if all == (document != nil) { throw ValidationError("give either a document or --all") }
            if all && (`public` || bundle != nil) { throw ValidationError("--public and --bundle take one document") }
            if force && !(`public` || bundle != nil) { throw ValidationError("--force goes with --public") }
        }

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let reportOptions = try publication.reportOptions(workspace)
                let job = ReportJob(workspace: workspace, options: reportOptions)
                if let document, `public` || bundle != nil {
                    let outcome = try PublicReportJob(workspace: workspace, options: reportOptions)
                        .run(document: document, bundle: bundle, force: force) { findings in
                            for finding in findings { Console.printError(finding.line) }
                        }
                    Console.print(outcome.page)
                    return
                }
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
