import ArgumentParser
import ClaimCore
import ClaimReport

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
                let renderer = ReportRenderer(workspace: workspace, options: publication.reportOptions)
                if let document {
                    let loaded = try ClaimStore(workspace: workspace).load(try Slug.validate(document))
                    for problem in loaded.problems { Console.printError("warning: \(problem) (left out of the report)") }
                    Console.print(workspace.display(try renderer.render(loaded)))
                    return
                }
                let batch = try renderer.renderAll()
                for file in batch.reports { Console.print(workspace.display(file)) }
                if let index = batch.index { Console.print(workspace.display(index)) }
                for failure in batch.failures { Console.printError("claimcheck: \(failure.slug): \(failure.error)") }
                if !batch.failures.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
