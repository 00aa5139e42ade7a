/// The mustache sources of the frame of one document's report (`reports/<doc>.html`): `pageStart`
/// (head, masthead with the verdict tally, banners, up to the article), `articleEnd` (claims that
/// could not be highlighted, consistency notes, the cards' heading) and `pageEnd` (footer and JSON-LD),
/// all with the context of `DocumentViewModel.context`. The parts repeated once per claim — the
/// highlighted article (`ArticleMarkup`) and the claim cards (`ClaimCardMarkup`) — go between them,
/// written with `HTMLWriter`.
///
/// Every value goes through `{{...}}` (escaped, see `StrictHTMLContentType`); there is no triple
/// mustache. After `pageEnd` come the JSON-LD blocks and the end of the document (`JSONLDMarkup`).
enum DocumentTemplate {
    static let pragma = "{{% CONTENT_TYPE: HTML_STRICT }}"

    static let pageStart =
        pragma + PageHead.source + #"""

            <body>
            <div class="page">
            <header class="masthead">
            <p class="kicker">Verification report</p>
            <h1>{{title}}</h1>
            <dl class="meta">
            {{#hasSource}}<dt>Source</dt><dd>{{#sourceIsLink}}<a href="{{sourceURL}}" rel="noopener noreferrer nofollow">{{sourceText}}</a>{{/sourceIsLink}}{{^sourceIsLink}}<span class="unsafe-url">{{sourceText}}</span> (not a web link){{/sourceIsLink}}</dd>{{/hasSource}}
            {{#hasPublished}}<dt>Published</dt><dd><time>{{published}}</time></dd>{{/hasPublished}}
            <dt>Reviewed by</dt><dd>{{#hasReviewers}}{{reviewers}}{{/hasReviewers}}{{^hasReviewers}}<span class="muted">nobody yet</span>{{/hasReviewers}}</dd>
            <dt>Generated</dt><dd><time>{{generatedAt}}</time> · extractor {{extractorVersion}}</dd>
            {{#hasFingerprint}}<dt>Record fingerprint</dt><dd><code class="fingerprint" id="fingerprint" title="The head of claims/{{slug}}/ledger.jsonl: 'claimcheck verify {{slug}}' prints it">{{fingerprint}}</code></dd>{{/hasFingerprint}}
            </dl>
            <section class="tally" aria-label="Verdicts">
            <p><strong>{{claimCount}}</strong> {{claimNoun}} · <strong>{{reviewedCount}}</strong> reviewed{{#hasUnreviewed}} · <strong>{{unreviewedCount}}</strong> still unreviewed{{/hasUnreviewed}}{{#hasRecheckCount}} · <strong>{{recheckCount}}</strong> to re-check after an edit{{/hasRecheckCount}}{{#hasOrphans}} · <strong>{{orphanCount}}</strong> no longer in the article{{/hasOrphans}}</p>
            {{^noClaims}}<svg class="chart" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img" aria-label="{{tallySummary}}" xmlns="http://www.w3.org/2000/svg">{{#tally}}<rect class="fill-{{label}}" x="{{x}}" y="0" width="{{width}}" height="28"><title>{{name}}: {{count}}</title></rect>{{/tally}}</svg>
            <ul class="legend">{{#tally}}<li><span class="swatch fill-{{label}}"></span>{{name}} <strong>{{count}}</strong></li>{{/tally}}</ul>{{/noClaims}}
            </section>
            </header>
            {{#hasProblems}}<div class="banner warn" role="alert" id="problems"><strong>{{problemSummary}}</strong> Their claims are missing from this report until the files are fixed:
            <ul>{{#problems}}<li><code>{{problem}}</code></li>{{/problems}}</ul></div>{{/hasProblems}}
            {{#changedAfterReview}}<section class="banner warn revised" id="article-changed" aria-labelledby="changed-heading">
            <h2 id="changed-heading">This article changed after review</h2>
            <p>The first verdict was given at <time>{{firstVerdictAt}}</time>; the article’s text changed after that. Verdicts of edited sentences were carried over{{#hasRechecks}}, and those whose facts changed wait for a re-check{{/hasRechecks}}.</p>
            <ol class="revisions">{{#revisionRows}}<li>Revision {{revNumber}}: <time>{{revAt}}</time> · {{revSource}} · sha256 <code>{{revSha}}</code> <em>{{revNote}}</em></li>{{/revisionRows}}</ol>
            {{#hasDiffLines}}<p>Sentences changed from revision {{diffFrom}} (reviewed) to revision {{diffTo}}:</p>
            <div class="diff">{{#diffLines}}<p class="{{diffClass}}"><span class="sign">{{diffSign}}</span> {{#runs}}{{#changed}}<mark>{{runText}}</mark>{{/changed}}{{^changed}}{{runText}}{{/changed}}{{/runs}}</p>{{/diffLines}}</div>{{/hasDiffLines}}
            <p class="error">{{diffError}}</p>
            {{#hasRechecks}}<p>To re-check:</p><ul>{{#recheckRefs}}<li><a href="#claim-{{recheckID}}">Claim {{recheckNumber}}</a>: {{recheckReason}}</li>{{/recheckRefs}}</ul>{{/hasRechecks}}
            </section>{{/changedAfterReview}}
            {{#noClaims}}<div class="banner info" id="empty-state">No checkable claims were found in this document, so there is nothing to verify. The article text is shown below for reference.</div>{{/noClaims}}
            {{#allUnreviewed}}<div class="banner info" id="unreviewed-state">{{unreviewedSummary}} Run <code>claimcheck review {{slug}}</code> to give verdicts.</div>{{/allUnreviewed}}
            <main>
            <section class="article" aria-labelledby="article-heading">
            <h2 id="article-heading">The article</h2>
            {{^noClaims}}<p class="hint">Each highlight is a checkable claim, numbered and coloured by verdict; a dashed underline means it has not been reviewed yet. Select a highlight to read its card.</p>{{/noClaims}}

            """#

    static let articleEnd =
        pragma + #"""
            {{^hasArticle}}<p class="muted">The article text is empty.</p>{{/hasArticle}}
            </section>
            {{#hasOrphans}}<section class="refs" aria-labelledby="orphans-heading">
            <h2 id="orphans-heading">Claims no longer in the article</h2>
            <p class="hint">These reviewed claims were kept when the article was re-extracted, but their sentences are gone from its current text.</p>
            <ul>{{#orphans}}<li><a href="#claim-{{refID}}">Claim {{refNumber}}</a> ({{refVerdict}}): {{refText}}</li>{{/orphans}}</ul>
            </section>{{/hasOrphans}}
            {{#hasUnplaced}}<section class="refs" aria-labelledby="unplaced-heading">
            <h2 id="unplaced-heading">Claims that could not be highlighted</h2>
            <p class="hint">Their position does not fit the article text (it overlaps another claim or lies outside the text).</p>
            <ul>{{#unplaced}}<li><a href="#claim-{{refID}}">Claim {{refNumber}}</a> ({{refVerdict}}): {{refText}}</li>{{/unplaced}}</ul>
            </section>{{/hasUnplaced}}
            {{#hasNotes}}<section class="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">Internal consistency</h2>
            <p class="hint">What the article’s own figures prove, without any outside source.</p>
            <ul>{{#notes}}<li class="note-{{noteKind}}">{{message}} {{#refs}}<a href="#claim-{{refID}}">[{{refNumber}}]</a> {{/refs}}</li>{{/notes}}</ul>
            </section>{{/hasNotes}}
            {{^noClaims}}<section class="cards" aria-labelledby="cards-heading">
            <h2 id="cards-heading">Claims</h2>{{/noClaims}}
            """#

    static let pageEnd =
        pragma + #"""
            {{^noClaims}}</section>{{/noClaims}}
            </main>
            <footer class="colophon">Generated by claimcheck at <time>{{generatedAt}}</time> from the claim files of <code>{{slug}}</code>. Verdicts are the reviewers’ own; machine-found flags and consistency notes are prompts to check, not findings.</footer>
            </div>

            """#

    /// All three parts, for checks that look at every template.
    static let sources = [pageStart, articleEnd, pageEnd]
}
