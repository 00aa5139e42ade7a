import ClaimTestSupport
import Foundation
import Testing

/// Runs the reliability suite (scripts/reliability runs the full-length version) in its quick form:
/// SIGKILL during saves and re-extraction, two concurrent writers, a killed lock holder, corrupt files,
/// hostile names, and the extractor's linear time on a single huge line.
@Suite struct ReliabilitySuiteTests {
    @Test func quickSuitePasses() throws {
        let result = try CommandLineTool.run(
            ["all", "--quick"], in: FileManager.default.temporaryDirectory,
            executable: CommandLineTool.product("claimcheck-stress"))
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains(" 0 failed"), "\(result.stdout)")
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout)")
    }
}
