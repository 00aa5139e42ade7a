import ArgumentParser
import Foundation
import Workbench

extension ClaimCheck {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the checkable claims of articles into claims/<doc>/.",
            discussion: """
                Re-extracting a document keeps the ids, verdicts and evidence of unchanged sentences; a reviewed \
                claim whose sentence vanished is kept and marked orphaned.

                One article prints its claims. Several files, a folder (its .txt, .md, .html and .htm files; \
                --recursive for subfolders) or --jsonl (one {"doc", "text" | "url", "title", "published"} object \
                per line; other fields are kept in document.json) are extracted on --jobs workers, each into its \
                own document: a progress bar on a terminal, then one summary line. A bad article is named and \
                skipped; the exit status is then 1.
                """)

        @Argument(
            help: ArgumentHelp(
                "Articles: UTF-8 text files or folders of them, an http(s) URL to fetch, or - for standard input.",
                valueName: "path|url|-"))
        var inputs: [String] = []

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
                "Who ran the extraction, for the claims' history (default: $CLAIMCHECK_REVIEWER, $GIT_AUTHOR_NAME, git user.name, login)."
        )
        var reviewer: String?

        @Flag(name: .shortAndLong, help: "Print only where the claims were written, not the table.")
        var quiet = false

        @Flag(help: "Also extract the article files of subfolders of a folder.")
        var recursive = false

        @Option(
            help: ArgumentHelp(
                "Read articles from a JSON Lines file (- for standard input), one object per line.", valueName: "file"))
        var jsonl: String?

        @Option(help: ArgumentHelp("Articles extracted at once (default: the number of cores).", valueName: "n"))
        var jobs: Int?

        @Option(
            help: ArgumentHelp(
                "Write one JSON object per claim to standard output (document, id, span, kinds, facts).",
                valueName: "jsonl"))
        var emit: String?

        @Flag(help: "Write nothing to the workspace (with --emit jsonl).")
        var noStore = false

        @OptionGroup var options: WorkspaceOptions

        /// Many articles, or any of the bulk options: the bulk job; one article alone: the single-article job.
        var isBulk: Bool {
            if inputs.count > 1 || jsonl != nil || recursive || jobs != nil || emit != nil || noStore { return true }
            var isDir: ObjCBool = false
            return inputs.count == 1 && FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDir)
                && isDir.boolValue
        }

        func validate() throws {
            if inputs.isEmpty && jsonl == nil {
                throw ValidationError("give an article (a file, a folder, a URL or -) or --jsonl FILE")
            }
            if let emit, emit != "jsonl" { throw ValidationError("--emit takes 'jsonl'") }
            if noStore && emit == nil { throw ValidationError("--no-store needs --emit jsonl (else nothing is kept)") }
            if let jobs, !BulkExtractJob.jobsRange.contains(jobs) {
                throw ValidationError(
                    "--jobs must be between \(BulkExtractJob.jobsRange.lowerBound) and \(BulkExtractJob.jobsRange.upperBound)"
                )
            }
            if isBulk {
                if jsonl != nil && !inputs.isEmpty { throw ValidationError("give either article paths or --jsonl") }
                for (flag, value) in [("--doc", document), ("--title", title), ("--url", url)] where value != nil {
                    throw ValidationError("\(flag) names one article; it cannot be used with several")
                }
                if let bad = inputs.first(where: { $0 == "-" || ArticleSource(argument: $0) != .file($0) }) {
                    throw ValidationError(
                        "\(bad): several articles are read from files and folders (use --jsonl - for a stream)")
                }
            }
        }

        func run() throws {
            try Console.run {
                if isBulk { try runBulk() } else { try runSingle(inputs[0]) }
            }
        }

        private func runSingle(_ input: String) throws {
            let workspace = options.resolved
            let request = ExtractJob.Request(
                document: document, published: published, title: title, url: url,
                reviewer: ReviewerName.resolve(option: reviewer))
            let outcome = try ExtractJob(workspace: workspace).run(source: ArticleSource(argument: input), request)
            let style = Console.style
            if !quiet {
                Console.print(
                    ClaimTable(style: style, width: Console.width).render(outcome.currentClaims, showVerdict: false))
            }
            Console.print(ExtractReport.summary(outcome, workspace: workspace, style: style))
        }

        private func runBulk() throws {
            let bar = Console.stderrIsTerminal ? ProgressBar() : nil
            let request = BulkExtractJob.Request(
                published: published, reviewer: reviewer,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, store: !noStore)
            let input: BulkExtractJob.Input = jsonl.map { .jsonLines($0) } ?? .paths(inputs, recursive: recursive)
            var progress: (@Sendable (BulkExtractJob.Progress) -> Void)?
            if let bar {
                progress = { step in
                    let line = BulkReport.progress(step)
                    bar.show(line.fraction, line.text)
                }
            }
            var lines: (@Sendable (BulkExtractJob.Article) throws -> Void)?
            if emit != nil {
                lines = { article in
                    try FileHandle.standardOutput.write(
                        contentsOf: ClaimLines.encode(article.claims, document: article.document))
                }
            }
            let summary = try BulkExtractJob(workspace: options.resolved)
                .run(input, request, progress: progress, emit: lines)
            bar?.finish()
            for failure in summary.failures {
                Console.printError(Console.errorStyle.red("claimcheck: ") + ErrorAdvice.line(for: failure))
            }
            // With --emit, standard output carries the claims alone: the summary goes to standard error.
            let line = BulkReport.summary(summary, style: emit == nil ? Console.style : Console.errorStyle)
            if emit == nil { Console.print(line) } else { Console.printError(line) }
            if summary.failed { throw ExitCode(1) }
        }
    }
}
