import ArgumentParser
import ClaimCore
import Workbench

extension ClaimCheck {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a document's claims (or, without a document, every document with its verdict tally).")

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Option(help: ArgumentHelp("Only claims with this kind: casualty, quantity, date, attribution, quote.", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only claims with this verdict (e.g. unreviewed, true, mostly-false).", valueName: "label"))
        var verdict: String?

        @Flag(help: "Print the claims as a JSON array in the claim file format.")
        var json = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let job = ListJob(workspace: options.resolved)
                guard let document else {
                    if kind != nil || verdict != nil || json {
                        throw ClaimCheckError.badInput("list", reason: "--kind, --verdict and --json need a document: claimcheck list DOC")
                    }
                    let table = job.documentsTable(style: Console.style)
                    Console.print(table.isEmpty ? "no documents in \(options.resolved.claimsFolder.path) (run 'claimcheck extract ARTICLE' first)" : table)
                    return
                }
                let kindFilter = try kind.map(ListJob.parseKind)
                let verdictFilter = try verdict.map(ListJob.parseVerdict)
                let (claims, problems) = try job.claims(of: try Slug.validate(document), kind: kindFilter, verdict: verdictFilter)
                for problem in problems { Console.printError("warning: \(problem) (skipped)") }
                if json {
                    Console.print(try job.json(claims))
                } else if claims.isEmpty {
                    Console.printError("no claims match")
                } else {
                    Console.print(ClaimTable(style: Console.style, width: Console.width).render(claims))
                }
            }
        }
    }
}
