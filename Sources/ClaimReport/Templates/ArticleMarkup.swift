import ClaimCore

/// The markup of the article with its claims highlighted, written with `HTMLWriter`: one `<p>` per
/// paragraph; each highlight links to its claim card, is coloured by verdict and, where the claim
/// starts, numbered and the target of the card's "show in the article" link.
enum ArticleMarkup {
    static func write(_ paragraphs: [[ArticlePiece]], claims byID: [String: Claim], to out: inout HTMLWriter) {
        for paragraph in paragraphs {
            out.markup("<p>")
            for piece in paragraph {
                guard let target = piece.target, let claim = byID[target.id] else {
                    out.text(piece.text)
                    continue
                }
                let label = claim.verdict.label
                out.markup("<a class=\"hl v-")
                out.text(claim.needsRecheck ? ClaimCard.recheckClass : label.rawValue)
                out.markup("\" href=\"#claim-")
                out.text(claim.id)
                out.markup("\" title=\"Claim ")
                out.number(target.number)
                out.markup(": ")
                out.text(claim.needsRecheck ? ClaimCard.recheckName : label.displayName)
                if piece.isStart {
                    out.markup("\" id=\"hl-")
                    out.text(claim.id)
                    out.markup("\"><span class=\"num\">")
                    out.number(target.number)
                    out.markup("</span>")
                } else {
                    out.markup("\">")
                }
                out.text(piece.text)
                out.markup("</a>")
            }
            out.markup("</p>\n")
        }
    }
}
