import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the checkable claims of an article into claims/<doc>/.",
            discussion: """
                Re-extracting a document keeps the ids, verdicts and evidence of unchanged sentences; a reviewed \
                claim whose sentence vanished is kept and marked orphaned.
                """)

        @Argument(
            help: ArgumentHelp(
                "The article: a UTF-8 text file, an http(s) URL to fetch, or - for standard input.",
                valueName: "path|url|-"))
        var input: String

        @Option(
            name: .customLong("doc"),
            help: ArgumentHelp(
                "The document's name (lower-case letters, digits, '-'); default: from the file name.", valueName: "slug"
            ))
        var document: String?

        @Option(
            help: ArgumentHelp(
                "Publication date, to resolve 'yesterday', 'On Friday' … (default: the date stored earlier, else unresolved).",
                valueName: "yyyy-mm-dd"))
        var published: String?

        @Option(help: "The article's title.")
        var title: String?

        @Option(help: "The article's URL (http or https).")
        var url: String?

        @Option(
            help:
                "Who ran the extraction, for the claims' history (default: $CLAIMCHECK_REVIEWER, git user.name, login)."
        )
        var reviewer: String?

        @Flag(name: .shortAndLong, help: "Print only where the claims were written, not the table.")
        var quiet = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let request = ExtractJob.Request(
                    document: document, published: published, title: title, url: url,
                    reviewer: ReviewerName.resolve(option: reviewer))
                let outcome = try ExtractJob(workspace: workspace).run(source: ArticleSource(argument: input), request)
                let style = Console.style
                if !quiet {
                    Console.print(
                        ClaimTable(style: style, width: Console.width).render(outcome.currentClaims, showVerdict: false)
                    )
                }
                Console.print(ExtractReport.summary(outcome, workspace: workspace, style: style))
            }
        }
    }
}
