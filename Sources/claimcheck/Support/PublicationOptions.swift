import ArgumentParser
import Workbench

/// Options of the published ClaimReview data, shared by `report` and `export`.
struct PublicationOptions: ParsableArguments {
    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "Public URL the reports/ folder is published at, for absolute ClaimReview urls (default: 'claimcheck config' base-url; without either, report warns that they are relative).",
            valueName: "url"))
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "The fact-checking organisation: ClaimReview publisher and author (the reviewer is added as a Person author; default: 'claimcheck config' organization, else claimcheck).",
            valueName: "name"))
    var organization: String?

    /// The options: these flags over the workspace's settings (`claimcheck config`).
    func reportOptions(_ workspace: Workspace) throws -> ReportOptions {
        try PublicationSettings.options(workspace: workspace, baseURL: baseURL, organization: organization)
    }
}
