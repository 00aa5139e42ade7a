import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

/// The writer of the report's repeated parts: text is always escaped (by scalar), markup is literal,
/// pieces written in parallel come back in order, and a card shows only what is safe to show.
@Suite struct HTMLWriterTests {
    @Test func textEscapesTheFiveSignificantCharactersAndKeepsEverythingElse() {
        var out = HTMLWriter()
        out.markup("<p title=\"")
        out.text("a\"b'c")
        out.markup("\">")
        out.text("<script>x & y</script> é 😀 \u{301}")
        out.markup("</p>")
        #expect(out.html == "<p title=\"a&quot;b&#39;c\">&lt;script&gt;x &amp; y&lt;/script&gt; é 😀 \u{301}</p>")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() {
        // One Character ("\"" + U+0301) that is not "\"": escaping by Character would let it through.
        var out = HTMLWriter()
        out.text("x\"\u{301} onmouseover=alert(1) '\u{301}<\u{301}")
        #expect(!(out.html.unicodeScalars.contains { $0 == "\"" || $0 == "'" || $0 == "<" }))
        #expect(out.html == "x&quot;\u{301} onmouseover=alert(1) &#39;\u{301}&lt;\u{301}")
    }

    @Test func numbersJSONAndAppendedWriters() throws {
        var inner = HTMLWriter()
        inner.text("b>")
        var out = HTMLWriter()
        out.markup("<a>")
        out.number(-42)
        out.append(inner)
        out.json(try ScriptSafeJSON.encode(["k": "</script>"]))
        out.markup("</a>")
        #expect(out.html == #"<a>-42b&gt;{"k":"\u003c/script\u003e"}</a>"#)
    }

    @Test func theTemplatesEscapeExactlyAsTheWriterDoes() {
        let hostile = "x\"\u{301} '<>&ü"
        var out = HTMLWriter()
        out.text(hostile)
        #expect(HTMLEscaping.escape(hostile) == out.html)
        #expect(StrictHTMLContentType().escapeText(hostile) == out.html)
        #expect(HTMLEscaping.escape("plain") == "plain")
    }

    @Test func parallelPiecesComeBackInIndexOrder() throws {
        func joined(_ chunks: [HTMLWriter]) -> String {
            var all = HTMLWriter()
            for chunk in chunks { all.append(chunk) }
            return all.html
        }
        let html = joined(
            try ParallelRender.chunks(count: 1_001) { index, out in
                out.number(index)
                out.markup(",")
            })
        #expect(html == ((0..<1_001).map { "\($0)," }.joined()))
        #expect((joined(try ParallelRender.chunks(count: 0) { _, out in out.markup("x") })) == "")
    }

    @Test func theFirstErrorOfAParallelWriteIsRethrown() {
        struct Failure: Error, Equatable { let index: Int }
        #expect(throws: Failure(index: 99)) {
            try ParallelRender.chunks(count: 500) { index, out in
                if index % 100 == 99 { throw Failure(index: index) }
                out.number(index)
            }
        }
    }

    @Test func aCardLinksOnlyWebURLsAndSHA256SnapshotsAndMarksMatchedNumbers() {
        let claim = Claim(
            id: "c1", document: "doc", ordinal: 1, text: "40 people died.", span: Span(start: 0, end: 15),
            kinds: [.casualty],
            checkworthiness: 0.5, facts: [], verdict: Verdict(label: .false, note: "", reviewer: nil, at: nil),
            evidence: [
                Evidence(url: "javascript:alert(1)", stance: .refutes, addedBy: "a", addedAt: "t"),
                Evidence(
                    url: " https://example.org/a ", stance: .supports, addedBy: "a", addedAt: "t",
                    snapshot: String(repeating: "ab", count: 32), status: 200, fetchedAt: "t",
                    matches: [EvidenceMatch(passage: "Some 40 people, not 140.", score: 0.5, numbers: ["40"])]),
                Evidence(
                    url: "https://example.org/b", stance: .context, addedBy: "a", addedAt: "t",
                    snapshot: "../../etc/passwd"),
            ], history: [], revision: 1)
        var out = HTMLWriter()
        ClaimCardMarkup.write(ClaimCard(claim: claim, number: 7, isPlaced: false, documentSlug: "doc"), to: &out)
        let page = ReportHTML(html: out.html)
        #expect(
            page.hrefs == [
                "https://example.org/a", "../claims/doc/sources/\(String(repeating: "ab", count: 32)).txt",
                "https://example.org/b",
            ])
        #expect(out.html.contains("<span class=\"unsafe-url\">javascript:alert(1)</span>"))
        #expect(out.html.contains("Some <mark>40</mark> people, not 140. <span class=\"muted\">(match 0.50)</span>"))
        #expect(!out.html.contains("show in the article"), "an unplaced claim has no highlight to go back to")
        #expect(page.count("<mark>") == 1)
    }
}

/// The highlighted article: paragraphs at line breaks, a highlight that crosses one continues in the
/// next paragraph (linked, not numbered again), blank lines are dropped.
@Suite struct ArticleMarkupTests {
    @Test func aHighlightAcrossALineBreakContinuesInTheNextParagraph() {
        let article = "Intro <b>.\nIt said 40 people\ndied there.\n \nLast & end."
        let start = article.utf8.count - "It said 40 people\ndied there.\n \nLast & end.".utf8.count
        let end = start + "It said 40 people\ndied there.".utf8.count
        let claim = Claim(
            id: "c1", document: "d", ordinal: 1, text: "It said 40 people died there.",
            span: Span(start: start, end: end),
            kinds: [.casualty], checkworthiness: 0.5, facts: [], verdict: Verdict(label: .true))
        let result = ArticleHighlighter.highlight(
            article, targets: [HighlightTarget(id: "c1", number: 1, span: claim.span)])
        #expect(
            (result.paragraphs.map { $0.map(\.text) }) == [
                ["Intro <b>."], ["It said 40 people"], ["died there."], ["Last & end."],
            ])
        #expect((result.paragraphs.flatMap { $0.map(\.isStart) }) == [false, true, false, false])
        var out = HTMLWriter()
        ArticleMarkup.write(result.paragraphs, claims: ["c1": claim], to: &out)
        #expect(
            out.html == """
                <p>Intro &lt;b&gt;.</p>
                <p><a class="hl v-true" href="#claim-c1" title="Claim 1: True" id="hl-c1"><span class="num">1</span>It said 40 people</a></p>
                <p><a class="hl v-true" href="#claim-c1" title="Claim 1: True">died there.</a></p>
                <p>Last &amp; end.</p>

                """)
    }

    @Test func spansThatOverlapOrCutACharacterAreUnplaced() {
        let article = "Zürich: 40 people."
        let targets = [
            HighlightTarget(id: "a", number: 1, span: Span(start: 0, end: 2)),  // cuts "ü" in half
            HighlightTarget(id: "b", number: 2, span: Span(start: 9, end: 19)),
            HighlightTarget(id: "c", number: 3, span: Span(start: 12, end: 19)),  // overlaps b
            HighlightTarget(id: "d", number: 4, span: Span(start: 15, end: 99)),
        ]  // beyond the text
        let result = ArticleHighlighter.highlight(article, targets: targets)
        #expect(result.unplaced.map(\.id) == ["a", "c", "d"])
        #expect((result.paragraphs.map { $0.map(\.text) }) == [["Zürich: ", "40 people."]])
    }
}
