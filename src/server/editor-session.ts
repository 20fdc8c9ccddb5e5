// The editor's session as HTTP sees it: an HttpOnly, SameSite=Strict cookie holding the token
// (Secure when the site is served over https), the CSRF token every form post and API write must
// carry, and the pre-session token that guards the sign-in form itself.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentSession, newToken } from '../app/editors/sign-in.js';
import type { EditorSession, EditorStore } from '../app/ports.js';

export const sessionCookie = 'adherence_session';
export const signInCookie = 'adherence_sign_in';

export function cookies(request: FastifyRequest): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name in found) continue;
    try {
      found[name] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      // A cookie that is not URI-encoded is not ours.
    }
  }
  return found;
}

/** Over https (directly, or as the public address says), cookies are Secure. */
const isSecure = (request: FastifyRequest, publicUrl: string | undefined) => request.protocol === 'https' || (publicUrl?.startsWith('https://') ?? false);

export function setCookie(reply: FastifyReply, request: FastifyRequest, publicUrl: string | undefined, name: string, value: string, maxAgeSeconds: number): void {
  const attributes = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(isSecure(request, publicUrl) ? ['Secure'] : [])];
  const previous = reply.getHeader('set-cookie');
  const list = previous === undefined ? [] : Array.isArray(previous) ? previous.map(String) : [String(previous)];
  void reply.header('set-cookie', [...list, attributes.join('; ')]);
}

export const sameToken = (a: string | undefined, b: string | undefined): boolean => {
  if (a === undefined || b === undefined || a === '' || b === '') return false;
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The session the request's cookie names, if current. */
export async function sessionOf(request: FastifyRequest, store: EditorStore, now: Date): Promise<{ token: string; session: EditorSession } | null> {
  const token = cookies(request)[sessionCookie];
  if (token === undefined || token === '') return null;
  const session = await currentSession(store, token, now);
  return session === null ? null : { token, session };
}

/** The token guarding the sign-in form: the cookie's, or a new one set on the reply. */
export function signInToken(request: FastifyRequest, reply: FastifyReply, publicUrl: string | undefined): string {
  const existing = cookies(request)[signInCookie];
  if (existing !== undefined && existing.length >= 32) return existing;
  const token = newToken();
  setCookie(reply, request, publicUrl, signInCookie, token, 3600);
  return token;
}
