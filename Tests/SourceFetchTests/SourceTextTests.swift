import ClaimTestSupport
import Foundation
import Testing

@testable import SourceFetch

@Suite struct SourceTextTests {
    static let article = """
        <!doctype html>
        <html><head>
          <title>Quorum fails again | The Daily Example</title>
          <meta property="og:title" content="Quorum fails again in parliament">
          <meta property="article:published_time" content="2016-02-24T09:30:00+01:00">
          <style>p { color: red }</style>
          <script>var ignored = "script text";</script>
        </head><body>
          <header><a href="/">The Daily Example</a><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
          <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
          <article>
            <h1>Quorum fails again</h1>
            <p>The required   quorum of 89 members of parliament was not reached on Tuesday, the speaker said.</p>
            <div class="advert">Advertisement: buy things</div>
            <p>Only 78 members attended the session in Tobruk, &amp; the vote was postponed.<br>A new date was not set.</p>
            <h2>What happens next</h2>
            <ul><li>Another session on Monday.</li><li>A vote on the cabinet.</li></ul>
            <table><tr><td>Attended</td><td>78</td></tr><tr><td>Required</td><td>89</td></tr></table>
            <p>Mr. al-Abbani said the boycott would continue. <a href="/x">Lawmakers</a> who support the deal disagreed.</p>
          </article>
          <aside><h3>Related</h3><p>Another story that is not this one at all, with enough words to look like prose to a naive reader.</p></aside>
          <form><input value="subscribe"><button>Sign up</button></form>
          <footer><p>© 2016 The Daily Example. All rights reserved.</p></footer>
        </body></html>
        """

    @Test func readsTheArticleWithoutBoilerplate() {
        let page = SourceText.read(Array(SourceTextTests.article.utf8), contentType: "text/html; charset=utf-8")
        let expected = """
            Quorum fails again

            The required quorum of 89 members of parliament was not reached on Tuesday, the speaker said.

            Only 78 members attended the session in Tobruk, & the vote was postponed.
            A new date was not set.

            What happens next

            Another session on Monday.

            A vote on the cabinet.

            Attended | 78

            Required | 89

            Mr. al-Abbani said the boycott would continue. Lawmakers who support the deal disagreed.
            """
        #expect(page.text == expected)
        #expect(page.title == "Quorum fails again in parliament")
        #expect(page.published == "2016-02-24")
    }

    @Test func withoutAnArticleElementTheProseContainerWins() {
        let html = """
            <html><body>
            <div id="top"><a href="/1">Home</a> <a href="/2">News</a> <a href="/3">Contact</a></div>
            <div class="layout"><div class="col">
              <div class="story">
                <p>First paragraph of the story, long enough to count as real prose for the reader.</p>
                <p>Second paragraph of the story, which carries on with more detail about the events.</p>
                <p>Third paragraph, closing the story with a quote from an official who was there.</p>
              </div>
              <div class="links"><a href="/4">More news one</a><a href="/5">More news two</a></div>
            </div></div>
            <div>Copyright notice</div>
            </body></html>
            """
        let page = SourceText.html(html)
        #expect(
            page.text == """
                First paragraph of the story, long enough to count as real prose for the reader.

                Second paragraph of the story, which carries on with more detail about the events.

                Third paragraph, closing the story with a quote from an official who was there.
                """)
    }

    @Test func titleFallsBackToTitleThenH1AndDatesComeFromJSONLDOrTime() {
        let a = SourceText.html(
            "<html><head><title> Plain  title </title><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-07-01T10:00:00Z\"}]}</script></head><body><p>x</p></body></html>"
        )
        #expect(a.title == "Plain title")
        #expect(a.published == "2015-07-01")
        let b = SourceText.html(
            "<html><body><h1>Heading title</h1><p>Posted <time datetime=\"2014-03-09\">9 March</time></p></body></html>"
        )
        #expect(b.title == "Heading title")
        #expect(b.published == "2014-03-09")
        let c = SourceText.html(
            "<html><head><meta name=\"DC.date\" content=\"February 24, 2016\"></head><body><p>x</p></body></html>")
        #expect(c.published == "2016-02-24")
    }

    @Test func deepNestingKeepsAllItsText() {
        let depth = 5000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Buried deep down, the text survives.</p>"
            + String(repeating: "</div>", count: depth) + "<p>And the text after it too.</p></body></html>"
        let page = SourceText.html(html)
        #expect(page.text?.contains("Buried deep down, the text survives.") == true)
        #expect(page.text?.contains("And the text after it too.") == true)
        let spans =
            "<html><body><p>" + String(repeating: "<span>a ", count: depth) + String(repeating: "</span>", count: depth)
            + "</p></body></html>"
        #expect(SourceText.html(spans).text?.split(separator: " ").count == depth)
    }

    @Test func latin1AndWindows1252PagesDecode() throws {
        let latin1: [UInt8] =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9] + Array(" in M".utf8)
            + [0xFC] + Array("nchen</p></body></html>".utf8)
        let cp1252: [UInt8] =
            Array("<html><body><p>".utf8) + [0x93] + Array("Quoted".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80]
            + Array("5</p></body></html>".utf8)
        let server = try LoopbackServer { request in
            request.path == "/latin1"
                ? .bytes(latin1, contentType: "text/html")
                : .bytes(cp1252, contentType: "text/html; charset=windows-1252")
        }
        let a = try Fetcher().fetch(server.url("/latin1"))
        #expect(SourceText.read(a.body, contentType: a.contentType).text == "Café in München")
        let b = try Fetcher().fetch(server.url("/cp1252"))
        let text = SourceText.read(b.body, contentType: b.contentType)
        #expect(text.text == "“Quoted” – €5")
        #expect(text.charset == "windows-1252")
    }

    @Test func charsetRules() {
        #expect(CharsetDecoder.charset(inContentType: "text/html; Charset=\"UTF-8\"") == "utf-8")
        // not UTF-8: windows-1252
        #expect(CharsetDecoder.decode([0x63, 0x61, 0x66, 0xE9], contentType: nil).text == "café")
        #expect(
            CharsetDecoder.decode([0x61, 0xFF, 0x62], contentType: "text/plain; charset=utf-8").text == "a\u{FFFD}b")
        #expect(
            CharsetDecoder.metaCharset(
                Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">".utf8))
                == "iso-8859-1")
    }

    @Test func plainTextIsUsedAsIsAndUnknownBytesAreNotText() {
        let plain = SourceText.read(Array("Line one.\r\nLine two.\n".utf8), contentType: "text/plain")
        #expect(plain.text == "Line one.\nLine two.")
        #expect(SourceText.read([0x25, 0x50, 0x44, 0x46], contentType: "application/pdf").text == nil)
        #expect(
            SourceText.read([0, 1, 2, 3], contentType: "application/octet-stream").note?.contains("not a text page")
                == true)
        #expect(SourceText.read(Array("<!DOCTYPE html><p>Sniffed</p>".utf8), contentType: nil).text == "Sniffed")
    }

    @Test func brokenHTMLNeverCrashes() {
        for html in [
            "", "<", "<p>unclosed <b>bold <i>both", "</div></div><p>stray ends</p>", "<html><body>\u{0}\u{1}</body>",
            "&#xD800; &bogus; <p>x",
        ] {
            _ = SourceText.html(html)
        }
        #expect(SourceText.html("<p>unclosed <b>bold <i>both").text == "unclosed bold both")
        #expect(
            SourceText.html("<div>First paragraph.<br><br>Second paragraph,<br>same one.<br> <br>Third.</div>").text
                == "First paragraph.\n\nSecond paragraph,\nsame one.\n\nThird.")
        #expect(SourceText.html("<p>  a&nbsp;&nbsp; b\n\tsoft&shy;hyphen é ü</p>").text == "a b softhyphen é ü")
    }
}

@Suite struct NewsPageTests {
    /// A wire-service layout: paragraphs as <div>s, teaser <article>s for related stories, a cookie banner,
    /// a comments section and a trending list.
    static let page = """
        <html><head><meta property="og:title" content="Libya's parliament fails to vote on unity government"></head><body>
        <div id="cookie-banner"><p>We use cookies to improve your experience on our website, as explained in our policy.</p></div>
        <div class="site-header"><a href="/">Wire</a> <a href="/world">World</a> <a href="/business">Business</a></div>
        <main>
          <div class="article-wrapper">
            <h1 class="headline">Libya's parliament fails to vote on unity government</h1>
            <div class="byline">By A. Reporter</div>
            <div class="article-date">24 February 2016, 10:31 GMT</div>
            <div class="article-body">
              <div data-testid="paragraph-0" class="text">TOBRUK, Libya (Wire) - Libya's eastern parliament again failed to vote on a U.N.-backed unity government on Tuesday because it lacked a quorum, lawmakers said.</div>
              <div data-testid="paragraph-1" class="text">"The required quorum (89 members of parliament) was not reached," MP Mohamed al-Abbani said.</div>
              <div class="ad-slot"><span>Advertisement · Scroll to continue</span></div>
              <figure><img src="/p.jpg"><div class="photo-caption">Lawmakers gather in Tobruk, February 2016. Photo credit: Wire</div></figure>
              <div data-testid="paragraph-2" class="text">Only a few dozen lawmakers attended.</div>
              <div data-testid="paragraph-3" class="text">Western powers are pushing for the government to be approved so it can tackle the growing threat of Islamic State militants in the country.</div>
            </div>
            <div class="tags"><a href="/t/libya">Libya</a> <a href="/t/politics">Politics</a></div>
          </div>
          <section class="related-coverage">
            <article><h3><a href="/a">Oil output rises</a></h3><p>Libya's oil output rose to a two-year high in January, the national oil company said on Monday.</p></article>
            <article><h3><a href="/b">Migrants rescued</a></h3><p>Hundreds of migrants were rescued off the coast of Libya over the weekend, the coast guard said.</p></article>
          </section>
          <div id="comments"><p>First! This is a comment that goes on for a while about something else entirely.</p></div>
        </main>
        <div class="trending"><ol><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ol></div>
        </body></html>
        """

    @Test func keepsEveryParagraphAndNothingElse() {
        let page = SourceText.html(NewsPageTests.page)
        #expect(page.title == "Libya's parliament fails to vote on unity government")
        #expect(
            page.text == """
                Libya's parliament fails to vote on unity government

                TOBRUK, Libya (Wire) - Libya's eastern parliament again failed to vote on a U.N.-backed unity government on Tuesday because it lacked a quorum, lawmakers said.

                "The required quorum (89 members of parliament) was not reached," MP Mohamed al-Abbani said.

                Only a few dozen lawmakers attended.

                Western powers are pushing for the government to be approved so it can tackle the growing threat of Islamic State militants in the country.
                """)
    }
}
