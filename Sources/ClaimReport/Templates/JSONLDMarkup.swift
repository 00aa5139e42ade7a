/// The end of a document's report after the `DocumentTemplate.pageEnd` frame: one
/// `<script type="application/ld+json">` data block per published ClaimReview (schema.org markup that
/// search engines read; a browser never runs it, and the page's CSP forbids scripts anyway), then the
/// closing tags.
enum JSONLDMarkup {
    static func write(_ review: ScriptSafeJSON, to out: inout HTMLWriter) {
        out.markup("<script type=\"application/ld+json\">")
        out.json(review)
        out.markup("</script>\n")
    }

    static func writeDocumentEnd(to out: inout HTMLWriter) {
        out.markup("</body>\n</html>")
    }
}
