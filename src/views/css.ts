// The site's one stylesheet (served from /assets/site.css: no inline styles, so the CSP can
// forbid them). Colours meet WCAG AA contrast on white.
import { mapClass } from './map.js';

export const stylesheet = `
:root { --ink: #1b1f24; --muted: #4a5560; --accent: #0b5cad; --rule: #d0d7de; --bg: #ffffff; --band: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0; }
.skip-inline { position: absolute; left: -999px; }
.skip-inline:focus { position: static; display: inline-block; margin: .25rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; padding: .75rem 1.25rem; border-bottom: 1px solid var(--rule); background: var(--band); }
.site-header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
.site-name { margin: 0; font-weight: 700; }
.site-name a { color: var(--ink); text-decoration: none; }
.languages { margin-left: auto; }
[aria-current] { font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .25rem; }
h2 { font-size: 1.35rem; margin-top: 2.25rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
.as-of { color: var(--muted); margin-top: 0; }
.as-of-form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .75rem; background: var(--band); border: 1px solid var(--rule); border-radius: 6px; }
.as-of-form select, .as-of-form input, .as-of-form button { max-width: 100%; font: inherit; padding: .3rem .5rem; min-height: 2.25rem; }
.as-of-form button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .3rem 1rem; cursor: pointer; }
.headline { font-size: 1.3rem; margin: .6rem 0; }
.basis, .lists { color: var(--muted); }
.figure > svg { width: 100%; height: auto; display: block; }
.map-legend { margin-top: .5rem; }
.map-legend-title { font-weight: 700; margin: 0 0 .25rem; }
.map-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.75rem; }
.map-legend li { display: flex; align-items: center; gap: .5rem; }
.swatch { flex: none; }
/* The timeline comes in two layouts (a <picture>: figures.ts). The wide one's smallest text (12
   units) is 12 px or more once main is 960 px wide (62.5rem with its padding); below that, the
   narrow one, drawn for a phone and kept from growing much past it. */
.figure img.timeline { display: block; width: 100%; max-width: 36rem; height: auto; }
@media (min-width: 62.5rem) { .figure img.timeline { max-width: none; } }
/* The map's rings go round a State's own shape rather than its link's box, and stay 2 px wide
   however far the map is scaled down. */
.${mapClass} a:focus { outline: none; }
.${mapClass} a:focus > path, .${mapClass} a:focus > use, .${mapClass} a:focus > circle { stroke: #000000; stroke-width: 2px; vector-effect: non-scaling-stroke; }
.${mapClass} a:hover > path, .${mapClass} a:hover > use, .${mapClass} a:hover > circle { stroke: #000000; stroke-width: 1.2px; vector-effect: non-scaling-stroke; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { background: var(--band); }
th a { color: var(--ink); }
th[aria-sort=ascending] a::after { content: " ▲"; }
th[aria-sort=descending] a::after { content: " ▼"; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.sub-region th { padding-left: 1.5rem; font-weight: 500; }
tr.intermediate-region th { padding-left: 2.75rem; font-weight: 400; }
.table-scroll { overflow-x: auto; }
.status { display: inline-block; line-height: 1.35; padding: .05rem .4rem; border-radius: 3px; border: 1px solid currentColor; }
/* Four columns of dates: in Spanish ("29 de septiembre de 1998") they need a little less room to fit. */
table.states { font-size: .9375rem; }
table.states th, table.states td { padding-left: .5rem; padding-right: .5rem; }
.status-party { color: #0f5b2e; }
.status-pending-entry-into-force { color: #35591a; border-style: dashed; }
.status-withdrawal-pending { color: #7a4100; border-style: dashed; }
.status-withdrawn { color: #8a1c1c; border-style: double; border-width: 3px; }
.status-signatory { color: #4b3a86; border-style: dotted; }
.status-non-party { color: #4a5560; }
.kind { color: var(--muted); }
.obligation-met { color: #0f5b2e; }
.obligation-met-late, .obligation-met-timing-unknown, .obligation-interim { color: #7a4100; }
.obligation-missed { color: #8a1c1c; font-weight: bold; }
.obligation-not-recorded, .obligation-not-applicable, .obligation-ended { color: var(--muted); }
.source { font-size: .9em; }
.site-footer { border-top: 1px solid var(--rule); padding: 1rem 1.25rem; color: var(--muted); background: var(--band); }
/* A label stays beside its control at any width: a long label wraps within itself, and a select
   whose option is longer than the line narrows (it shows its option in full when opened). */
.field { display: flex; gap: .5rem; align-items: center; margin: 0; min-width: 0; max-width: 100%; }
.field label { flex: 0 1 auto; }
.field select { flex: 0 1 auto; min-width: 0; }
.field input { flex: none; }
.quotation { margin: 1rem 0; }
.quotation blockquote { margin: 0; padding: .25rem 1rem; border-left: 4px solid var(--rule); }
.quotation figcaption { color: var(--muted); font-size: .95em; padding-left: 1.25rem; }
/* A date never breaks across lines; what follows it in its cell, "(ratification)", may. */
td.date, .date time, time { white-space: nowrap; }
td.date:has(> time) { white-space: normal; }
ul.columns { columns: 15rem; }
.summary-sentence { font-size: 1.1rem; }
@media (max-width: 40rem) { h1 { font-size: 1.5rem; } .languages { margin-left: 0; } th, td { padding: .35rem .4rem; } }
/* On a phone a table of States or actions stacks: each row a block, each cell labelled by its
   column's name (data-label); the header row and empty cells stay for screen readers only (so
   that cells keep their columns). A cell may wrap between its dates, never inside one. */
@media (max-width: 40rem) {
  table.stack, table.stack caption, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack tr { padding: .4rem 0; border-bottom: 1px solid var(--rule); }
  table.stack th, table.stack td { padding: .1rem 0; border: 0; overflow-wrap: break-word; }
  table.stack td { display: flow-root; }
  table.stack td:empty { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack td.date { white-space: normal; }
  table.stack td[data-label] { padding-left: 8.5rem; }
  table.stack td[data-label]::before { content: attr(data-label); float: left; width: 8rem; margin-left: -8.5rem; color: var(--muted); font-size: .9em; line-height: 1.7; }
  /* Where the column headers sort the table, they stay in sight as a line of links. */
  table.stack.sortable thead { position: static; display: block; width: auto; height: auto; overflow: visible; clip: auto; white-space: normal; }
  table.stack.sortable thead tr { display: flex; flex-wrap: wrap; gap: 0 1rem; padding: .25rem .4rem; background: var(--band); }
  table.stack.sortable thead th { padding: .15rem 0; }
  /* A table of counts: the group's name, then its counts in a line that wraps, each after its name. */
  table.counts tr.sub-region th, table.counts tr.intermediate-region th { padding-left: 0; }
  table.counts tr.sub-region { padding-left: .75rem; }
  table.counts tr.intermediate-region { padding-left: 1.5rem; }
  table.counts td[data-label] { display: inline-block; padding: 0 1.25rem 0 0; text-align: left; }
  table.counts td[data-label]::before { float: none; width: auto; margin: 0 .35rem 0 0; }
}
`;

/** A ring of States around a check mark: the site's icon, drawn in the page's two main colours. */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#1f4e79"/><circle cx="16" cy="16" r="10" fill="none" stroke="#fff" stroke-width="2" stroke-dasharray="3 2.2"/><path d="M11 16.5l3.5 3.5 7-8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
