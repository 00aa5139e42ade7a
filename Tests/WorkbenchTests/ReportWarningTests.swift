import ClaimCore
import ClaimReport
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// `report` warns, in one line, when its ClaimReview urls are relative (no `--base-url`).
@Suite struct ReportWarningTests {
    @Test func reportJobWarnsOnlyWithoutABaseURL() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let relative = try ReportJob(workspace: tw.workspace).render(document: "benghazi")
        #expect(
            relative.warnings.count == 1 && relative.warnings[0].hasPrefix("warning: ClaimReview urls are relative"))
        let absolute = try ReportJob(
            workspace: tw.workspace, options: ReportOptions(publicBaseURL: "https://checks.example.org/reports/")
        )
        .render(document: "benghazi")
        #expect(absolute.warnings.isEmpty)
        let html = try String(contentsOf: tw.root.appendingPathComponent("reports/benghazi.html"), encoding: .utf8)
        #expect(
            html.contains("\"url\":\"https:\\/\\/checks.example.org\\/reports\\/benghazi.html#claim-")
                || html.contains("\"url\":\"https://checks.example.org/reports/benghazi.html#claim-"))
        #expect(try ReportJob(workspace: tw.workspace).renderAll().warnings.count == 1, "once for --all")
    }

    @Test func theReportCommandPrintsTheWarningOnStderrAndStillSucceeds() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let plain = try CommandLineTool.run(["report", "benghazi"], in: tw.root)
        #expect(plain.status == 0 && plain.stdout == "reports/benghazi.html\n")
        #expect(
            plain.stderr.split(separator: "\n").count == 1
                && plain.stderr.hasPrefix("warning: ClaimReview urls are relative"), "\(plain.stderr)")
        let based = try CommandLineTool.run(
            ["report", "benghazi", "--base-url", "https://checks.example.org/reports/"], in: tw.root)
        #expect(based.status == 0 && based.stderr.isEmpty, "\(based.stderr)")
    }
}
