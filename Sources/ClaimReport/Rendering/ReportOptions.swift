import ClaimCore

/// Settings of a rendering that are not in the workspace.
public struct ReportOptions: Sendable {
    /// Where the `reports/` folder is published (e.g. `https://factcheck.example.org/reports/`). With it,
    /// ClaimReview `url`s are absolute; without it they are the report's file name plus `#claim-<id>`.
    public var publicBaseURL: String?
    /// The fact-checking organisation: ClaimReview publisher and author (beside the reviewer, when known).
    public var organization: String
    /// The generated-at timestamp to print; nil means now. Fixed in tests.
    public var generatedAt: String?

    /// Options with the given base URL, publishing organization and generation time (now when nil).
    public init(publicBaseURL: String? = nil, organization: String = "claimcheck", generatedAt: String? = nil) {
        self.publicBaseURL = publicBaseURL
        self.organization = organization
        self.generatedAt = generatedAt
    }

    /// Refuses a public base URL that is not http(s): it is published inside every ClaimReview.
    public func validate() throws {
        if let base = publicBaseURL, !WebLink.isSafeLink(base) {
            throw ClaimCheckError.badInput(
                base, reason: "the public base URL of the reports must be an http:// or https:// address")
        }
    }

    /// The one-line warning `report` prints when ClaimReview `url`s will be relative (no `--base-url`): search
    /// engines ignore a ClaimReview whose `url` is not absolute. Nil when a base URL is set.
    public var relativeURLWarning: String? {
        guard publicBaseURL?.isEmpty ?? true else { return nil }
        return
            "warning: ClaimReview urls are relative (DOC.html#claim-ID), which search engines ignore; give --base-url with the public address of reports/"
    }

    /// The URL of a document's report page, without fragment.
    func pageURL(for slug: String) -> String {
        guard let base = publicBaseURL, !base.isEmpty else { return "\(slug).html" }
        return base.hasSuffix("/") ? "\(base)\(slug).html" : "\(base)/\(slug).html"
    }

    func builder(for info: DocumentInfo, now: String) -> ClaimReviewBuilder {
        ClaimReviewBuilder(
            info: info, pageURL: pageURL(for: info.slug), organization: organization,
            fallbackDate: String(now.prefix(10)))
    }
}
