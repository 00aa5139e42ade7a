import ArgumentParser

/// The `claimcheck` command: parses arguments and hands each subcommand to the Workbench library.
@main
struct ClaimCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Fact-claim verification workbench: extract checkable claims, review them, report.",
        discussion: """
            A workspace is a folder holding claims/ and reports/ (the current directory, --workspace DIR, \
            or $CLAIMCHECK_WORKSPACE). Typical use:
              claimcheck extract article.txt --published 2016-02-24
              claimcheck review article
              claimcheck report article
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Extract.self, List.self, Check.self, Review.self, Evidence.self, Fetch.self, Report.self,
            Export.self, Diff.self, Update.self, Verify.self, Lint.self, Config.self, MergeFile.self, Agreement.self,
        ])
}
