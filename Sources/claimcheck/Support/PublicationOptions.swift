import ArgumentParser
import Workbench

/// Options of the published ClaimReview data, shared by `report` and `export`.
struct PublicationOptions: ParsableArguments {
    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "Public URL the reports/ folder is published at, for absolute ClaimReview urls (without it, report warns that they are relative).",
            valueName: "url"))
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "The fact-checking organisation: ClaimReview publisher and author (the reviewer is added as a Person author).",
            valueName: "name"))
    var organization: String = "claimcheck"

    var reportOptions: ReportOptions { ReportOptions(publicBaseURL: baseURL, organization: organization) }
}
