import ClaimCore
import ClaimReport

/// The publication options of `report` and `export`: the flags where given, else the workspace's settings
/// (`claimcheck config`), else the defaults (organisation "claimcheck", no base URL).
public enum PublicationSettings {
    /// `--base-url` and `--organization` as typed (nil when not given), over `workspace`'s settings.
    public static func options(workspace: Workspace, baseURL: String?, organization: String?) throws -> ReportOptions {
        let config = try WorkspaceConfig.load(from: workspace)
        return ReportOptions(
            publicBaseURL: baseURL ?? config.baseURL, organization: organization ?? config.organization ?? "claimcheck")
    }
}
