import ClaimCore

/// How the REPL renders a report: filled in once the report module is wired.
enum ReportCommandSupport {
    static func renderer(_ workspace: Workspace) -> ((String) throws -> String)? { nil }
}
