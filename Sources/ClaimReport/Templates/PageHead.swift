/// The `<head>` every report page shares: charset, the Content-Security-Policy that forbids scripts and
/// every external load, viewport, colour schemes and the inline stylesheet. Expects `pageTitle`.
enum PageHead {
    /// No script may run (`script-src 'none'`); a JSON-LD data block is not a script that runs, so it is
    /// unaffected. Styles only inline, images only `data:`; nothing else may load, no forms, no `<base>`.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let source = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{pageTitle}}</title>
        <style>
        \(Stylesheet.css)
        </style>
        </head>
        """
}
