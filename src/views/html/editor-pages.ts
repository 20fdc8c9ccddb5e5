// The editors' pages: sign in, record a change (pasting a depositary notification fills the form),
// review proposals, the audit log. English only for now. Every value is escaped by html``; each
// form carries its CSRF token. No scripts, as on every page of the site.
import type { AuditRecord, Editor, Proposal } from '../../app/ports.js';
import { html, type Html } from './html.js';
import { assets } from '../assets.js';

export interface FormValues {
  readonly [field: string]: string | undefined;
}

const shell = (title: string, editor: Editor | null, csrf: string, main: Html): string =>
  `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Adherence editors</title>
<link rel="stylesheet" href="${assets.stylesheet.path}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="/editor">Adherence editors</a></p>
${
  editor === null
    ? ''
    : html`<nav aria-label="Editors"><ul><li><a href="/editor">Changes</a></li><li><a href="/editor/audit">Audit log</a></li><li><a href="/">Public site</a></li></ul></nav>
<form method="post" action="/editor/sign-out" class="sign-out"><input type="hidden" name="_csrf" value="${csrf}"><p>${editor.email} (${editor.role}) <button type="submit">Sign out</button></p></form>`
}
</header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`.value}`;

const problem = (message: string | null) => (message === null ? '' : html`<p class="problem" role="alert">${message}</p>`);

export function renderSignIn(input: { readonly csrf: string; readonly email: string; readonly message: string | null }): string {
  return shell('Sign in', null, input.csrf, html`<h1>Sign in</h1>
${problem(input.message)}
<form method="post" action="/editor/sign-in">
<input type="hidden" name="_csrf" value="${input.csrf}">
<p class="field"><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username" required value="${input.email}"></p>
<p class="field"><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>`);
}

export interface EditorPageInput {
  readonly editor: Editor;
  readonly csrf: string;
  readonly treaties: readonly { readonly id: string; readonly title: string }[];
  readonly states: readonly { readonly iso3: string; readonly name: string }[];
  readonly kinds: readonly string[];
  /** The kinds of fact each treaty's record keeps, for a change of kind "indicator". */
  readonly factKinds: readonly { readonly treaty: string; readonly kinds: readonly string[] }[];
  readonly values: FormValues;
  readonly message: string | null;
  readonly notice: string | null;
  readonly pasted: string;
  readonly proposals: readonly Proposal[];
  readonly canReview: boolean;
}

const describeFact = (p: Proposal): string => {
  const row = p.after ?? p.before ?? {};
  const dates = [row['date'], row['effectiveDate'] ? `effect ${row['effectiveDate']}` : '', row['effectSuspended'] === 'yes' ? 'suspended (armed conflict)' : ''].filter(Boolean).join(', ');
  return `${p.treaty} ${p.iso3}: ${p.before === null ? 'add' : p.after === null ? 'remove' : 'change'} ${row['kind'] ?? row['indicator'] ?? ''} ${dates}${row['cn'] ? ` (${row['cn']})` : ''}`;
};

function field(name: string, label: string, control: Html): Html {
  return html`<p class="field"><label for="${name}">${label}</label> ${control}</p>`;
}

const input = (values: FormValues, name: string, type = 'text') => html`<input id="${name}" name="${name}" type="${type}" value="${values[name] ?? ''}">`;

const select = (values: FormValues, name: string, options: readonly { value: string; label: string }[]) =>
  html`<select id="${name}" name="${name}">${options.map((o) => html`<option value="${o.value}"${values[name] === o.value ? html` selected` : ''}>${o.label}</option>`)}</select>`;

export function renderEditorPage(p: EditorPageInput): string {
  const v = p.values;
  const review = (proposal: Proposal) => {
    const action = proposal.status === 'proposed' ? 'approve' : proposal.status === 'approved' ? 'revert' : null;
    if (!p.canReview || action === null) return '';
    return html`<form method="post" action="/editor/proposals/${String(proposal.id)}/${action}"><input type="hidden" name="_csrf" value="${p.csrf}"><button type="submit">${action === 'approve' ? 'Approve' : 'Revert'}</button></form>`;
  };
  return shell('Record a change', p.editor, p.csrf, html`<h1>Record a change</h1>
${problem(p.message)}
${p.notice === null ? '' : html`<p class="notice" role="status">${p.notice}</p>`}
<form method="post" action="/editor/paste">
<input type="hidden" name="_csrf" value="${p.csrf}">
<p class="field"><label for="notification">Paste a depositary notification</label><br>
<textarea id="notification" name="notification" rows="8" cols="80">${p.pasted}</textarea></p>
<p><button type="submit">Fill the form from it</button></p>
</form>
<form method="post" action="/editor/actions">
<input type="hidden" name="_csrf" value="${p.csrf}">
<input type="hidden" name="baseVersion" value="${v['baseVersion'] ?? ''}">
${field('treaty', 'Treaty', select(v, 'treaty', p.treaties.map((t) => ({ value: t.id, label: t.title }))))}
${field('iso3', 'State', select(v, 'iso3', [{ value: '', label: '(choose)' }, ...p.states.map((s) => ({ value: s.iso3, label: `${s.name} (${s.iso3})` }))]))}
${field('kind', 'Kind', select(v, 'kind', p.kinds.map((k) => ({ value: k, label: k }))))}
${field('date', 'Date deposited (for withdrawal-resolved: the date it took effect)', input(v, 'date', 'date'))}
${field('effectiveDate', 'Takes effect (succession, withdrawal)', input(v, 'effectiveDate', 'date'))}
<p class="field"><input id="suspended" name="suspended" type="checkbox" value="yes"${v['suspended'] === 'yes' ? html` checked` : ''}> <label for="suspended">Withdrawal: effect suspended by armed conflict</label></p>
${field('cn', 'C.N. number', input(v, 'cn'))}
${field('source', 'Source URL(s), separated by " ; "', input(v, 'source', 'text'))}
${field('note', 'Note', input(v, 'note'))}
<fieldset><legend>A fact about the State (kind: indicator)</legend>
${field('indicator', 'Kind of fact', select(v, 'indicator', [{ value: '', label: '(choose)' }, ...p.factKinds.flatMap((t) => t.kinds.map((k) => ({ value: k, label: `${k} (${t.treaty})` })))]))}
${field('value', 'Value (a number, a date or text, as the kind of fact takes)', input(v, 'value'))}
${field('from', 'True from (YYYY, YYYY-MM or YYYY-MM-DD)', input(v, 'from'))}
${field('until', 'True until (YYYY, YYYY-MM or YYYY-MM-DD)', input(v, 'until'))}
${field('reported', 'Reported (the date or year the source was published)', input(v, 'reported'))}
${field('confidence', 'Confidence', select(v, 'confidence', [{ value: 'confirmed', label: 'confirmed' }, { value: 'uncertain', label: 'uncertain' }]))}
</fieldset>
<p><button type="submit">Propose</button></p>
</form>
<h2>Changes</h2>
${
  p.proposals.length === 0
    ? html`<p>No changes yet.</p>`
    : html`<table class="proposals"><thead><tr><th scope="col">#</th><th scope="col">Change</th><th scope="col">Note</th><th scope="col">Status</th><th scope="col">By</th><th scope="col">Reviewed by</th><th scope="col"></th></tr></thead><tbody>
${p.proposals.map((x) => html`<tr><td>${String(x.id)}</td><td>${describeFact(x)}</td><td>${(x.after ?? x.before)?.['note'] ?? ''}</td><td>${x.status}</td><td>${x.proposedBy ?? 'command line'}</td><td>${x.reviewedBy ?? ''}</td><td>${review(x)}</td></tr>`)}
</tbody></table>`
}`);
}

export function renderAuditPage(page: { readonly editor: Editor; readonly csrf: string; readonly entries: readonly AuditRecord[]; readonly filter: FormValues }): string {
  const f = page.filter;
  const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
  return shell('Audit log', page.editor, page.csrf, html`<h1>Audit log</h1>
<form method="get" action="/editor/audit">
${field('action', 'Action', input(f, 'action'))}
${field('actor', 'Actor (email)', input(f, 'actor'))}
${field('subject', 'Subject (e.g. apmbc:TON, or an email)', input(f, 'subject'))}
<p><button type="submit">Filter</button></p>
</form>
<div class="table-scroll" role="region" aria-label="Audit log" tabindex="0">
<table class="audit"><thead><tr><th scope="col">Time</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Source</th><th scope="col">Detail</th></tr></thead><tbody>
${page.entries.map((e) => html`<tr><td>${e.at}</td><td>${e.actor ?? ''}</td><td>${e.action}</td><td>${e.subject ?? e.treaty ?? ''}</td><td>${show(e.before)}</td><td>${show(e.after)}</td><td>${e.source ?? ''}</td><td>${show(e.detail).slice(0, 300)}${e.address ? ` from ${e.address}` : ''}</td></tr>`)}
</tbody></table></div>`);
}


export function renderEditorError(input: { readonly editor: Editor | null; readonly csrf: string; readonly title: string; readonly message: string }): string {
  return shell(input.title, input.editor, input.csrf, html`<h1>${input.title}</h1>${problem(input.message)}<p><a href="/editor">Back to the changes</a></p>`);
}
