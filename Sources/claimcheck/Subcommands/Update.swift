import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-fetch a document's article URL; if the text changed, keep the revision and re-extract.",
            discussion: """
                A changed text is stored under claims/<doc>/revisions/ and re-extracted: verdicts of edited \
                sentences carry over, and those whose facts changed wait for a re-check. The sentence diff is \
                printed. Exit status 1 when a fetch failed, the page is empty or no longer the article, or the \
                document has no URL (the document is then left untouched).
                """)

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Flag(help: "Every document of the workspace that has an article URL.")
        var all = false

        @Option(
            help:
                "Who ran the update, for the claims' history (default: $CLAIMCHECK_REVIEWER, git user.name, login)."
        )
        var reviewer: String?

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let job = UpdateJob(workspace: workspace)
                let documents = try job.documents(document, all: all)
                if documents.isEmpty { Console.printError("no document of the workspace has an article URL") }
                let name = ReviewerName.resolve(option: reviewer)
                var failed = false
                for slug in documents {
                    let report = job.run(slug, reviewer: name)
                    failed = failed || report.failed
                    if report.failed {
                        Console.printError(UpdateText.render(report, workspace: workspace, style: Console.errorStyle))
                    } else {
                        Console.print(UpdateText.render(report, workspace: workspace, style: Console.style))
                    }
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}
