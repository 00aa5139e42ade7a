import Mustache

/// The report templates, parsed once. Registering `StrictHTMLContentType` must precede parsing,
/// because the parser resolves each template's `CONTENT_TYPE` pragma.
enum TemplateLibrary {
    static let pageStart: MustacheTemplate = compile(DocumentTemplate.pageStart)
    static let articleEnd: MustacheTemplate = compile(DocumentTemplate.articleEnd)
    static let pageEnd: MustacheTemplate = compile(DocumentTemplate.pageEnd)
    static let index: MustacheTemplate = compile(IndexTemplate.source)
    static let publicPage: MustacheTemplate = compile(PublicTemplate.source)

    private static func compile(_ source: String) -> MustacheTemplate {
        MustacheContentTypes.register(StrictHTMLContentType(), named: StrictHTMLContentType.name)
        do {
            return try MustacheTemplate(string: source)
        } catch {
            // The sources are constants of this module; a test parses every one, so this cannot ship broken.
            fatalError("report template does not parse: \(error)")
        }
    }
}
