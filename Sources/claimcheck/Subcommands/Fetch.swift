import ArgumentParser
import Foundation
import Workbench

extension ClaimCheck {
    /// `claimcheck fetch DOC`: refetch every cited link of a document.
    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refetch every evidence link of a document, archive what changed, and summarise claim by claim.",
            discussion:
                "Prints each claim with evidence (its number and id), then the outcome of each of its links. Every link tried gets checkedAt (the time of this run) in its claim file, also when its page is unchanged or the fetch failed. Exits 1 when a link is dead (404, 410, unknown host) or failed (timeout, refused, 5xx…); --allow-dead tolerates dead links."
        )

        @Argument(help: ArgumentHelp("The document.", valueName: "doc")) var document: String
        @Flag(help: "Do not fail because of dead links (404, 410, unknown host).") var allowDead = false
        @Option(help: "Transfers at once (1–64).") var concurrency: Int = 8
        @Option(help: "Who refreshes (default: $CLAIMCHECK_REVIEWER, git user.name, login).") var reviewer: String?
        @OptionGroup var options: WorkspaceOptions

        func validate() throws {
            guard FetchJob.concurrencyRange.contains(concurrency) else {
                throw ValidationError(
                    "--concurrency must be between \(FetchJob.concurrencyRange.lowerBound) and \(FetchJob.concurrencyRange.upperBound)"
                )
            }
        }

        func run() throws {
            try Console.run {
                let bar = Console.stderrIsTerminal ? ProgressBar() : nil
                let summary = try FetchJob(workspace: options.resolved)
                    .run(
                        document: document, reviewer: ReviewerName.resolve(option: reviewer), concurrency: concurrency,
                        progress: bar.map { bar in { bar.show($0, of: $1) } })
                bar?.finish()
                let style = Console.style
                for group in summary.groups {
                    Console.print(style.bold(group.heading))
                    for report in group.reports {
                        let line = "  " + report.line
                        switch report.outcome {
                        case .dead, .failed: Console.print(style.red(line))
                        case .changed: Console.print(style.yellow(line))
                        default: Console.print(line)
                        }
                    }
                }
                for problem in summary.problems { Console.printError(problem) }
                Console.print(style.bold(summary.reports.isEmpty ? "no evidence links in \(document)" : summary.totals))
                if summary.failed(allowingDead: allowDead) { throw ExitCode(1) }
            }
        }
    }
}
