/// The one inline stylesheet of every report page: system fonts, a readable column, verdict colours,
/// phone-width layout, dark mode and a print stylesheet. Static text: no value is ever interpolated.
enum Stylesheet {
    static let css = #"""
        :root{--bg:#fdfcf9;--fg:#1d1d1f;--muted:#5f6368;--rule:#dcd8cf;--card:#fff;--accent:#8a1c1c;--link:#0b57a4;
        --v-true:#1e7d3c;--v-mostly-true:#6b9d2a;--v-mixed:#c08a00;--v-mostly-false:#d4620b;--v-false:#b3261e;
        --v-unverifiable:#5b6b8c;--v-not-a-claim:#7d7a74;--v-unreviewed:#c4bfb4;--v-recheck:#7b3fa0;--on-v:#fff;
        --hl-true:#d7f0dd;--hl-mostly-true:#e6f2cf;--hl-mixed:#fbefc4;--hl-mostly-false:#fde0c8;--hl-false:#f9d4d1;
        --hl-unverifiable:#dfe4ef;--hl-not-a-claim:#ececec;--hl-unreviewed:transparent;--hl-recheck:#f1e6f8;--warn-bg:#fff4d6;--warn-fg:#6a4a00;--info-bg:#e8f0fb}
        @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#e8e6e1;--muted:#a4a29c;--rule:#38362f;--card:#1d1c1a;--accent:#f08c7c;--link:#8ab8f0;
        --v-true:#4cc06c;--v-mostly-true:#9acb5b;--v-mixed:#e0b43a;--v-mostly-false:#f08a3c;--v-false:#f0675d;--v-unverifiable:#93a3c6;--v-not-a-claim:#9a9a9a;--v-unreviewed:#77736a;--v-recheck:#c08ee0;--hl-recheck:#34243f;
        --hl-true:#1f3d27;--hl-mostly-true:#2e3a1c;--hl-mixed:#3f3416;--hl-mostly-false:#43291a;--hl-false:#4a2220;--hl-unverifiable:#272d3b;--hl-not-a-claim:#2c2c2c;
        --warn-bg:#3a2f12;--warn-fg:#f3d98c;--info-bg:#1b2738;--on-v:#111}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
        .page{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
        a{color:var(--link)}
        h1{font:700 2.1rem/1.2 Georgia,"Times New Roman",serif;margin:.2rem 0 1rem;overflow-wrap:anywhere}
        h2{font-size:1.35rem;margin:2.8rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--fg)}
        h3{font-size:1rem;margin:1.2rem 0 .4rem}
        code{font:.85em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
        .kicker{margin:0;color:var(--accent);font-weight:700;letter-spacing:.08em;text-transform:uppercase;font-size:.8rem}
        .meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1.2rem;font-size:.92rem}
        .meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
        .tally{border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:.8rem 0}
        .tally p{margin:0 0 .5rem}
        .chart{display:block;width:100%;height:1.4rem;border-radius:4px;overflow:hidden}
        .legend{list-style:none;margin:.6rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font-size:.88rem}
        .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:-.05rem}
        .fill-true{fill:var(--v-true);background:var(--v-true)}.fill-mostly-true{fill:var(--v-mostly-true);background:var(--v-mostly-true)}
        .fill-mixed{fill:var(--v-mixed);background:var(--v-mixed)}.fill-mostly-false{fill:var(--v-mostly-false);background:var(--v-mostly-false)}
        .fill-false{fill:var(--v-false);background:var(--v-false)}.fill-unverifiable{fill:var(--v-unverifiable);background:var(--v-unverifiable)}
        .fill-not-a-claim{fill:var(--v-not-a-claim);background:var(--v-not-a-claim)}.fill-unreviewed{fill:var(--v-unreviewed);background:var(--v-unreviewed)}
        .fill-recheck{fill:var(--v-recheck);background:var(--v-recheck)}
        .banner{border-radius:6px;padding:.8rem 1rem;margin:1.2rem 0;font-size:.95rem}
        .banner.warn{background:var(--warn-bg);color:var(--warn-fg);border-left:4px solid var(--v-mixed)}
        .banner.info{background:var(--info-bg);border-left:4px solid var(--link)}
        .banner ul{margin:.4rem 0 0;padding-left:1.2rem}
        .revised h2{margin:0 0 .5rem;font-size:1.1rem;border:0}.revised ol{margin:.4rem 0;padding-left:1.4rem}
        .diff{font:.95rem/1.5 Georgia,"Times New Roman",serif;margin:.5rem 0}.diff p{margin:.25rem 0;padding:.2rem .5rem;border-radius:3px}
        .diff .del{background:var(--hl-false)}.diff .ins{background:var(--hl-true)}.diff .sign{font-weight:700;font-family:ui-monospace,monospace}
        .diff mark{background:none;color:inherit;font-weight:700;text-decoration:underline}.diff .del mark{text-decoration:line-through}
        .error:empty{display:none}
        .article p{font:1.08rem/1.75 Georgia,"Times New Roman",serif;margin:0 0 1rem;overflow-wrap:break-word}
        .hint,.article p.hint{color:var(--muted);font-size:.88rem;line-height:1.5;font-family:inherit}
        .hl{color:inherit;text-decoration:none;border-radius:3px;padding:.05rem .1rem;box-decoration-break:clone;-webkit-box-decoration-break:clone;border-bottom:2px solid var(--v-unreviewed)}
        .hl:hover,.hl:focus{outline:2px solid var(--link);outline-offset:1px}
        .hl .num{font:700 .68rem/1 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif;color:var(--on-v);border-radius:8px;padding:.1rem .32rem;margin-right:.2rem;vertical-align:.35em}
        .v-true{--v:var(--v-true);--hl:var(--hl-true)}.v-mostly-true{--v:var(--v-mostly-true);--hl:var(--hl-mostly-true)}
        .v-mixed{--v:var(--v-mixed);--hl:var(--hl-mixed)}.v-mostly-false{--v:var(--v-mostly-false);--hl:var(--hl-mostly-false)}
        .v-false{--v:var(--v-false);--hl:var(--hl-false)}.v-unverifiable{--v:var(--v-unverifiable);--hl:var(--hl-unverifiable)}
        .v-not-a-claim{--v:var(--v-not-a-claim);--hl:var(--hl-not-a-claim)}.v-unreviewed{--v:var(--v-unreviewed);--hl:var(--hl-unreviewed)}
        .v-recheck{--v:var(--v-recheck);--hl:var(--hl-recheck)}.hl.v-recheck{border-bottom:2px dotted var(--v-recheck)}
        .hl{background:var(--hl);border-bottom-color:var(--v)}.hl .num{background:var(--v)}
        .hl.v-unreviewed{border-bottom:2px dashed var(--v-unreviewed)}.hl.v-unreviewed .num{background:transparent;color:var(--muted);border:1px dashed var(--v-unreviewed)}
        .notes li,.refs li{margin-bottom:.4rem}
        .card{background:var(--card);border:1px solid var(--rule);border-left:6px solid var(--v);border-radius:6px;padding:1rem 1.2rem;margin:0 0 1.2rem}
        .card>header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;font-size:.85rem}
        .card .num{font-weight:700;font-size:.95rem}
        .badge{background:var(--v);color:var(--on-v);font-weight:700;border-radius:3px;padding:.05rem .45rem;text-transform:uppercase;letter-spacing:.04em;font-size:.75rem}
        .v-unreviewed .badge,.badge.v-unreviewed{background:transparent;color:var(--muted);border:1px dashed var(--v-unreviewed)}
        .v-recheck .badge,.badge.v-recheck{background:transparent;color:var(--v-recheck);border:2px dotted var(--v-recheck)}
        .kinds,.tag{color:var(--muted)}
        .tag{border:1px solid var(--rule);border-radius:3px;padding:0 .35rem}
        .claim-text{font:1.02rem/1.6 Georgia,"Times New Roman",serif;margin:.6rem 0;padding:0;overflow-wrap:anywhere}
        .back{margin:.2rem 0;font-size:.82rem}
        .card p{margin:.3rem 0}
        .facts{list-style:none;margin:.4rem 0;padding:0;font-size:.9rem}
        .fact-kind{display:inline-block;min-width:5.5rem;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.04em}
        .verdict{border-top:1px solid var(--rule);margin-top:.7rem;padding-top:.6rem}
        .verdict p{margin:.2rem 0}.byline{color:var(--muted);font-size:.85rem}
        .flags{list-style:none;padding:0;margin:.6rem 0}
        .flags li{background:var(--warn-bg);color:var(--warn-fg);border-radius:4px;padding:.35rem .6rem;margin-bottom:.3rem;font-size:.9rem}
        .evidence{padding-left:1.2rem;font-size:.92rem}
        .evidence>li{margin-bottom:.8rem;overflow-wrap:anywhere}
        .evidence p{margin:.15rem 0}
        .stance{font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.05em;border-radius:3px;padding:.05rem .35rem;margin-right:.3rem;border:1px solid currentColor}
        .stance-supports .stance{color:var(--v-true)}.stance-refutes .stance{color:var(--v-false)}.stance-context .stance{color:var(--v-unverifiable)}
        .evmeta{color:var(--muted);font-size:.82rem}
        .error{color:var(--v-false)}
        .passage{margin:.3rem 0;padding:.3rem .7rem;border-left:3px solid var(--rule);color:var(--fg);font-size:.9rem}
        mark{background:#ffe066;color:#111;padding:0 .1rem;border-radius:2px}
        .muted{color:var(--muted)}
        .facts:empty,.flags:empty,.verdict-note:empty,.byline:empty,.kinds:empty,.error:empty,.evnote:empty,mark:empty{display:none}
        .verdict-heading.reviewed{font-weight:700}.verdict-heading.open{color:var(--muted)}
        .unsafe-url{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
        footer.colophon{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.82rem}
        table.docs{width:100%;border-collapse:collapse;font-size:.95rem}
        table.docs th,table.docs td{text-align:left;padding:.55rem .4rem;border-bottom:1px solid var(--rule);vertical-align:top}
        table.docs .count{white-space:nowrap}
        table.docs .chart{height:.8rem;margin-top:.3rem}
        @media (max-width:600px){body{font-size:16px}.page{padding:1.4rem .9rem 3rem}h1{font-size:1.6rem}
        .meta{grid-template-columns:1fr}.meta dt{margin-top:.3rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em}
        .card{padding:.8rem .85rem}.evidence{padding-left:1rem}.fact-kind{display:block;min-width:0}
        table.docs thead{display:none}table.docs tr{display:block;border-bottom:1px solid var(--rule);padding:.4rem 0}table.docs td{display:block;border:0;padding:.15rem 0}}
        @media print{:root{--bg:#fff;--fg:#000;--card:#fff;--muted:#444;--link:#000}
        body{font-size:11pt}.page{max-width:none;padding:0}
        .hl{background:none;border-bottom:1.5px solid var(--v)}.hl.v-unreviewed{border-bottom:1.5px dashed #777}.hl .num{background:none;color:#000;border:1px solid #000}
        .badge{background:none;color:#000;border:1px solid #000}.card{break-inside:avoid;border-left-width:3px}
        .flags li{background:none;border:1px solid #000;color:#000}mark{background:none;font-weight:700;text-decoration:underline}
        .banner{background:none;border:1px solid #000;color:#000}
        a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;overflow-wrap:anywhere}
        .back{display:none}}
        """#
}
