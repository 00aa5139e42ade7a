import ArgumentParser
import ClaimCore
import SourceFetch
import Workbench

extension ClaimCheck {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the checkable claims of an article into claims/<doc>/.",
            discussion: """
            Re-extracting a document keeps the ids, verdicts and evidence of unchanged sentences; a reviewed \
            claim whose sentence vanished is kept and marked orphaned.
            """)

        @Argument(help: ArgumentHelp("The article: a UTF-8 text file, an http(s) URL to fetch, or - for standard input.", valueName: "path|url|-"))
        var input: String

        @Option(name: .customLong("doc"), help: ArgumentHelp("The document's name (lower-case letters, digits, '-'); default: from the file name.", valueName: "slug"))
        var document: String?

        @Option(help: ArgumentHelp("Publication date, to resolve 'yesterday', 'On Friday' … (default: the date stored earlier, else unresolved).", valueName: "yyyy-mm-dd"))
        var published: String?

        @Option(help: "The article's title.")
        var title: String?

        @Option(help: "The article's URL (http or https).")
        var url: String?

        @Option(help: "Who ran the extraction, for the claims' history (default: $CLAIMCHECK_REVIEWER, git user.name, login).")
        var reviewer: String?

        @Flag(name: .shortAndLong, help: "Print only where the claims were written, not the table.")
        var quiet = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let job = ExtractJob(workspace: workspace)
                let request = ExtractJob.Request(input: input, document: document, published: published, title: title,
                                                 url: url, reviewer: ReviewerName.resolve(option: reviewer))
                let outcome: ExtractJob.Outcome
                if ExtractJob.isURL(input) {
                    outcome = try job.run(request, fetcher: Fetcher())
                } else if input == "-" {
                    _ = try job.validate(request)
                    outcome = try job.run(request, data: try Console.readStandardInput(limit: ArticleText.maxBytes))
                } else {
                    outcome = try job.run(request)
                }
                let style = Console.style
                if !quiet {
                    Console.print(ClaimTable(style: style, width: Console.width).render(outcome.claims.filter { !$0.isOrphaned }, showVerdict: false))
                }
                Console.print(ExtractReport.summary(outcome, workspace: workspace, style: style))
            }
        }
    }
}
