/// The markup of one claim card (`<article class="card">`), written with `HTMLWriter`: every value is
/// escaped text, every tag a literal. Optional parts are always-present elements that the stylesheet
/// hides when `:empty` (verdict note, byline, flags, fetch error, evidence note).
enum ClaimCardMarkup {
    static func write(_ card: ClaimCard, to out: inout HTMLWriter) {
        out.markup("<article class=\"card v-")
        out.text(card.verdictClass)
        out.markup("\" id=\"claim-")
        out.text(card.id)
        out.markup("\">\n")
        out.markup("<header><span class=\"num\">")
        out.number(card.number)
        out.markup("</span><span class=\"badge\">")
        out.text(card.verdictName)
        out.markup("</span><span class=\"kinds\">")
        out.text(card.kinds)
        out.markup("</span>")
        for tag in card.tags {
            out.markup("<span class=\"tag\">")
            out.text(tag)
            out.markup("</span>")
        }
        out.markup("</header>\n<blockquote class=\"claim-text\">")
        out.text(card.text)
        out.markup("</blockquote>\n")
        if card.isPlaced {
            out.markup("<p class=\"back\"><a href=\"#hl-")
            out.text(card.id)
            out.markup("\">↑ show in the article</a></p>")
        }
        out.markup("\n<ul class=\"facts\">")
        for fact in card.facts {
            out.markup("<li><span class=\"fact-kind\">")
            out.text(fact.kind)
            out.markup("</span> ")
            out.text(fact.summary)
            out.markup("</li>")
        }
        out.markup("</ul>\n<div class=\"verdict\"><p class=\"verdict-heading ")
        out.text(card.headingClass)
        out.markup("\">")
        out.text(card.heading)
        out.markup("</p><p class=\"verdict-note\">")
        out.text(card.verdictNote)
        out.markup("</p><p class=\"byline\">")
        out.text(card.byline)
        out.markup("</p></div>\n<ul class=\"flags\">")
        for flag in card.flags {
            out.markup("<li>⚠ ")
            out.text(flag)
            out.markup("</li>")
        }
        out.markup("</ul>\n")
        if !card.evidence.isEmpty {
            out.markup("<h3>Evidence</h3>\n<ol class=\"evidence\">")
            for item in card.evidence { write(item, to: &out) }
            out.markup("</ol>")
        }
        out.markup("\n</article>")
    }

    static func write(_ item: ClaimCard.EvidenceItem, to out: inout HTMLWriter) {
        out.markup("<li class=\"stance-")
        out.text(item.stance)
        out.markup("\">\n<p><span class=\"stance\">")
        out.text(item.stance)
        out.markup("</span>")
        switch item.target {
        case .link(let href, let text):
            out.markup("<a href=\"")
            out.text(href)
            out.markup("\" rel=\"noopener noreferrer nofollow\">")
            out.text(text)
            out.markup("</a>")
        case .plain(let url):
            out.markup("<span class=\"unsafe-url\">")
            out.text(url)
            out.markup("</span> <span class=\"muted\">(not a web link)</span>")
        }
        out.markup("</p>\n<p class=\"evmeta\">")
        out.text(item.meta)
        if let snapshot = item.snapshot {
            out.markup(" · snapshot <a href=\"")
            out.text(snapshot.href)
            out.markup("\" title=\"archived copy\"><code>")
            out.text(snapshot.short)
            out.markup("</code></a>")
        }
        out.markup("</p>\n<p class=\"error\">")
        out.text(item.fetchError)
        out.markup("</p><p class=\"evnote\">")
        out.text(item.note)
        out.markup("</p>\n")
        for match in item.matches {
            out.markup("<blockquote class=\"passage\">")
            for run in match.runs {
                if run.marked {
                    out.markup("<mark>")
                    out.text(run.text)
                    out.markup("</mark>")
                } else {
                    out.text(run.text)
                }
            }
            out.markup(" <span class=\"muted\">(match ")
            out.text(match.score)
            if !match.page.isEmpty { out.text(", " + match.page) }
            out.markup(")</span></blockquote>")
        }
        out.markup("\n</li>")
    }
}
