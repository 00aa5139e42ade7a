import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import SourceFetch
@testable import Workbench

/// Issue 16 point 2: every fetch of an evidence link is kept as WARC/1.1 records (request, response, metadata;
/// one gzip member each) and `export --format warc` joins them into one archive. The files are checked with an
/// independent reader, the `warcio` Python package (installed by scripts/install-system-packages --test).
@Suite struct WARCTests {
    static let page =
        "<html><head><title>Clashes</title></head><body><p>Six people were killed in Benghazi.</p></body></html>"
    let temp = TemporaryWorkspace()
    let server: LoopbackServer
    let ids: [String]

    init() throws {
        server = try LoopbackServer { request in
            switch request.path {
            case "/page": return .html(WARCTests.page)
            case "/gzip":
                // A gzip-encoded body: the archive keeps the decoded body, so the encoding header must go.
                var response = LoopbackResponse.bytes(Gzip.member(Array(WARCTests.page.utf8)), contentType: "text/html")
                response.headers.append((name: "Content-Encoding", value: "gzip"))
                return response
            default: return .status(404)
            }
        }
        ids = try SampleDocuments.document(
            temp, slug: "warc",
            sentences: [("Six people were killed in Benghazi.", []), ("The council met twice.", [])]
        ).map(\.id)
    }

    /// Runs `python3 -c script args…` (through `CommandLineTool.run`: output to files, no pipe to fill) and
    /// returns its standard output; a non-zero exit fails the test.
    func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try CommandLineTool.run(
            ["python3", "-c", script] + arguments, in: temp.root, executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(
            result.status == 0,
            "python3 failed (is warcio installed? scripts/install-system-packages --test): \(result.stderr)")
        return result.stdout
    }

    /// Every record of `file` as `type|target|claimcheck fields|payload`, read by warcio, after `warcio check`
    /// (each block and payload digest verified).
    func records(_ file: String) throws -> [String] {
        let script = """
            import sys
            from warcio.archiveiterator import ArchiveIterator
            from warcio.cli import main
            try:
                main(['check', sys.argv[1]])
            except SystemExit as e:
                if e.code: raise
            with open(sys.argv[1], 'rb') as f:
                for r in ArchiveIterator(f, check_digests=True):
                    body = r.content_stream().read().decode('utf-8', 'replace').replace('\\r\\n', ';').replace('\\n', ' ')
                    print(r.rec_type + '|' + (r.rec_headers.get_header('WARC-Target-URI') or '') + '|' + body)
            """
        return try python(script, [file]).split(separator: "\n").map(String.init)
    }

    @Test func everyFetchIsARequestAResponseAndAMetadataRecordThatWarcioReads() throws {
        let desk = EvidenceDesk(workspace: temp.workspace)
        _ = try desk.attach(
            document: "warc", claimID: ids[0], url: server.url("/page"), stance: .supports, note: "", by: "ana")
        _ = try desk.attach(
            document: "warc", claimID: ids[1], url: server.url("/gzip"), stance: .context, note: "", by: "ana")
        _ = try FetchJob(workspace: temp.workspace).run(document: "warc", reviewer: "bo")
        let folder = try WARCArchive.folder(temp.workspace, document: "warc")
        let captures = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".warc.gz")
        }
        #expect(captures.count == 4, "two attachments and two refetches, each its own capture: \(captures)")

        let output = temp.root.appendingPathComponent("warc.warc.gz").path
        let outcome = try ExportJob(workspace: temp.workspace).run(document: "warc", format: .warc, output: output)
        #expect(outcome.written == output)
        let lines = try records(output)
        #expect(lines.count == 12, "\(lines)")
        #expect(lines.filter { $0.hasPrefix("request|") }.count == 4)
        let responses = lines.filter { $0.hasPrefix("response|") }
        #expect(responses.count == 4)
        #expect(responses.allSatisfy { $0.hasSuffix(WARCTests.page) }, "the payload is the page's bytes, decoded")
        let metadata = lines.filter { $0.hasPrefix("metadata|") }
        #expect(metadata.filter { $0.contains("claimcheck-claim: \(ids[0])") }.count == 2)
        #expect(metadata.filter { $0.contains("claimcheck-claim: \(ids[1])") }.count == 2)
        #expect(metadata.allSatisfy { $0.contains("claimcheck-document: warc") })
    }

    @Test func theEncodingTheBodyNoLongerHasIsNotClaimedAndAHostileHeaderCannotAddFields() throws {
        let page = FetchedPage(
            url: "http://example.org/a", finalURL: "http://example.org/a?x=1", status: 200, contentType: "text/html",
            headers: [
                HTTPHeader(name: "Content-Encoding", value: "gzip"), HTTPHeader(name: "Content-Length", value: "9"),
                HTTPHeader(name: "X-Evil", value: "a\r\nWARC-Type: forged\r\n\r\nHTTP/1.1 200"),
            ],
            body: Array("hello".utf8), fetchedAt: "2026-12-02T05:00:00Z", redirects: 1)
        let response = String(decoding: WARCArchive.httpResponse(page), as: UTF8.self)
        #expect(!response.lowercased().contains("content-encoding"))
        #expect(response.contains("Content-Length: 5\r\n"))
        #expect(response.split(separator: "\r\n").count == 4, "status, X-Evil on one line, length, body: \(response)")
        let request = String(decoding: WARCArchive.httpRequest(page.finalURL, userAgent: "cc"), as: UTF8.self)
        #expect(request.hasPrefix("GET /a?x=1 HTTP/1.1\r\nHost: example.org\r\n"))
        let file = temp.root.appendingPathComponent("one.warc.gz")
        try Data(WARCArchive.capture(page, context: WARCContext(document: "d", claims: ["c1"]))).write(to: file)
        let lines = try records(file.path)
        #expect(
            lines.map { $0.split(separator: "|").first.map(String.init) ?? "" } == ["request", "response", "metadata"])
        #expect(lines[2].contains("via: http://example.org/a"), "a redirect names the URL asked for")
    }

    @Test func snapshotsStoredBeforeWARCCaptureAreExportedAsRebuiltResponses() throws {
        let desk = EvidenceDesk(workspace: temp.workspace)
        _ = try desk.attach(
            document: "warc", claimID: ids[0], url: server.url("/page"), stance: .supports, note: "", by: "ana")
        // An older workspace: the body, text and record are there, the WARC folder is not.
        try FileManager.default.removeItem(at: try WARCArchive.folder(temp.workspace, document: "warc"))
        let output = temp.root.appendingPathComponent("old.warc.gz").path
        _ = try ExportJob(workspace: temp.workspace).run(document: "warc", format: .warc, output: output)
        let lines = try records(output)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("response|\(server.url("/page"))|") == true)
        #expect(lines.first?.hasSuffix(WARCTests.page) == true)
        #expect(lines.last?.contains("rebuilt from a stored snapshot") == true)
    }

    @Test func aWARCExportNeedsAnOutputFileAndAKnownDocument() throws {
        #expect(throws: ClaimCheckError.self) {
            try ExportJob(workspace: temp.workspace).run(document: "warc", format: .warc, output: nil)
        }
        #expect(throws: ClaimCheckError.self) {
            try ExportJob(workspace: temp.workspace).run(
                document: "nope", format: .warc, output: temp.root.appendingPathComponent("x.warc.gz").path)
        }
        #expect(!FileManager.default.fileExists(atPath: temp.root.appendingPathComponent("x.warc.gz").path))
    }

    @Test func theArticleFetchOfExtractURLIsCapturedToo() throws {
        let outcome = try ExtractJob(workspace: temp.workspace).run(
            source: .url(server.url("/page")), ExtractJob.Request(document: "fetched", reviewer: "ana"))
        #expect(outcome.document == "fetched")
        let output = temp.root.appendingPathComponent("article.warc.gz").path
        _ = try ExportJob(workspace: temp.workspace).run(document: "fetched", format: .warc, output: output)
        let lines = try records(output)
        #expect(
            lines.map { $0.split(separator: "|").first.map(String.init) ?? "" } == ["request", "response", "metadata"])
        #expect(lines[1].hasSuffix(WARCTests.page))
        #expect(lines[2].contains("claimcheck-document: fetched") && lines[2].contains("claimcheck-source: article"))
    }

    @Test func base32IsRFC4648() {
        #expect(WARCRecord.base32(Array("".utf8)) == "")
        #expect(WARCRecord.base32(Array("f".utf8)) == "MY======")
        #expect(WARCRecord.base32(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }
}
