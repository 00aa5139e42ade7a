import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every reason not to publish a document yet (or all with --all); exit 1 if any.",
            discussion: """
                One line per reason, with the claim's number and id: an unreviewed claim; a rated verdict without \
                an evidence link fetched successfully; a dead link without a note; a pending re-check; a number \
                discrepancy or a missing quote on a claim rated true or mostly-true that no note acknowledges; an \
                unacknowledged consistency note; no base URL or organisation configured ('claimcheck config'). \
                What acknowledges what: docs/DESIGN.md, "The publish gate".
                """)

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String?

        @Flag(help: "Check every document of the workspace.")
        var all = false

        @Flag(help: "Print the findings as a JSON array (document, number, claim, rule, message).")
        var json = false

        @OptionGroup var options: WorkspaceOptions

        func validate() throws {
            if all == (document != nil) { throw ValidationError("give either a document or --all") }
        }

        func run() throws {
            try Console.run {
                let outcome = try LintJob(workspace: options.resolved).run(document: document, json: json)
                Console.print(outcome.text)
                if !outcome.ok { throw ExitCode(1) }
            }
        }
    }
}
