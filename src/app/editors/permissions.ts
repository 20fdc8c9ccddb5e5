// Who may do what among editors: one table, read by every route and command that changes the record.
import type { Role } from '../ports.js';

export const abilities = ['read-editor', 'propose', 'approve', 'approve-own', 'revert', 'manage-users'] as const;
export type Ability = (typeof abilities)[number];

const granted: Record<Role, readonly Ability[]> = {
  editor: ['read-editor', 'propose'],
  reviewer: ['read-editor', 'propose', 'approve', 'revert'],
  // An admin may approve their own change in an emergency; the audit log marks it.
  admin: ['read-editor', 'propose', 'approve', 'approve-own', 'revert', 'manage-users'],
};

export const can = (role: Role, ability: Ability): boolean => granted[role].includes(ability);
