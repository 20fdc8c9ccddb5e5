// Adding editors and changing their roles: the email and password are checked here, the password
// kept only as its scrypt hash, and each change audited by the store in its transaction.
import { fail, type Result } from '../../domain/result.js';
import { roles, type Editor, type EditorStore, type Role } from '../ports.js';
import { hashPassword, passwordProblem } from './passwords.js';

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export async function addEditor(store: EditorStore, input: { readonly email: string; readonly role: Role; readonly password: string }, actor: string | null, now: Date): Promise<Result<Editor>> {
  const email = input.email.trim().toLowerCase();
  if (!emailPattern.test(email)) return fail('invalid-input', `email: "${input.email}" is not an email address`, 'email');
  const weak = passwordProblem(input.password);
  if (weak !== null) return fail('invalid-input', weak, 'password');
  return store.addEditor({ email, role: input.role, passwordHash: await hashPassword(input.password) }, actor, now.toISOString());
}
