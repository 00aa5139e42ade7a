import ArgumentParser
import Workbench

/// `--workspace DIR`, shared by every subcommand.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The workspace folder holding claims/ and reports/ (default: $CLAIMCHECK_WORKSPACE or the current directory).",
            valueName: "dir"))
    var workspace: String?

    var resolved: Workspace { Workspace.resolve(option: workspace) }
}
