import ArgumentParser

@main
struct ClaimCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Fact-claim verification workbench: extract checkable claims, review them, report.",
        subcommands: [Report.self, Export.self])
}
