// Signing in and out, and finding the editor behind a session cookie. A session id is a SHA-256
// hash of a random token only the browser holds; every sign-in makes a new one (no fixation).
// Sessions end when idle and at an absolute limit. Failed sign-ins are audited, and counted per
// account and per address to refuse guessing; the count lives in the store, so every instance
// sees it.
import { createHash, randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Editor, EditorSession, EditorStore } from '../ports.js';
import { verifyPassword } from './passwords.js';

export interface SessionLimits {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export const sessionLimits: SessionLimits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

/** Failed sign-ins allowed within the window, per account and per address. */
export const signInLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export const newToken = (): string => randomBytes(32).toString('base64url');
export const sessionId = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SignedIn {
  readonly token: string;
  readonly csrf: string;
  readonly editor: Editor;
}

/** A hash to verify when the account does not exist, so that the answer takes as long. */
const decoy = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function signIn(store: EditorStore, attempt: { readonly email: string; readonly password: string; readonly address: string }, now: Date): Promise<Result<SignedIn>> {
  const email = attempt.email.trim().toLowerCase();
  const at = now.toISOString();
  const since = new Date(now.getTime() - signInLimits.windowMs).toISOString();
  const failures = await store.failedSignIns(email, attempt.address, since);
  if (failures.account >= signInLimits.perAccount || failures.address >= signInLimits.perAddress) {
    await store.appendAudit({ actor: null, action: 'sign-in-refused', treaty: null, subject: email, address: attempt.address, detail: failures }, at);
    return fail('too-many-attempts', 'too many failed sign-ins: wait 15 minutes and try again', 'password');
  }
  const found = await store.credentials(email);
  const matches = await verifyPassword(attempt.password, found?.passwordHash ?? decoy);
  if (found === null || !matches || found.editor.disabledAt !== null) {
    await store.appendAudit({ actor: null, action: 'sign-in-failed', treaty: null, subject: email, address: attempt.address, detail: { reason: found === null ? 'unknown' : matches ? 'disabled' : 'password' } }, at);
    return fail('unauthenticated', 'email or password: not recognised', 'password');
  }
  const token = newToken();
  const csrf = newToken();
  await store.openSession({ id: sessionId(token), editorId: found.editor.id, csrf }, { actor: email, action: 'sign-in', treaty: null, subject: email, address: attempt.address }, at);
  return ok({ token, csrf, editor: found.editor });
}

/** The session a token names, if it has not expired (idle or absolute); an expired one is closed. */
export async function currentSession(store: EditorStore, token: string, now: Date, limits: SessionLimits = sessionLimits): Promise<EditorSession | null> {
  const id = sessionId(token);
  const session = await store.session(id);
  if (session === null) return null;
  const idle = now.getTime() - Date.parse(session.lastSeenAt) > limits.idleMs;
  const old = now.getTime() - Date.parse(session.createdAt) > limits.absoluteMs;
  if (idle || old || session.editor.disabledAt !== null) {
    await store.closeSession(id);
    return null;
  }
  await store.touchSession(id, now.toISOString());
  return session;
}

export async function signOut(store: EditorStore, token: string, editor: Editor, now: Date): Promise<void> {
  await store.closeSession(sessionId(token));
  await store.appendAudit({ actor: editor.email, action: 'sign-out', treaty: null, subject: editor.email }, now.toISOString());
}
