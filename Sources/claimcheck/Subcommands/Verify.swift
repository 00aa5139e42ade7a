import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the tamper-evident record of a document (or of all): history chains and the ledger.",
            discussion: """
                Every history entry is chained to the one before and records the claim's content after the \
                change; claims/DOC/ledger.jsonl lists every entry saved. verify names each break (a hand-edited \
                claim, a deleted claim file, a reordered history, a cut ledger) and exits 1 if there is any. \
                A document written before records were kept is upgraded the first time.
                """)

        @Argument(help: ArgumentHelp("The document to verify (default: all).", valueName: "doc"))
        var document: String?

        @Option(
            help: ArgumentHelp(
                "Who runs the check (named in the ledger if an old document is upgraded).", valueName: "name"))
        var reviewer: String?

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let job = VerifyJob(workspace: options.resolved, reviewer: ReviewerName.resolve(option: reviewer))
                let outcome = try job.run(document: document)
                Console.print(outcome.text)
                if !outcome.ok { throw ExitCode(1) }
            }
        }
    }
}
