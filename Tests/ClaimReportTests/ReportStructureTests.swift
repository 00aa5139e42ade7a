import ClaimCore
@testable import ClaimReport
import ClaimTestSupport
import Foundation
import XCTest

final class ReportStructureTests: XCTestCase {
    let options = ReportOptions(generatedAt: SampleDocuments.fixedTime)

    func render(_ tw: TemporaryWorkspace, _ slug: String) throws -> ReportHTML {
        ReportHTML(html: try ReportRenderer(workspace: tw.workspace, options: options).html(for: try tw.store.load(slug)))
    }

    func testSampleReportHasOneHighlightAndOneCardPerClaimAndEveryLinkResolves() throws {
        let tw = TemporaryWorkspace()
        let ids = try SampleDocuments.benghazi(tw)
        let page = try render(tw, "benghazi")
        XCTAssertEqual(ids.count, 21)
        XCTAssertEqual(page.highlightStarts, ids, "one numbered highlight per claim, in article order")
        XCTAssertEqual(page.cardIDs, ids, "one card per claim")
        let cards = Set(page.cardIDs)
        for target in page.highlightTargets { XCTAssertTrue(cards.contains(target), "highlight links to a missing card \(target)") }
        for href in page.hrefs where href.hasPrefix("#") {
            let id = String(href.dropFirst())
            XCTAssertEqual(page.count("id=\"\(id)\""), 1, "fragment \(href) must name exactly one element")
        }
        XCTAssertEqual(page.count("<span class=\"num\">"), ids.count * 2, "numbers on highlights and cards")
    }

    func testSampleHighlightsAreTheExactClaimText() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let page = try render(tw, "benghazi")
        let texts = page.matches(##"<a class="hl [^"]*" href="#claim-[^"]*"[^>]* id="hl-([^"]*)"><span class="num">\d+</span>(.*?)</a>"##)
        XCTAssertEqual(texts.count, doc.claims.count)
        for row in texts {
            let claim = doc.claims.first { $0.id == row[1] }!
            XCTAssertEqual(row[2], HTMLEscaping.escape(claim.text), "highlight of \(claim.id) is its span's text")
        }
    }

    func testSampleCardsCarryVerdictsEvidenceAndFlags() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let page = try render(tw, "benghazi")
        let html = page.html
        XCTAssertTrue(html.contains("Amira Haddad, Jonas Weber"), "reviewers in the header")
        XCTAssertTrue(html.contains("https://www.example-news.com/world/libya-benghazi-lithi\" rel="), "source URL linked")
        XCTAssertTrue(html.contains("<time>2016-02-24</time>"))
        XCTAssertTrue(html.contains("extractor 0.1.0"))
        XCTAssertEqual(page.matches(##"<rect class="fill-([a-z-]+)""##).map { $0[1] },
                       ["unreviewed", "true", "mixed", "mostly-false", "false", "unverifiable", "not-a-claim"])
        XCTAssertTrue(html.contains("Unreviewed <strong>14</strong>"))
        XCTAssertTrue(html.contains("<a href=\"../claims/benghazi/sources/\(String(repeating: "c0", count: 32)).txt\" title=\"archived copy\"><code>c0c0c0c0c0c0</code></a>"))
        XCTAssertTrue(html.contains("HTTP 200"))
        XCTAssertTrue(html.contains("<mark>89</mark> members is required"))
        XCTAssertTrue(html.contains("<mark>300</mark> km (<mark>190</mark> mi)"))
        XCTAssertTrue(html.contains("Number discrepancy: the claim says 89 members, parliament.example.ly says 98"))
        XCTAssertEqual(page.count("Quote not found"), 2, "the al-Abbani and the Kobler quotes")
        XCTAssertTrue(html.contains("Fetch failed: could not connect to archive.example.org"))
        XCTAssertTrue(html.contains("<span class=\"fact-kind\">quantity</span> 89 members"))
        XCTAssertTrue(html.contains("<span class=\"fact-kind\">date</span> yesterday → 2016-02-23"))
        XCTAssertFalse(html.contains("id=\"problems\""))
        XCTAssertFalse(html.contains("id=\"empty-state\""))
    }

    func testSampleJSONLDParsesAndCarriesGooglesRequiredFields() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let reviews = try render(tw, "benghazi").jsonLD()
        let published = doc.claims.filter { ClaimReviewBuilder.isPublished($0.verdict.label) }
        XCTAssertEqual(reviews.count, 6, "every verdict but unreviewed and not-a-claim")
        XCTAssertEqual(reviews.count, published.count)
        for (review, claim) in zip(reviews, published) {
            XCTAssertEqual(missingClaimReviewFields(review), [], "claim \(claim.id)")
            XCTAssertEqual(review["claimReviewed"] as? String, claim.text)
            XCTAssertEqual(review["url"] as? String, "benghazi.html#claim-\(claim.id)")
            XCTAssertEqual(review["datePublished"] as? String, "2026-11-25")
            let rating = review["reviewRating"] as! [String: Any]
            XCTAssertEqual(rating["ratingValue"] as? Int, claim.verdict.label.ratingValue)
            XCTAssertEqual(rating["alternateName"] as? String, claim.verdict.label.displayName)
            XCTAssertEqual((review["author"] as! [String: Any])["name"] as? String, claim.verdict.reviewer)
            let item = review["itemReviewed"] as! [String: Any]
            XCTAssertEqual(item["datePublished"] as? String, "2016-02-24")
            XCTAssertEqual((item["appearance"] as! [[String: Any]])[0]["url"] as? String, "https://www.example-news.com/world/libya-benghazi-lithi")
        }
        let unverifiable = reviews.first { ($0["reviewRating"] as! [String: Any])["alternateName"] as? String == "Unverifiable" }!
        XCTAssertNil((unverifiable["reviewRating"] as! [String: Any])["ratingValue"], "no number for unverifiable")
        let attributed = reviews.first { ($0["claimReviewed"] as! String).contains("Kobler tweeted") }!
        XCTAssertEqual(((attributed["itemReviewed"] as! [String: Any])["author"] as! [String: Any])["name"] as? String, "Kobler")
        let unattributed = reviews.first { ($0["claimReviewed"] as! String).contains("300km") }!
        XCTAssertEqual(((unattributed["itemReviewed"] as! [String: Any])["author"] as! [String: Any])["name"] as? String, "example-news.com")
    }

    func testPublicBaseURLMakesReviewURLsAbsoluteAndAnUnsafeOneIsRefused() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let absolute = ReportRenderer(workspace: tw.workspace, options: ReportOptions(publicBaseURL: "https://checks.example.org/reports", generatedAt: SampleDocuments.fixedTime))
        let reviews = try ReportHTML(html: try absolute.html(for: doc)).jsonLD()
        XCTAssertTrue((reviews[0]["url"] as! String).hasPrefix("https://checks.example.org/reports/benghazi.html#claim-"))
        let unsafe = ReportRenderer(workspace: tw.workspace, options: ReportOptions(publicBaseURL: "javascript:alert(1)"))
        XCTAssertThrowsError(try unsafe.html(for: doc))
    }

    func testPageIsSelfContainedWithAStrictContentSecurityPolicy() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let html = try render(tw, "benghazi").html
        XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:;"))
        XCTAssertFalse(html.contains(" src="), "no external (or any) src attribute")
        XCTAssertFalse(html.contains("<link"), "no stylesheet or font links")
        XCTAssertFalse(html.contains("@import"))
        XCTAssertFalse(html.contains("url("), "no CSS url(): fonts and images are not loaded")
        XCTAssertEqual(ReportHTML(html: html).count("<script"), ReportHTML(html: html).count("<script type=\"application/ld+json\">"), "only data blocks")
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("prefers-color-scheme:dark"))
        XCTAssertTrue(html.contains("@media (max-width:600px)"))
    }

    func testHighlightsSliceUTF8ByteSpansAroundMultibyteText() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(tw, slug: "utf8", sentences: [
            ("Ünïcödé “quotes” — and 😀 emoji lead the text.", []),
            ("Then 40 people died in Zürich, officials said.", [Fact(kind: .casualty, text: "40 people", span: Span(start: 0, end: 0), value: 40, qualifier: .exact, noun: "people")]),
        ])
        let page = try render(tw, "utf8")
        let texts = page.matches(##"id="hl-[^"]*"><span class="num">\d+</span>(.*?)</a>"##).map { $0[1] }
        XCTAssertEqual(texts, ["Ünïcödé “quotes” — and 😀 emoji lead the text.", "Then 40 people died in Zürich, officials said."])
        XCTAssertEqual(page.cardIDs, claims.map(\.id))
    }

    func testEmptyDocumentGivesAUsefulPage() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "empty", sentences: [])
        let page = try render(tw, "empty")
        XCTAssertTrue(page.html.contains("id=\"empty-state\""))
        XCTAssertTrue(page.html.contains("No checkable claims were found"))
        XCTAssertEqual(page.cardIDs, [])
        XCTAssertEqual(page.jsonLDBlocks, [])
        XCTAssertTrue(page.html.contains("<strong>0</strong> claims"))
        XCTAssertTrue(page.html.contains("The article text is empty."))
    }

    func testOnlyUnreviewedClaimsSaySoAndLookDistinct() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(tw, slug: "fresh", sentences: [
            ("Forty people died on Friday, police said.", []), ("The bridge is 300 km long.", []),
        ])
        let page = try render(tw, "fresh")
        XCTAssertTrue(page.html.contains("None of the 2 claims has been reviewed yet"))
        XCTAssertEqual(page.highlightClasses, ["unreviewed", "unreviewed"])
        XCTAssertEqual(page.cardIDs, claims.map(\.id))
        XCTAssertEqual(page.jsonLDBlocks, [])
        XCTAssertTrue(page.html.contains(".hl.v-unreviewed{border-bottom:2px dashed"), "unreviewed highlights are dashed")
        XCTAssertTrue(page.html.contains("<span class=\"muted\">nobody yet</span>"))
    }

    func testBrokenClaimFileIsListedInABannerAndTheRestStillRenders() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(tw, slug: "broken", sentences: [("One claim here.", []), ("Another claim there.", [])])
        let bad = try tw.workspace.claimFile("broken", id: claims[1].id)
        try Data("{ not json".utf8).write(to: bad)
        let page = try render(tw, "broken")
        XCTAssertTrue(page.html.contains("id=\"problems\""))
        XCTAssertTrue(page.html.contains("1 claim file could not be read."))
        XCTAssertTrue(page.html.contains("claims/broken/\(claims[1].id).json"))
        XCTAssertEqual(page.cardIDs, [claims[0].id])
    }

    func testOrphanedAndMisplacedClaimsAreListedSeparately() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(tw, slug: "odd", sentences: [("First sentence.", []), ("Second sentence.", []), ("Third sentence.", [])])
        try tw.store.update("odd", id: claims[1].id) { claim in
            claim.orphaned = true
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "extractor", action: "orphaned")
        }
        try tw.store.update("odd", id: claims[2].id) { claim in
            claim.span = Span(start: 10_000, end: 10_020)
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "test", action: "manual")
        }
        let page = try render(tw, "odd")
        XCTAssertEqual(page.highlightStarts, [claims[0].id])
        XCTAssertEqual(Set(page.cardIDs), Set(claims.map(\.id)))
        XCTAssertTrue(page.html.contains("Claims no longer in the article"))
        XCTAssertTrue(page.html.contains("Claims that could not be highlighted"))
        XCTAssertTrue(page.html.contains("no longer in the article</span>"))
    }

    func testRenderWritesTheReportAndRenderAllWritesTheIndex() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        try SampleDocuments.document(tw, slug: "second", title: "A <second> article", sentences: [("Ten people died.", [])])
        let renderer = ReportRenderer(workspace: tw.workspace, options: options)
        let file = try renderer.render(document: "benghazi")
        XCTAssertEqual(file.path, tw.root.appendingPathComponent("reports/benghazi.html").path)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("Libyan forces seize key Benghazi district"))
        let batch = try renderer.renderAll()
        XCTAssertEqual(batch.reports.map(\.lastPathComponent), ["benghazi.html", "second.html"])
        XCTAssertTrue(batch.failures.isEmpty)
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        XCTAssertTrue(index.contains("<a href=\"benghazi.html\">Libyan forces seize key Benghazi district from Islamists</a>"))
        XCTAssertTrue(index.contains("<a href=\"second.html\">A &lt;second&gt; article</a>"))
        XCTAssertTrue(index.contains("14 unreviewed"))
        XCTAssertTrue(index.contains("2 true"))
        XCTAssertEqual(ReportHTML(html: index).count("<tr class=\"doc\">"), 2)
    }

    func testRenderAllOnAnEmptyWorkspaceWritesAnIndexThatSaysSo() throws {
        let tw = TemporaryWorkspace()
        let batch = try ReportRenderer(workspace: tw.workspace, options: options).renderAll()
        XCTAssertEqual(batch.reports, [])
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        XCTAssertTrue(index.contains("This workspace has no documents yet."))
        XCTAssertTrue(index.contains("0 documents"))
    }

    func testRenderAllListsADocumentThatCannotLoadAndGoesOn() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "good", sentences: [("Ten people died.", [])])
        try SampleDocuments.document(tw, slug: "bad", sentences: [("Five people died.", [])])
        try FileManager.default.removeItem(at: tw.root.appendingPathComponent("claims/bad/article.txt"))
        let batch = try ReportRenderer(workspace: tw.workspace, options: options).renderAll()
        XCTAssertEqual(batch.reports.map(\.lastPathComponent), ["good.html"])
        XCTAssertEqual(batch.failures.map(\.slug), ["bad"])
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        XCTAssertTrue(index.contains("claims/bad/article.txt: missing"))
    }

    func testReportRefusesASymlinkedReportFileAndABadSlug() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "doc", sentences: [("Ten people died.", [])])
        try FileManager.default.createDirectory(at: tw.workspace.reportsFolder, withIntermediateDirectories: true)
        let outside = tw.root.appendingPathComponent("outside.html")
        try Data("keep".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: tw.workspace.reportsFolder.appendingPathComponent("doc.html"), withDestinationURL: outside)
        let renderer = ReportRenderer(workspace: tw.workspace, options: options)
        XCTAssertThrowsError(try renderer.render(document: "doc"))
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "keep")
        XCTAssertThrowsError(try renderer.render(document: "../etc"))
    }

    func testTemplatesRenderNoValueUnescaped() {
        for source in DocumentTemplate.sources + [IndexTemplate.source] {
            XCTAssertTrue(source.hasPrefix("{{% CONTENT_TYPE: HTML_STRICT }}"))
            XCTAssertFalse(source.contains("{{&"))
            XCTAssertFalse(source.contains("{{{"), "the JSON-LD is written by JSONLDMarkup, nothing else is raw")
        }
    }

    func testEscapingHoldsForCombiningMarksAfterQuotes() {
        // swift-mustache's own escaping compares grapheme clusters: `"` + U+0301 would slip through.
        let hostile = "x\"\u{301} onmouseover=alert(1) '\u{301}<\u{301}script>"
        let escaped = HTMLEscaping.escape(hostile)
        XCTAssertFalse(escaped.unicodeScalars.contains { $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" })
        XCTAssertEqual(StrictHTMLContentType().escapeText("a&b"), "a&amp;b")
    }

    func testConsistencyNotesAppearInTheReportWithLinksToTheirClaims() throws {
        let tw = TemporaryWorkspace()
        let distance = { (text: String, value: Double, unit: String) in
            Fact(kind: .quantity, text: text, span: Span(start: 0, end: 0), value: value, qualifier: .exact, noun: unit)
        }
        let claims = try SampleDocuments.document(tw, slug: "c", sentences: [("A bridgehead 300km (120 miles) away.", [distance("300km", 300, "km"), distance("120 miles", 120, "miles")])])
        let html = try ReportRenderer(workspace: tw.workspace).html(for: try tw.store.load("c"))
        XCTAssertTrue(html.contains("<li class=\"note-unit-mismatch\">“300km” and “120 miles” should be the same distance"))
        XCTAssertTrue(html.contains("<a href=\"#claim-\(claims[0].id)\">[1]</a>"))
    }
}
