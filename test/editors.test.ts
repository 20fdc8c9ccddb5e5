// The editors, end to end through the HTTP routes of two servers on one real SQLite store: an
// editor signs in, pastes Tonga's accession notification, proposes it; a reviewer on the other
// server approves; both servers' pages, lists and feed follow; the audit log shows every step.
// Then every bad request is refused with the store unchanged, every route checks its role, every
// form needs its CSRF token, sessions cannot be fixed, and hostile text comes back verbatim.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cookieSet, csrfIn, editorHarness, postForm, signInAs, type Browser, type Harness } from './editor-harness.js';

let h: Harness;
let a: FastifyInstance;
let b: FastifyInstance;
beforeAll(async () => {
  h = await editorHarness(2);
  [a, b] = h.servers as [FastifyInstance, FastifyInstance];
}, 60_000);
afterAll(() => h.close());

const tonga = readFileSync(join(import.meta.dirname, 'cases', 'notifications', 'apmbc-tonga-accession.txt'), 'utf8');
const cnUrl = 'https://treaties.un.org/doc/Publication/CN/2025/CN.421.2025-Eng.pdf';
const status = async (app: FastifyInstance, iso3: string) =>
  ((await app.inject({ method: 'GET', url: `/api/v1/apmbc/states/${iso3}?asOf=2026-12-01` })).json() as { status: string }).status;
const api = (app: FastifyInstance, browser: Browser, url: string, body: unknown, csrf = browser.csrf) =>
  app.inject({ method: 'POST', url, headers: { cookie: browser.cookie, 'x-csrf-token': csrf }, payload: body as object });
const declaration = (iso3: string, note: string, extra: object = {}) => ({ treaty: 'apmbc', iso3, kind: 'declaration', date: '2020-05-05', source: cnUrl, note, ...extra });

async function until(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) if (await check()) return true;
  return check();
}

describe('recording an instrument through review', () => {
  test('an editor pastes Tonga\'s accession and proposes it; a reviewer on another server approves; every server follows; the audit log shows each step', async () => {
    const editor = await signInAs(a, 'editor@example.org');
    expect(editor.response.statusCode).toBe(303);
    const filled = await postForm(a, '/editor/paste', { _csrf: editor.csrf, notification: tonga }, editor.cookie);
    expect(filled.statusCode).toBe(200);
    expect(filled.body).toContain('<option value="TON" selected>');
    expect(filled.body).toContain('<option value="accession" selected>');
    expect(filled.body).toContain('name="date" type="date" value="2025-06-25"');
    expect(filled.body).toContain('name="baseVersion" value="0"');

    const proposed = await postForm(a, '/editor/actions', { _csrf: editor.csrf, treaty: 'apmbc', iso3: 'TON', kind: 'accession', date: '2025-06-25', baseVersion: '0', source: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26', cn: '', note: '' }, editor.cookie);
    expect(proposed.statusCode).toBe(303);
    await new Promise((r) => setTimeout(r, 300));
    expect([await status(a, 'TON'), await status(b, 'TON')]).toEqual(['non-party', 'non-party']);

    const reviewer = await signInAs(b, 'reviewer@example.org');
    const [proposal] = await h.store.proposals('proposed');
    expect(proposal).toMatchObject({ iso3: 'TON', proposedBy: 'editor@example.org' });
    const approved = await postForm(b, `/editor/proposals/${proposal?.id}/approve`, { _csrf: reviewer.csrf }, reviewer.cookie);
    expect(approved.statusCode).toBe(303);

    expect(await until(async () => (await status(a, 'TON')) === 'party' && (await status(b, 'TON')) === 'party')).toBe(true);
    for (const app of [a, b]) {
      expect((await app.inject({ method: 'GET', url: '/apmbc/feed.atom' })).body).toContain('Tonga');
      expect((await app.inject({ method: 'GET', url: '/apmbc/lists/states-parties.csv?asOf=2026-12-01' })).body).toContain('Tonga');
      expect((await app.inject({ method: 'GET', url: '/en/apmbc/states/TON' })).body).toContain('last changed on 3 December 2026');
    }
    const audit = await a.inject({ method: 'GET', url: '/editor/audit?subject=apmbc%3ATON', headers: { cookie: editor.cookie } });
    expect(audit.body).toContain('propose');
    expect(audit.body).toContain('approve');
    const log = await h.store.auditLog({ limit: 50 });
    expect(log.filter((e) => e.subject === 'apmbc:TON').map((e) => [e.action, e.actor])).toEqual([['approve', 'reviewer@example.org'], ['propose', 'editor@example.org']]);
    expect(log.some((e) => e.action === 'sign-in' && e.actor === 'editor@example.org')).toBe(true);
  });
});

describe('bad requests are refused, the store unchanged', () => {
  const cases: [string, object, number, RegExp][] = [
    ['a consent by a State that already has one', { treaty: 'apmbc', iso3: 'AUS', kind: 'ratification', date: '2001-01-01', source: cnUrl }, 422, /kind: .*already bound.*\[one-consent\]/],
    ['an accession by a signatory (signature is its way to join)', { treaty: 'apmbc', iso3: 'MHL', kind: 'accession', date: '2001-01-01', source: cnUrl }, 422, /accession is for States that did not sign.*\[Art/],
    ['a withdrawal by a State not bound', { treaty: 'apmbc', iso3: 'USA', kind: 'withdrawal', date: '2020-01-01', source: cnUrl }, 422, /not in force.*\[Art/],
    ['a date in the future', declaration('AUS', '', { date: '2027-01-01' }), 422, /^date: .*is after today.*\[not-in-future\]/],
    ['a signature before the treaty opened', { treaty: 'apmbc', iso3: 'USA', kind: 'signature', date: '1990-01-01', source: cnUrl }, 422, /^date: .*before the treaty opened for signature/],
    ['a missing source', declaration('AUS', '', { source: '' }), 422, /source: .*every row needs a source \[format\]/],
    ['an impossible date', declaration('AUS', '', { date: '2020-02-30' }), 422, /date: .*real calendar date.*\[format\]/],
    ['an unknown State', declaration('XXX', ''), 422, /iso3: XXX is not a State/],
    ['an unknown kind', declaration('AUS', '', { kind: 'rumour' }), 400, /kind: must be one of/],
    ['a resolution of a withdrawal not suspended', { treaty: 'apmbc', iso3: 'POL', kind: 'withdrawal-resolved', date: '2026-02-20', source: cnUrl }, 422, /no withdrawal whose effect is suspended/],
  ];
  test.each(cases)('%s', async (_name, body, code, message) => {
    const editor = await signInAs(a, 'editor2@example.org');
    const [version, proposals, audit] = [await h.store.version(), (await h.store.proposals()).length, (await h.store.auditLog({ limit: 1, action: 'propose' }))[0]?.id];
    const response = await api(a, editor, '/api/v1/actions', body);
    expect(response.statusCode).toBe(code);
    expect((response.json() as { error: { message: string } }).error.message).toMatch(message);
    expect([await h.store.version(), (await h.store.proposals()).length, (await h.store.auditLog({ limit: 1, action: 'propose' }))[0]?.id]).toEqual([version, proposals, audit]);
  });
});

describe('security', () => {
  test('every form post and API write needs this session\'s CSRF token (missing or foreign: 403)', async () => {
    const editor = await signInAs(a, 'editor@example.org');
    const other = await signInAs(a, 'editor2@example.org');
    for (const token of [undefined, other.csrf, 'forged']) {
      const values = { ...(token === undefined ? {} : { _csrf: token }), notification: tonga };
      expect((await postForm(a, '/editor/paste', values, editor.cookie)).statusCode).toBe(403);
      expect((await postForm(a, '/editor/sign-out', values, editor.cookie)).statusCode).toBe(403);
      expect((await api(a, editor, '/api/v1/actions', declaration('AUS', 'x'), token ?? '')).statusCode).toBe(403);
    }
    const signIn = await a.inject({ method: 'GET', url: '/editor/sign-in' });
    expect((await postForm(a, '/editor/sign-in', { _csrf: csrfIn(signIn.body), email: 'editor@example.org', password: 'correct horse battery staple' })).statusCode).toBe(403);
  });

  test('every editor route checks the role (a table of every route by role)', async () => {
    const id = (await h.store.proposals())[0]?.id ?? 1;
    // Approving or reverting proposal 999999 passes the role check and then finds nothing (404).
    const routes: [string, string, Record<string, number>][] = [
      ['GET', '/editor', { anonymous: 303, editor: 200, reviewer: 200, admin: 200 }],
      ['GET', '/editor/audit', { anonymous: 303, editor: 200, reviewer: 200, admin: 200 }],
      ['POST', '/editor/paste', { anonymous: 401, editor: 422, reviewer: 422, admin: 422 }],
      ['POST', '/editor/actions', { anonymous: 401, editor: 400, reviewer: 400, admin: 400 }],
      ['POST', '/editor/proposals/999999/approve', { anonymous: 401, editor: 403, reviewer: 404, admin: 404 }],
      ['POST', '/editor/proposals/999999/revert', { anonymous: 401, editor: 403, reviewer: 404, admin: 404 }],
      ['POST', '/editor/sign-out', { anonymous: 401, editor: 303, reviewer: 303, admin: 303 }],
      ['API', '/api/v1/actions', { anonymous: 401, editor: 400, reviewer: 400, admin: 400 }],
      ['API', '/api/v1/proposals/999999/approve', { anonymous: 401, editor: 403, reviewer: 404, admin: 404 }],
      ['API', '/api/v1/proposals/999999/revert', { anonymous: 401, editor: 403, reviewer: 404, admin: 404 }],
    ];
    expect(id).toBeGreaterThan(0);
    for (const [method, url, expected] of routes) {
      for (const [role, code] of Object.entries(expected)) {
        const who = role === 'anonymous' ? { cookie: '', csrf: '' } : await signInAs(a, `${role}@example.org`);
        const response =
          method === 'GET'
            ? await a.inject({ method: 'GET', url, headers: { cookie: who.cookie } })
            : method === 'POST'
              ? await postForm(a, url, { _csrf: who.csrf, kind: 'rumour' }, who.cookie)
              : await api(a, who, url, { kind: 'rumour' });
        expect(`${role} ${method} ${url}: ${response.statusCode}`).toBe(`${role} ${method} ${url}: ${code}`);
      }
    }
  });

  test('a session id chosen before sign-in is never the session; each sign-in makes a new one; idle sessions end', async () => {
    const fixed = 'adherence_session=attacker-chosen-value';
    const page = await a.inject({ method: 'GET', url: '/editor/sign-in', headers: { cookie: fixed } });
    const pre = cookieSet(page, 'adherence_sign_in') ?? '';
    const signedIn = await postForm(a, '/editor/sign-in', { _csrf: csrfIn(page.body), email: 'editor@example.org', password: 'correct horse battery staple' }, `${fixed}; adherence_sign_in=${pre}`);
    const token = cookieSet(signedIn, 'adherence_session');
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(String(signedIn.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await a.inject({ method: 'GET', url: '/editor', headers: { cookie: fixed } })).statusCode).toBe(303);
    const again = await signInAs(a, 'editor@example.org');
    expect(again.cookie).not.toBe(`adherence_session=${token}`);
    h.clock.now = new Date(h.clock.now.getTime() + 31 * 60_000);
    try {
      expect((await a.inject({ method: 'GET', url: '/editor', headers: { cookie: again.cookie } })).statusCode).toBe(303);
    } finally {
      h.clock.now = new Date();
    }
  });

  test('sign-in is refused after five failures for an account, even with the right password, and each failure is audited', async () => {
    for (let i = 0; i < 5; i += 1) expect((await signInAs(a, 'admin2@example.org', 'wrong password!', `10.9.9.${i}`)).response.statusCode).toBe(401);
    expect((await signInAs(a, 'admin2@example.org', undefined, '10.9.9.9')).response.statusCode).toBe(429);
    expect((await h.store.auditLog({ limit: 10, subject: 'admin2@example.org', action: 'sign-in-failed' })).length).toBe(5);
  });

  test('hostile text is stored and shown verbatim, escaped in every page', async () => {
    const hostile = `<script>alert("x")</script> '; DROP TABLE actions; -- & <b>`;
    const cn = `C.N.1.2020.TREATIES-<i>'; DROP TABLE proposals; --`;
    const source = `https://treaties.un.org/doc/a?x='"><script>alert(1)</script>`;
    const editor = await signInAs(a, 'editor@example.org');
    // A source must be a clean page address (the record's own rule): markup in it is refused, not stored.
    const refused = await api(a, editor, '/api/v1/actions', declaration('CAN', hostile, { cn, source }));
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as { error: { message: string } }).error.message).toMatch(/^source: .*\[source-url\]/);
    const proposed = await api(a, editor, '/api/v1/actions', declaration('CAN', hostile, { cn }));
    expect(proposed.statusCode).toBe(201);
    const id = (proposed.json() as { proposal: { id: number; after: { note: string } } }).proposal;
    expect(id.after).toMatchObject({ note: hostile, cn });
    const page = (await a.inject({ method: 'GET', url: '/editor', headers: { cookie: editor.cookie } })).body;
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;; DROP TABLE actions; -- &amp; &lt;b&gt;');
    const reviewer = await signInAs(a, 'reviewer@example.org');
    expect((await api(a, reviewer, `/api/v1/proposals/${id.id}/approve`, {})).statusCode).toBe(200);
    const profile = (await a.inject({ method: 'GET', url: '/en/apmbc/states/CAN' })).body;
    expect(profile).not.toContain('<script>alert');
    expect(profile).toContain('&lt;script&gt;');
    const audit = (await a.inject({ method: 'GET', url: '/editor/audit?subject=apmbc%3ACAN', headers: { cookie: editor.cookie } })).body;
    expect(audit).not.toContain('<script>alert');
    const actions = ((await a.inject({ method: 'GET', url: '/api/v1/apmbc/states/CAN' })).json() as { actions: { note: string; cn: string }[] }).actions;
    expect(actions.find((x) => x.note === hostile)).toMatchObject({ cn });
    const failed = await signInAs(a, `"><script>alert(1)</script>@example.org`, 'wrong password!', '10.8.8.8');
    expect(failed.response.statusCode).toBe(401);
    expect(failed.response.body).not.toContain('<script>alert');
    expect(failed.response.body).toContain('value="&quot;&gt;&lt;script&gt;');
  });
});

describe('review and concurrency', () => {
  test('two editors change the same State: the second gets 409 with the current version, never a lost update', async () => {
    const one = await signInAs(a, 'editor@example.org');
    const two = await signInAs(b, 'editor2@example.org');
    const reviewer = await signInAs(a, 'reviewer@example.org');
    const { version } = await h.store.stateVersion('apmbc', 'FRA');
    const first = await api(a, one, '/api/v1/actions', declaration('FRA', 'first', { baseVersion: version }));
    const second = await api(b, two, '/api/v1/actions', declaration('FRA', 'second', { baseVersion: version, date: '2020-05-06' }));
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const ids = [first, second].map((r) => (r.json() as { proposal: { id: number } }).proposal.id);
    expect((await api(a, reviewer, `/api/v1/proposals/${ids[0]}/approve`, {})).statusCode).toBe(200);
    const stale = await api(a, reviewer, `/api/v1/proposals/${ids[1]}/approve`, {});
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { error: { details: unknown } }).error.details).toEqual({ currentVersion: version + 1 });
    const late = await api(b, two, '/api/v1/actions', declaration('FRA', 'third', { baseVersion: version }));
    expect(late.statusCode).toBe(409);
    expect((late.json() as { error: { details: unknown } }).error.details).toEqual({ currentVersion: version + 1 });
  });

  test('a reviewer cannot approve their own change; an admin can, and the audit log marks the emergency; a revert is audited', async () => {
    const reviewer = await signInAs(a, 'reviewer2@example.org');
    const own = await api(a, reviewer, '/api/v1/actions', declaration('DEU', 'reviewer\'s own'));
    expect((await api(a, reviewer, `/api/v1/proposals/${(own.json() as { proposal: { id: number } }).proposal.id}/approve`, {})).statusCode).toBe(403);
    const admin = await signInAs(a, 'admin@example.org');
    const mine = (await api(a, admin, '/api/v1/actions', declaration('DEU', 'emergency'))).json() as { proposal: { id: number } };
    expect((await api(a, admin, `/api/v1/proposals/${mine.proposal.id}/approve`, {})).statusCode).toBe(200);
    expect((await h.store.auditLog({ limit: 1 }))[0]).toMatchObject({ action: 'approve-own-emergency', actor: 'admin@example.org' });
    const notes = async () => ((await a.inject({ method: 'GET', url: '/api/v1/apmbc/states/DEU' })).json() as { actions: { note: string }[] }).actions.map((x) => x.note);
    expect(await notes()).toContain('emergency');
    expect((await api(a, reviewer, `/api/v1/proposals/${mine.proposal.id}/revert`, {})).statusCode).toBe(200);
    expect(await notes()).not.toContain('emergency');
    expect((await h.store.auditLog({ limit: 1 }))[0]).toMatchObject({ action: 'revert', actor: 'reviewer2@example.org', after: null });
  });
});

describe('the editors\' API', () => {
  test('is described in the OpenAPI document, its body by the schema the routes parse', async () => {
    const doc = (await a.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { properties: object } }> } } }> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/actions', '/api/v1/proposals/{id}/approve', '/api/v1/proposals/{id}/revert']));
    expect(Object.keys(doc.paths['/api/v1/actions']?.post?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual(expect.arrayContaining(['iso3', 'kind', 'date', 'cn', 'source', 'baseVersion']));
  });
});

describe('every kind of change', () => {
  test('a withdrawal suspended by armed conflict, then its resolution, and a sourced fact (a hypothetical record)', async () => {
    const editor = await signInAs(a, 'editor@example.org');
    const reviewer = await signInAs(a, 'reviewer@example.org');
    const approve = async (response: { statusCode: number; json(): unknown }) => {
      expect(response.statusCode).toBe(201);
      const id = (response.json() as { proposal: { id: number } }).proposal.id;
      expect((await api(a, reviewer, `/api/v1/proposals/${id}/approve`, {})).statusCode).toBe(200);
    };
    await approve(await api(a, editor, '/api/v1/actions', { treaty: 'apmbc', iso3: 'NOR', kind: 'withdrawal', date: '2025-03-01', suspended: true, cn: 'C.N.9.2025.TREATIES-XXVI.5' }));
    const norway = async () => (await a.inject({ method: 'GET', url: '/api/v1/apmbc/states/NOR?asOf=2026-12-01' })).json() as { status: string; actions: { kind: string; source: string }[] };
    expect((await norway()).status).toBe('withdrawal-pending');
    expect((await norway()).actions.find((x) => x.kind === 'withdrawal')?.source).toBe('https://treaties.un.org/doc/Publication/CN/2025/CN.9.2025-Eng.pdf');
    await approve(await api(a, editor, '/api/v1/actions', { treaty: 'apmbc', iso3: 'NOR', kind: 'withdrawal-resolved', date: '2026-10-01', source: cnUrl }));
    expect((await norway()).status).toBe('withdrawn');
    await approve(await api(a, editor, '/api/v1/actions', { treaty: 'apmbc', iso3: 'NOR', kind: 'indicator', indicator: 'used', from: '2024', until: '2024', reported: '2025', source: 'https://the-monitor.org/en-gb/reports/2025' }));
    expect(unwrapFacts(await h.store.readRecord()).some((f) => f.iso3 === 'NOR' && f.indicator === 'used' && f.reported === '2025')).toBe(true);
  });

  test('a fact proposed through the form, its kind chosen from the treaty\'s kinds of fact', async () => {
    const editor = await signInAs(a, 'editor@example.org');
    const page = await a.inject({ method: 'GET', url: '/editor', headers: { cookie: editor.cookie } });
    expect(page.body).toContain('<option value="stockpile-estimate">stockpile-estimate (apmbc)</option>');
    expect(page.body).toContain('<option value="indicator">indicator</option>');
    const form = { _csrf: editor.csrf, treaty: 'apmbc', iso3: 'IND', kind: 'indicator', date: '', effectiveDate: '', cn: '', note: '', indicator: 'produced', value: '', from: '1990', until: '', reported: '2025', confidence: 'confirmed', source: 'https://the-monitor.org/en-gb/reports/2025' };
    expect((await postForm(a, '/editor/actions', form, editor.cookie)).statusCode).toBe(303);
    const proposed = (await h.store.proposals('proposed')).find((p) => p.iso3 === 'IND');
    expect(proposed?.after).toMatchObject({ indicator: 'produced', from: '1990', reported: '2025', confidence: 'confirmed' });
  });
});

function unwrapFacts(result: Awaited<ReturnType<Harness['store']['readRecord']>>) {
  if (!result.ok) throw new Error('unreadable record');
  return result.value.treaties.flatMap((t) => t.indicators);
}
