import ArgumentParser
import Workbench

extension Stance: ExpressibleByArgument {}

extension ClaimCheck {
    /// `claimcheck evidence add|list|remove`: a claim's evidence links.
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attach, list or remove the evidence links of a claim.",
            subcommands: [Add.self, List.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract:
                    "Fetch a link, archive it under claims/DOC/sources/, find the claim's numbers and quotes in it, and attach it.",
                discussion:
                    "The link is saved even when the fetch fails (the exit status is then 1); 'claimcheck fetch DOC' retries it."
            )

            @Argument(help: ArgumentHelp("The document.", valueName: "doc")) var document: String
            @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: String
            @Argument(help: ArgumentHelp("An http:// or https:// link.", valueName: "url")) var url: String
            @Option(help: "supports, refutes or context.") var stance: Stance
            @Option(help: "Why this link matters.") var note: String = ""
            @Option(help: "Who adds it (default: $CLAIMCHECK_REVIEWER, git user.name, login).") var reviewer: String?
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run {
                    let outcome = try EvidenceJob(workspace: options.resolved)
                        .add(
                            .init(
                                document: document, claim: claim, url: url, stance: stance, note: note,
                                reviewer: ReviewerName.resolve(option: reviewer)))
                    Console.print(EvidenceText.lines(for: outcome).joined(separator: "\n"))
                    if !outcome.fetched { throw ExitCode(1) }
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List a claim's evidence, numbered for 'evidence remove'.")

            @Argument(help: ArgumentHelp("The document.", valueName: "doc")) var document: String
            @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: String
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run {
                    let loaded = try EvidenceJob(workspace: options.resolved).claim(document: document, id: claim)
                    Console.print(EvidenceText.lines(forEvidenceOf: loaded).joined(separator: "\n"))
                }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Remove evidence #K of a claim (its archived snapshot stays).")

            @Argument(help: ArgumentHelp("The document.", valueName: "doc")) var document: String
            @Argument(help: ArgumentHelp("The claim id.", valueName: "claim")) var claim: String
            @Argument(help: ArgumentHelp("The evidence number, as 'evidence list' shows it.", valueName: "k"))
            var number: Int
            @Option(help: "Who removes it (default: $CLAIMCHECK_REVIEWER, git user.name, login).") var reviewer: String?
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run {
                    let saved = try EvidenceJob(workspace: options.resolved)
                        .remove(
                            document: document, claim: claim, number: number,
                            reviewer: ReviewerName.resolve(option: reviewer))
                    Console.print(EvidenceText.removed(number: number, from: saved))
                }
            }
        }
    }
}
