// The editors' routes: sign in and out, record a change (paste a notification to fill the form),
// approve and revert, the audit log; and the API twins (POST /api/v1/actions, approve, revert).
// Routes are thin: they check the session, the CSRF token and the role, call a use case, and map
// its result to a status. Every editor page is private: no-store.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeInput, changeKinds } from '../app/editors/change-input.js';
import { approveChange, proposeChange, revertChange, type EditContext, type EditError } from '../app/editors/edit-record.js';
import { can, type Ability } from '../app/editors/permissions.js';
import { sessionLimits, signIn, signOut } from '../app/editors/sign-in.js';
import type { EditingStore, EditorSession, Proposal } from '../app/ports.js';
import { parseNotifications } from '../domain/depositary-notification.js';
import type { Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import { renderAuditPage, renderEditorError, renderEditorPage, renderSignIn, type FormValues } from '../views/html/editor-pages.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { cookies, sameToken, sessionCookie, sessionOf, setCookie, signInCookie, signInToken } from './editor-session.js';

export interface EditingDeps {
  readonly store: EditingStore;
  readonly treaties: readonly TreatyRules[];
  now(): Date;
  /** After a change reaches the record: this instance reloads it at once (the others poll). */
  changed?(): Promise<void>;
}

type Form = Readonly<Record<string, string>>;
type Signed = { readonly token: string; readonly session: EditorSession };

const chapterOf = (rules: TreatyRules) => /chapter\s+(\S+)/.exec(rules.depositaryReference)?.[1] ?? '';

/** The form's fields as the use case's input: the same schema as the API's body. */
function formInput(form: Form) {
  const baseVersion = form['baseVersion'] ?? '';
  return changeInput.safeParse({ ...form, suspended: form['suspended'] === 'yes', ...(baseVersion === '' ? { baseVersion: undefined } : { baseVersion: Number(baseVersion) }) });
}

export async function registerEditor(app: FastifyInstance, deps: ServerDeps, editing: EditingDeps): Promise<void> {
  const { store } = editing;
  const rulesOf = (id: string) => editing.treaties.find((t) => t.id === id);
  const context = (): EditContext => ({ store, rulesOf, today: deps.today(), now: editing.now() });
  const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 200_000 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  /** The session for a route needing `ability`; else the reply is sent (sign in, 401 or 403) and null returned. */
  async function guard(request: FastifyRequest, reply: FastifyReply, ability: Ability, api: boolean): Promise<Signed | null> {
    const signed = await sessionOf(request, store, editing.now());
    const isPost = request.method === 'POST';
    if (signed === null) {
      if (api) await reply.code(401).header('cache-control', 'no-store').send(errorBody('unauthenticated', 'sign in at /editor/sign-in first'));
      else if (!isPost) await reply.code(303).header('cache-control', 'no-store').redirect('/editor/sign-in');
      else await html(reply, 401, renderEditorError({ editor: null, csrf: '', title: 'Sign in first', message: 'Your session has ended: sign in again.' }));
      return null;
    }
    if (isPost) {
      const sent = api ? request.headers['x-csrf-token'] : ((request.body ?? {}) as Form)['_csrf'];
      if (!sameToken(typeof sent === 'string' ? sent : undefined, signed.session.csrf)) {
        const message = 'the CSRF token is missing or not this session\'s: reload the page and try again';
        if (api) await reply.code(403).header('cache-control', 'no-store').send(errorBody('forbidden', message));
        else await html(reply, 403, renderEditorError({ editor: signed.session.editor, csrf: signed.session.csrf, title: 'Refused', message }));
        return null;
      }
    }
    if (!can(signed.session.editor.role, ability)) {
      const message = `role: a ${signed.session.editor.role} may not do this`;
      if (api) await reply.code(403).header('cache-control', 'no-store').send(errorBody('forbidden', message));
      else await html(reply, 403, renderEditorError({ editor: signed.session.editor, csrf: signed.session.csrf, title: 'Not allowed', message }));
      return null;
    }
    return signed;
  }

  async function editorPage(reply: FastifyReply, signed: Signed, status: number, page: { values?: FormValues; message?: string | null; notice?: string | null; pasted?: string }) {
    const site = deps.site();
    const states = [...site.names.states.values()].map((s) => ({ iso3: s.iso3, name: s.name })).sort((a, b) => a.name.localeCompare(b.name));
    return html(
      reply,
      status,
      renderEditorPage({
        editor: signed.session.editor,
        csrf: signed.session.csrf,
        treaties: editing.treaties.map((t) => ({ id: t.id, title: t.text.en.title })),
        states,
        kinds: changeKinds,
        factKinds: editing.treaties.map((t) => ({ treaty: t.id, kinds: t.facts.kinds.map((k) => k.id) })),
        values: page.values ?? {},
        message: page.message ?? null,
        notice: page.notice ?? null,
        pasted: page.pasted ?? '',
        proposals: (await store.proposals()).slice(0, 100),
        canReview: can(signed.session.editor.role, 'approve'),
      }),
    );
  }

  const afterWrite = async (result: Result<Proposal, EditError>) => {
    if (result.ok && result.value.status !== 'proposed') await editing.changed?.();
  };

  // ---- sign in and out ----
  app.get('/editor/sign-in', async (request, reply) => html(reply, 200, renderSignIn({ csrf: signInToken(request, reply, deps.publicUrl), email: '', message: null })));

  app.post('/editor/sign-in', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    const expected = cookies(request)[signInCookie];
    if (!sameToken(form['_csrf'], expected)) return html(reply, 403, renderSignIn({ csrf: signInToken(request, reply, deps.publicUrl), email: form['email'] ?? '', message: 'The form had expired: sign in again.' }));
    const result = await signIn(store, { email: form['email'] ?? '', password: form['password'] ?? '', address: request.ip }, editing.now());
    if (!result.ok) return html(reply, httpStatus[result.error.code], renderSignIn({ csrf: expected ?? '', email: form['email'] ?? '', message: result.error.message }));
    // A new session id at every sign-in: whatever cookie the browser had is replaced.
    setCookie(reply, request, deps.publicUrl, sessionCookie, result.value.token, Math.floor(sessionLimits.absoluteMs / 1000));
    return reply.code(303).header('cache-control', 'no-store').redirect('/editor');
  });

  app.post('/editor/sign-out', async (request, reply) => {
    const signed = await guard(request, reply, 'read-editor', false);
    if (signed === null) return reply;
    await signOut(store, signed.token, signed.session.editor, editing.now());
    setCookie(reply, request, deps.publicUrl, sessionCookie, '', 0);
    return reply.code(303).header('cache-control', 'no-store').redirect('/editor/sign-in');
  });

  // ---- recording a change ----
  app.get('/editor', async (request, reply) => {
    const signed = await guard(request, reply, 'read-editor', false);
    if (signed === null) return reply;
    const done = (request.query as Record<string, string | undefined>)['done'];
    return editorPage(reply, signed, 200, { notice: done === undefined ? null : `Done: change ${done}.` });
  });

  app.post('/editor/paste', async (request, reply) => {
    const signed = await guard(request, reply, 'propose', false);
    if (signed === null) return reply;
    const text = ((request.body ?? {}) as Form)['notification'] ?? '';
    const site = deps.site();
    const chapters = Object.fromEntries(editing.treaties.map((t) => [t.id, chapterOf(t)]));
    const found = parseNotifications(text, { states: [...site.names.states.values()], chapters });
    const first = found[0];
    if (first === undefined) return editorPage(reply, signed, 422, { pasted: text, message: 'notification: no State, kind or date found in the text pasted' });
    const treaty = first.treaty ?? deps.defaultTreaty;
    const version = first.iso3 === null ? null : (await store.stateVersion(treaty, first.iso3)).version;
    const values: FormValues = { treaty, iso3: first.iso3 ?? '', kind: first.kind ?? '', date: first.date ?? '', effectiveDate: first.effectiveDate ?? '', cn: first.cn ?? '', baseVersion: version === null ? '' : String(version) };
    const missing = (['iso3', 'kind', 'date'] as const).filter((k) => first[k] === null);
    const notice = `Filled from the notification${found.length > 1 ? ` (it names ${found.length} actions: this is the first; propose each)` : ''}. Review every field before proposing.${missing.length > 0 ? ` Not found: ${missing.join(', ')}.` : ''}`;
    return editorPage(reply, signed, 200, { values, pasted: text, notice });
  });

  app.post('/editor/actions', async (request, reply) => {
    const signed = await guard(request, reply, 'propose', false);
    if (signed === null) return reply;
    const form = (request.body ?? {}) as Form;
    const parsed = formInput(form);
    if (!parsed.success) return editorPage(reply, signed, 400, { values: form, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const result = await proposeChange(context(), parsed.data, signed.session.editor);
    if (!result.ok) return editorPage(reply, signed, httpStatus[result.error.code], { values: form, message: result.error.message });
    return reply.code(303).header('cache-control', 'no-store').redirect(`/editor?done=${result.value.id}`);
  });

  for (const [step, ability, run] of [
    ['approve', 'approve', approveChange],
    ['revert', 'revert', revertChange],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/editor/proposals/:id/${step}`, async (request, reply) => {
      const signed = await guard(request, reply, ability, false);
      if (signed === null) return reply;
      const result = await run(context(), Number(request.params.id), signed.session.editor);
      await afterWrite(result);
      if (!result.ok) return editorPage(reply, signed, httpStatus[result.error.code], { message: result.error.message });
      return reply.code(303).header('cache-control', 'no-store').redirect(`/editor?done=${result.value.id}`);
    });
    app.post<{ Params: { id: string } }>(`/api/v1/proposals/:id/${step}`, async (request, reply) => {
      const signed = await guard(request, reply, ability, true);
      if (signed === null) return reply;
      const result = await run(context(), Number(request.params.id), signed.session.editor);
      await afterWrite(result);
      return apiResult(reply, result, 200);
    });
  }

  app.get('/editor/audit', async (request, reply) => {
    const signed = await guard(request, reply, 'read-editor', false);
    if (signed === null) return reply;
    const query = request.query as Record<string, string | undefined>;
    const pick = (name: string) => (query[name] === undefined || query[name] === '' ? {} : { [name]: query[name] });
    const entries = await store.auditLog({ limit: 500, ...pick('action'), ...pick('actor'), ...pick('subject') });
    return html(reply, 200, renderAuditPage({ editor: signed.session.editor, csrf: signed.session.csrf, entries, filter: query }));
  });

  // ---- the API ----
  app.post('/api/v1/actions', async (request, reply) => {
    const signed = await guard(request, reply, 'propose', true);
    if (signed === null) return reply;
    const parsed = changeInput.safeParse(request.body);
    if (!parsed.success) return reply.code(400).header('cache-control', 'no-store').send(errorBody('invalid-input', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
    const result = await proposeChange(context(), parsed.data, signed.session.editor);
    return apiResult(reply, result, 201);
  });

  async function apiResult(reply: FastifyReply, result: Result<Proposal, EditError>, status: number) {
    if (result.ok) return reply.code(status).header('cache-control', 'no-store').send({ proposal: result.value });
    const { code, message, problems, currentVersion } = result.error;
    const details = currentVersion === undefined ? problems : { currentVersion };
    return reply.code(httpStatus[code]).header('cache-control', 'no-store').send(errorBody(code, message, details));
  }
}
