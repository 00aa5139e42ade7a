import ArgumentParser
import Workbench

/// Options of the published ClaimReview data, shared by `report` and `export`.
struct PublicationOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp("Public URL the reports/ folder is published at, for absolute ClaimReview urls.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The fact-checking organisation named as ClaimReview author when a verdict has no reviewer.", valueName: "name"))
    var organization: String = "claimcheck"

    var reportOptions: ReportOptions { ReportOptions(publicBaseURL: baseURL, organization: organization) }
}
