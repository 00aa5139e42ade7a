/// The mustache source of the public fact-check page (`report --public`): what readers see, and nothing of
/// the workbench — per claim a verdict headline, "What was claimed", "Our verdict", "Why", the evidence with
/// its archived copy; a link to the original article; who reviewed; a corrections log. Every value goes through
/// `{{...}}` (escaped, `StrictHTMLContentType`); the page has the internal report's CSP and stylesheet. The
/// ClaimReview JSON-LD blocks and the closing tags follow (`JSONLDMarkup`).
enum PublicTemplate {
    static let source =
        "{{% CONTENT_TYPE: HTML_STRICT }}" + PageHead.source + #"""

            <body>
            <div class="page public">
            <header class="masthead">
            <p class="kicker">Fact check{{#hasOrganization}} · {{organization}}{{/hasOrganization}}</p>
            <h1>{{title}}</h1>
            <dl class="meta">
            {{#hasSource}}<dt>Original article</dt><dd><a href="{{sourceURL}}" rel="noopener noreferrer nofollow">{{sourceURL}}</a></dd>{{/hasSource}}
            {{#hasPublished}}<dt>Published</dt><dd><time>{{published}}</time></dd>{{/hasPublished}}
            <dt>Reviewed by</dt><dd>{{reviewers}}</dd>
            <dt>Checked</dt><dd><time>{{generatedAt}}</time></dd>
            </dl>
            <section class="tally" aria-label="Verdicts">
            <p><strong>{{ratedCount}}</strong> {{claimNoun}} checked</p>
            <ul class="legend">{{#tally}}<li><span class="swatch fill-{{label}}"></span>{{name}} <strong>{{count}}</strong></li>{{/tally}}</ul>
            </section>
            </header>
            <main>
            {{#claims}}<article class="card v-{{label}}" id="claim-{{id}}">
            <header><span class="badge">{{verdict}}</span></header>
            <h2 class="verdict-headline">{{verdict}}: {{headline}}</h2>
            <h3>What was claimed</h3>
            <blockquote>{{text}}</blockquote>{{#hasSpeaker}}<p class="byline">Attributed to {{speaker}}</p>{{/hasSpeaker}}
            <h3>Our verdict</h3>
            <p class="verdict-heading reviewed">{{verdict}}</p>
            {{#hasWhy}}<h3>Why</h3>
            <p class="why">{{why}}</p>{{/hasWhy}}
            {{#hasEvidence}}<h3>Evidence</h3>
            <ul class="evidence">{{#evidence}}<li><a href="{{url}}" rel="noopener noreferrer nofollow">{{linkText}}</a>{{#hasStance}} ({{stance}}){{/hasStance}}{{#hasArchive}} · <a href="{{archive}}">archived copy</a>{{#hasFetched}} of <time>{{fetched}}</time>{{/hasFetched}}{{/hasArchive}}</li>{{/evidence}}</ul>{{/hasEvidence}}
            </article>
            {{/claims}}
            {{^claims}}<p class="banner info">No claim of this article has a verdict yet.</p>{{/claims}}
            {{#hasCorrections}}<section class="corrections" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">Corrections</h2>
            <ul>{{#corrections}}<li><time>{{at}}</time>: the verdict on “{{claim}}” changed from {{from}} to {{to}}{{#hasBy}} ({{by}}){{/hasBy}}.</li>{{/corrections}}</ul>
            </section>{{/hasCorrections}}
            </main>
            <footer class="colophon">Published with claimcheck. First published <time>{{firstPublished}}</time>; this version <time>{{generatedAt}}</time>.</footer>
            </div>

            """#
}
