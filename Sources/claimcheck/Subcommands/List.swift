import ArgumentParser
import Workbench

extension ClaimCheck {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a document's claims (or, without a document, every document with its verdict tally).")

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Option(
            help: ArgumentHelp(
                "Only claims with this kind: casualty, quantity, date, attribution, quote.", valueName: "kind"))
        var kind: String?

        @Option(
            help: ArgumentHelp(
                "Only claims with this verdict (e.g. unreviewed, true, mostly-false).", valueName: "label"))
        var verdict: String?

        @Flag(help: "Only claims whose verdict waits for a re-check (their sentence was edited and its facts changed).")
        var recheck = false
        @Flag(help: "Only claims whose verdict two reviewers set differently on two sides of a git merge.")
        var disputed = false

        @Flag(help: "Print the claims as a JSON array in the claim file format.")
        var json = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let job = ListJob(workspace: options.resolved)
                guard let document else {
                    try ListJob.checkWithoutDocument(kind: kind, verdict: verdict, json: json || recheck || disputed)
                    Console.print(job.documentsTable(style: Console.style))
                    return
                }
                let selection = try job.claims(
                    of: document, kind: kind, verdict: verdict, recheck: recheck, disputed: disputed)
                for warning in selection.warnings { Console.printError(warning) }
                if json {
                    Console.print(try job.json(selection.claims))
                } else if selection.claims.isEmpty {
                    Console.printError("no claims match")
                } else {
                    Console.print(ClaimTable(style: Console.style, width: Console.width).render(selection.claims))
                }
            }
        }
    }
}
