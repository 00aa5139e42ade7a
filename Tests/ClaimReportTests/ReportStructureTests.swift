import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

@Suite struct ReportStructureTests {
    let options = ReportOptions(generatedAt: SampleDocuments.fixedTime)

    func render(_ tw: TemporaryWorkspace, _ slug: String) throws -> ReportHTML {
        ReportHTML(
            html: try ReportRenderer(workspace: tw.workspace, options: options).html(for: try tw.store.load(slug)))
    }

    @Test func sampleReportHasOneHighlightAndOneCardPerClaimAndEveryLinkResolves() throws {
        let tw = TemporaryWorkspace()
        let ids = try SampleDocuments.benghazi(tw)
        let page = try render(tw, "benghazi")
        #expect(ids.count == 21)
        #expect(page.highlightStarts == ids, "one numbered highlight per claim, in article order")
        #expect(page.cardIDs == ids, "one card per claim")
        let cards = Set(page.cardIDs)
        for target in page.highlightTargets {
            #expect(cards.contains(target), "highlight links to a missing card \(target)")
        }
        for href in page.hrefs where href.hasPrefix("#") {
            let id = String(href.dropFirst())
            #expect(page.count("id=\"\(id)\"") == 1, "fragment \(href) must name exactly one element")
        }
        #expect(page.count("<span class=\"num\">") == ids.count * 2, "numbers on highlights and cards")
    }

    @Test func sampleHighlightsAreTheExactClaimText() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let page = try render(tw, "benghazi")
        let texts = page.matches(
            ##"<a class="hl [^"]*" href="#claim-[^"]*"[^>]* id="hl-([^"]*)"><span class="num">\d+</span>(.*?)</a>"##)
        #expect(texts.count == doc.claims.count)
        for row in texts {
            let claim = doc.claims.first { $0.id == row[1] }!
            #expect(row[2] == HTMLEscaping.escape(claim.text), "highlight of \(claim.id) is its span's text")
        }
    }

    @Test func sampleCardsCarryVerdictsEvidenceAndFlags() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let page = try render(tw, "benghazi")
        let html = page.html
        #expect(html.contains("Amira Haddad, Jonas Weber"), "reviewers in the header")
        #expect(html.contains("https://www.example-news.com/world/libya-benghazi-lithi\" rel="), "source URL linked")
        #expect(html.contains("<time>2016-02-24</time>"))
        #expect(html.contains("extractor 0.1.0"))
        #expect(
            (page.matches(##"<rect class="fill-([a-z-]+)""##).map { $0[1] }) == [
                "unreviewed", "true", "mixed", "mostly-false", "false", "unverifiable", "not-a-claim",
            ])
        #expect(html.contains("Unreviewed <strong>14</strong>"))
        #expect(
            html.contains(
                "<a href=\"../claims/benghazi/sources/\(String(repeating: "c0", count: 32)).txt\" title=\"archived copy\"><code>c0c0c0c0c0c0</code></a>"
            ))
        #expect(html.contains("HTTP 200"))
        #expect(html.contains("<mark>89</mark> members is required"))
        #expect(html.contains("<mark>300</mark> km (<mark>190</mark> mi)"))
        #expect(html.contains("Number discrepancy: the claim says 89 members, parliament.example.ly says 98"))
        #expect(page.count("Quote not found") == 2, "the al-Abbani and the Kobler quotes")
        #expect(html.contains("Fetch failed: could not connect to archive.example.org"))
        #expect(html.contains("<span class=\"fact-kind\">quantity</span> 89 members"))
        #expect(html.contains("<span class=\"fact-kind\">date</span> yesterday → 2016-02-23"))
        #expect(!html.contains("id=\"problems\""))
        #expect(!html.contains("id=\"empty-state\""))
    }

    @Test func sampleJSONLDParsesAndCarriesGooglesRequiredFields() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let reviews = try render(tw, "benghazi").jsonLD()
        let published = doc.claims.filter { ClaimReviewBuilder.isPublished($0.verdict.label) }
        #expect(reviews.count == 6, "every verdict but unreviewed and not-a-claim")
        #expect(reviews.count == published.count)
        for (review, claim) in zip(reviews, published) {
            #expect(missingClaimReviewFields(review) == [], "claim \(claim.id)")
            #expect((review["claimReviewed"] as? String) == claim.text)
            #expect((review["url"] as? String) == "benghazi.html#claim-\(claim.id)")
            #expect((review["datePublished"] as? String) == "2026-11-25")
            let rating = review["reviewRating"] as! [String: Any]
            #expect((rating["ratingValue"] as? Int) == claim.verdict.label.ratingValue)
            #expect((rating["alternateName"] as? String) == claim.verdict.label.displayName)
            let authors = review["author"] as! [[String: Any]]
            #expect(
                authors.map { $0["@type"] as? String } == ["Organization", "Person"],
                "the organisation, then the reviewer")
            #expect(authors.map { $0["name"] as? String } == ["claimcheck", claim.verdict.reviewer])
            #expect(
                (review["publisher"] as! [String: Any])["name"] as? String == "claimcheck",
                "the organisation publishes even when a reviewer exists")
            let item = review["itemReviewed"] as! [String: Any]
            #expect((item["datePublished"] as? String) == "2016-02-24")
            #expect(
                ((item["appearance"] as! [[String: Any]])[0]["url"] as? String)
                    == "https://www.example-news.com/world/libya-benghazi-lithi")
        }
        let unverifiable = reviews.first {
            ($0["reviewRating"] as! [String: Any])["alternateName"] as? String == "Unverifiable"
        }!
        #expect((unverifiable["reviewRating"] as! [String: Any])["ratingValue"] == nil, "no number for unverifiable")
        let attributed = reviews.first { ($0["claimReviewed"] as! String).contains("Kobler tweeted") }!
        #expect(
            (((attributed["itemReviewed"] as! [String: Any])["author"] as! [String: Any])["name"] as? String)
                == "Kobler")
        let unattributed = reviews.first { ($0["claimReviewed"] as! String).contains("300km") }!
        #expect(
            (unattributed["itemReviewed"] as! [String: Any])["author"] == nil,
            "an unattributed claim has no claim author (not the publication)")
    }

    @Test func publicBaseURLMakesReviewURLsAbsoluteAndAnUnsafeOneIsRefused() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        let absolute = ReportRenderer(
            workspace: tw.workspace,
            options: ReportOptions(
                publicBaseURL: "https://checks.example.org/reports", generatedAt: SampleDocuments.fixedTime))
        let reviews = try ReportHTML(html: try absolute.html(for: doc)).jsonLD()
        #expect((reviews[0]["url"] as! String).hasPrefix("https://checks.example.org/reports/benghazi.html#claim-"))
        let unsafe = ReportRenderer(
            workspace: tw.workspace, options: ReportOptions(publicBaseURL: "javascript:alert(1)"))
        #expect(throws: ClaimCheckError.self) { try unsafe.html(for: doc) }
    }

    @Test func pageIsSelfContainedWithAStrictContentSecurityPolicy() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let html = try render(tw, "benghazi").html
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            ))
        #expect(!html.contains(" src="), "no external (or any) src attribute")
        #expect(!html.contains("<link"), "no stylesheet or font links")
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("), "no CSS url(): fonts and images are not loaded")
        #expect(
            ReportHTML(html: html).count("<script")
                == ReportHTML(html: html).count("<script type=\"application/ld+json\">"), "only data blocks")
        #expect(html.contains("@media print"))
        #expect(html.contains("prefers-color-scheme:dark"))
        #expect(html.contains("@media (max-width:600px)"))
    }

    @Test func highlightsSliceUTF8ByteSpansAroundMultibyteText() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "utf8",
            sentences: [
                ("Ünïcödé “quotes” — and 😀 emoji lead the text.", []),
                (
                    "Then 40 people died in Zürich, officials said.",
                    [
                        Fact(
                            kind: .casualty, text: "40 people", span: Span(start: 0, end: 0), value: 40,
                            qualifier: .exact, noun: "people")
                    ]
                ),
            ])
        let page = try render(tw, "utf8")
        let texts = page.matches(##"id="hl-[^"]*"><span class="num">\d+</span>(.*?)</a>"##).map { $0[1] }
        #expect(
            texts == [
                "Ünïcödé “quotes” — and 😀 emoji lead the text.", "Then 40 people died in Zürich, officials said.",
            ])
        #expect(page.cardIDs == claims.map(\.id))
    }

    @Test func emptyDocumentGivesAUsefulPage() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "empty", sentences: [])
        let page = try render(tw, "empty")
        #expect(page.html.contains("id=\"empty-state\""))
        #expect(page.html.contains("No checkable claims were found"))
        #expect(page.cardIDs == [])
        #expect(page.jsonLDBlocks == [])
        #expect(page.html.contains("<strong>0</strong> claims"))
        #expect(page.html.contains("The article text is empty."))
    }

    @Test func onlyUnreviewedClaimsSaySoAndLookDistinct() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "fresh",
            sentences: [
                ("Forty people died on Friday, police said.", []), ("The bridge is 300 km long.", []),
            ])
        let page = try render(tw, "fresh")
        #expect(page.html.contains("None of the 2 claims has been reviewed yet"))
        #expect(page.highlightClasses == ["unreviewed", "unreviewed"])
        #expect(page.cardIDs == claims.map(\.id))
        #expect(page.jsonLDBlocks == [])
        #expect(page.html.contains(".hl.v-unreviewed{border-bottom:2px dashed"), "unreviewed highlights are dashed")
        #expect(page.html.contains("<span class=\"muted\">nobody yet</span>"))
    }

    @Test func brokenClaimFileIsListedInABannerAndTheRestStillRenders() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "broken", sentences: [("One claim here.", []), ("Another claim there.", [])])
        let bad = try tw.workspace.claimFile("broken", id: claims[1].id)
        try Data("{ not json".utf8).write(to: bad)
        let page = try render(tw, "broken")
        #expect(page.html.contains("id=\"problems\""))
        #expect(page.html.contains("1 claim file could not be read."))
        #expect(page.html.contains("claims/broken/\(claims[1].id).json"))
        #expect(page.cardIDs == [claims[0].id])
    }

    @Test func orphanedAndMisplacedClaimsAreListedSeparately() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "odd", sentences: [("First sentence.", []), ("Second sentence.", []), ("Third sentence.", [])])
        try tw.store.update("odd", id: claims[1].id) { claim in
            claim.orphaned = true
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "extractor", action: .orphaned)
        }
        try tw.store.update("odd", id: claims[2].id) { claim in
            claim.span = Span(start: 10_000, end: 10_020)
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "test", action: .manual)
        }
        let page = try render(tw, "odd")
        #expect(page.highlightStarts == [claims[0].id])
        #expect(Set(page.cardIDs) == Set(claims.map(\.id)))
        #expect(page.html.contains("Claims no longer in the article"))
        #expect(page.html.contains("Claims that could not be highlighted"))
        #expect(page.html.contains("no longer in the article</span>"))
        #expect(
            page.html.contains(
                "<p><strong>2</strong> claims · <strong>0</strong> reviewed · <strong>1</strong> no longer in the article</p>"
            ),
            "the masthead counts current claims and the orphan apart, as the tally does")
    }

    @Test func renderWritesTheReportAndRenderAllWritesTheIndex() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        try SampleDocuments.document(
            tw, slug: "second", title: "A <second> article", sentences: [("Ten people died.", [])])
        let renderer = ReportRenderer(workspace: tw.workspace, options: options)
        let file = try renderer.render(document: "benghazi")
        #expect(file.path == tw.root.appendingPathComponent("reports/benghazi.html").path)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Libyan forces seize key Benghazi district"))
        let batch = try renderer.renderAll()
        #expect(batch.reports.map(\.lastPathComponent) == ["benghazi.html", "second.html"])
        #expect(batch.failures.isEmpty)
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        #expect(
            index.contains("<a href=\"benghazi.html\">Libyan forces seize key Benghazi district from Islamists</a>"))
        #expect(index.contains("<a href=\"second.html\">A &lt;second&gt; article</a>"))
        #expect(index.contains("14 unreviewed"))
        #expect(index.contains("2 true"))
        #expect(ReportHTML(html: index).count("<tr class=\"doc\">") == 2)
    }

    @Test func renderAllOnAnEmptyWorkspaceWritesAnIndexThatSaysSo() throws {
        let tw = TemporaryWorkspace()
        let batch = try ReportRenderer(workspace: tw.workspace, options: options).renderAll()
        #expect(batch.reports == [])
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        #expect(index.contains("This workspace has no documents yet."))
        #expect(index.contains("0 documents"))
    }

    @Test func renderAllListsADocumentThatCannotLoadAndGoesOn() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "good", sentences: [("Ten people died.", [])])
        try SampleDocuments.document(tw, slug: "bad", sentences: [("Five people died.", [])])
        try FileManager.default.removeItem(at: tw.root.appendingPathComponent("claims/bad/article.txt"))
        let batch = try ReportRenderer(workspace: tw.workspace, options: options).renderAll()
        #expect(batch.reports.map(\.lastPathComponent) == ["good.html"])
        #expect(batch.failures.map(\.slug) == ["bad"])
        let index = try String(contentsOf: batch.index!, encoding: .utf8)
        #expect(index.contains("claims/bad/article.txt: missing"))
    }

    @Test func reportRefusesASymlinkedReportFileAndABadSlug() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "doc", sentences: [("Ten people died.", [])])
        try FileManager.default.createDirectory(at: tw.workspace.reportsFolder, withIntermediateDirectories: true)
        let outside = tw.root.appendingPathComponent("outside.html")
        try Data("keep".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: tw.workspace.reportsFolder.appendingPathComponent("doc.html"), withDestinationURL: outside)
        let renderer = ReportRenderer(workspace: tw.workspace, options: options)
        #expect(throws: ClaimCheckError.self) { try renderer.render(document: "doc") }
        #expect((try String(contentsOf: outside, encoding: .utf8)) == "keep")
        #expect(throws: ClaimCheckError.self) { try renderer.render(document: "../etc") }
    }

    @Test func templatesRenderNoValueUnescaped() {
        for source in DocumentTemplate.sources + [IndexTemplate.source] {
            #expect(source.hasPrefix("{{% CONTENT_TYPE: HTML_STRICT }}"))
            #expect(!source.contains("{{&"))
            #expect(!source.contains("{{{"), "the JSON-LD is written by JSONLDMarkup, nothing else is raw")
        }
    }

    @Test func escapingHoldsForCombiningMarksAfterQuotes() {
        // swift-mustache's own escaping compares grapheme clusters: `"` + U+0301 would slip through.
        let hostile = "x\"\u{301} onmouseover=alert(1) '\u{301}<\u{301}script>"
        let escaped = HTMLEscaping.escape(hostile)
        #expect(!(escaped.unicodeScalars.contains { $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" }))
        #expect(StrictHTMLContentType().escapeText("a&b") == "a&amp;b")
    }

    @Test func consistencyNotesAppearInTheReportWithLinksToTheirClaims() throws {
        let tw = TemporaryWorkspace()
        let distance = { (text: String, value: Double, unit: String) in
            Fact(kind: .quantity, text: text, span: Span(start: 0, end: 0), value: value, qualifier: .exact, noun: unit)
        }
        let claims = try SampleDocuments.document(
            tw, slug: "c",
            sentences: [
                (
                    "A bridgehead 300km (120 miles) away.",
                    [distance("300km", 300, "km"), distance("120 miles", 120, "miles")]
                )
            ])
        let html = try ReportRenderer(workspace: tw.workspace).html(for: try tw.store.load("c"))
        #expect(html.contains("<li class=\"note-unit-mismatch\">“300km” and “120 miles” should be the same distance"))
        #expect(html.contains("<a href=\"#claim-\(claims[0].id)\">[1]</a>"))
    }
}
