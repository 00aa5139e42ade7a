import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inter-rater agreement on a document: observed, Cohen's κ, weighted κ, Krippendorff's α.",
            discussion: """
                Over each reviewer's latest verdict from the claims' history. κ, weighted κ and the confusion \
                matrix need two reviewers (claims both rated); α takes any number (claims two or more rated).
                """)

        @Argument(help: ArgumentHelp("The document (as named by 'extract').", valueName: "doc"))
        var document: String

        @Option(
            help: ArgumentHelp(
                "The reviewers to compare, comma-separated (default: everyone who rated a claim).", valueName: "a,b"))
        var reviewers: String?

        @Flag(help: "Print the figures, confusion matrix and disagreements as JSON.")
        var json = false

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let report = try AgreementJob(workspace: options.resolved).report(
                    document: document, reviewers: reviewers)
                Console.print(
                    json
                        ? try AgreementJob.json(report)
                        : AgreementJob.text(report, document: document, style: Console.style))
            }
        }
    }
}
