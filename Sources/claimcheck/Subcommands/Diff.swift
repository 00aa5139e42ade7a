import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which sentences changed between two stored revisions of an article.",
            discussion: """
                Every distinct text a document has had is kept in claims/<doc>/revisions/. REV is a revision's \
                number (1 = the oldest, as document.json lists them) or the start of its sha256. Without REV the \
                last two are compared; with one, that one and the latest.
                """)

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String

        @Argument(help: ArgumentHelp("The older revision (default: the one before the latest).", valueName: "rev"))
        var from: String?

        @Argument(help: ArgumentHelp("The newer revision (default: the latest).", valueName: "rev"))
        var to: String?

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let outcome = try DiffJob(workspace: options.resolved).run(document: document, from: from, to: to)
                Console.print(DiffText.render(outcome, style: Console.style))
            }
        }
    }
}
