/// The mustache source of `reports/index.html`: every document with its verdict tally and report link.
enum IndexTemplate {
    static let source =
        "{{% CONTENT_TYPE: HTML_STRICT }}" + PageHead.source + #"""

            <body>
            <div class="page">
            <header class="masthead">
            <p class="kicker">Verification reports</p>
            <h1>All documents</h1>
            <p class="muted">{{documentSummary}} · generated <time>{{generatedAt}}</time></p>
            </header>
            <main>
            {{#hasDocuments}}<table class="docs">
            <thead><tr><th>Document</th><th>Claims</th><th>Verdicts</th></tr></thead>
            <tbody>
            {{#documents}}<tr class="doc">
            <td>{{#hasReport}}<a href="{{href}}">{{docTitle}}</a>{{/hasReport}}{{^hasReport}}{{docTitle}}{{/hasReport}}<br><span class="muted">{{docSlug}}{{#hasPublished}} · {{published}}{{/hasPublished}}</span>{{#hasFingerprint}}<br><span class="muted">record <code class="fingerprint">{{fingerprint}}</code></span>{{/hasFingerprint}}</td>
            <td class="count">{{claimCount}}<br><span class="muted">{{reviewedCount}} reviewed</span></td>
            <td>{{#hasError}}<span class="error">{{error}}</span>{{/hasError}}{{^hasError}}{{tallySummary}}{{#changedAfterReview}} · <strong class="changed">article changed after review</strong>{{/changedAfterReview}}{{#hasClaims}}<svg class="chart" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img" aria-label="{{tallySummary}}" xmlns="http://www.w3.org/2000/svg">{{#tally}}<rect class="fill-{{label}}" x="{{x}}" y="0" width="{{width}}" height="28"><title>{{name}}: {{count}}</title></rect>{{/tally}}</svg>{{/hasClaims}}{{^hasClaims}}<span class="muted">no claims</span>{{/hasClaims}}{{/hasError}}</td>
            </tr>
            {{/documents}}</tbody>
            </table>{{/hasDocuments}}
            {{^hasDocuments}}<div class="banner info">This workspace has no documents yet. Run <code>claimcheck extract ARTICLE</code> to add one.</div>{{/hasDocuments}}
            </main>
            </div>
            </body>
            </html>
            """#
}
