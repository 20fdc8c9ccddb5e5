// The use cases of editing: propose a change to one State's facts, approve it (another person, or
// an admin in an emergency, audited as such), revert an approved one. Each is judged on the
// record as it would be after it, by the rules `adherence check` applies; a refused change writes
// nothing. Only approved changes reach the record, and so the public pages, lists and feed.
import type { CalendarDate } from '../../domain/calendar-date.js';
import { fail, type DomainError, type Result } from '../../domain/result.js';
import type { TreatyRules } from '../../domain/treaty.js';
import type { Editor, EditingStore, FactChange, Proposal } from '../ports.js';
import { formatProblem, type RecordProblem } from '../record-problem.js';
import { changeFrom, type ChangeInput } from './change-input.js';
import { can } from './permissions.js';
import { describeProblems, validateChange } from './validate-change.js';

export interface EditContext {
  readonly store: EditingStore;
  readonly rulesOf: (treaty: string) => TreatyRules | undefined;
  readonly today: CalendarDate;
  readonly now: Date;
}

/** A refusal, with the record problems that caused it when there are any (422). */
export type EditError = DomainError & { readonly problems?: readonly RecordProblem[]; readonly currentVersion?: number };

/** A 409 from optimistic locking says which version of the State is current, so the client can reload and retry. */
async function withCurrentVersion(ctx: EditContext, treaty: string, iso3: string, result: Result<Proposal, DomainError>): Promise<Result<Proposal, EditError>> {
  if (result.ok || result.error.code !== 'conflict' || result.error.field !== 'version') return result;
  return { ok: false, error: { ...result.error, currentVersion: (await ctx.store.stateVersion(treaty, iso3)).version } };
}

const refused = (problems: readonly RecordProblem[]): Result<never, EditError> => ({
  ok: false,
  error: { code: 'invalid-record', message: describeProblems(problems), ...(problems[0]?.field ? { field: problems[0].field } : {}), problems },
});

async function judge(ctx: EditContext, change: FactChange): Promise<RecordProblem[]> {
  const record = await ctx.store.readRecord();
  if (!record.ok) throw new Error(`the record in ${ctx.store.location} cannot be read: ${record.error.slice(0, 3).map(formatProblem).join('; ')}`);
  return validateChange(record.value, change, ctx.rulesOf, ctx.today);
}

/** Records a proposal (nothing reaches the record yet); with `approve`, an admin's emergency approval follows at once. */
export async function proposeChange(ctx: EditContext, input: ChangeInput, editor: Editor, options: { readonly approve?: boolean } = {}): Promise<Result<Proposal, EditError>> {
  if (!can(editor.role, 'propose')) return fail('forbidden', `role: a ${editor.role} may not propose changes`, 'role');
  if (options.approve === true && !can(editor.role, 'approve-own')) return fail('forbidden', `role: only an admin may approve their own change`, 'role');
  const record = await ctx.store.readRecord();
  if (!record.ok) throw new Error(`the record in ${ctx.store.location} cannot be read`);
  const change = changeFrom(record.value, input);
  if (!change.ok) return change;
  const problems = validateChange(record.value, change.value, ctx.rulesOf, ctx.today);
  if (problems.length > 0) return refused(problems);
  const base = input.baseVersion ?? (await ctx.store.stateVersion(input.treaty, change.value.iso3)).version;
  const proposed = await withCurrentVersion(ctx, input.treaty, change.value.iso3, await ctx.store.propose(change.value, base, editor, ctx.now.toISOString()));
  if (!proposed.ok || options.approve !== true) return proposed;
  return approveChange(ctx, proposed.value.id, editor);
}

export async function approveChange(ctx: EditContext, id: number, reviewer: Editor): Promise<Result<Proposal, EditError>> {
  if (!can(reviewer.role, 'approve')) return fail('forbidden', `role: a ${reviewer.role} may not approve changes`, 'role');
  const proposal = await ctx.store.proposal(id);
  if (proposal === null) return fail('not-found', `proposal ${id}: there is no such proposal`, 'id');
  const own = proposal.proposedBy === reviewer.email;
  if (own && !can(reviewer.role, 'approve-own')) return fail('forbidden', 'reviewer: a change must be approved by another person than its author', 'reviewer');
  const problems = await judge(ctx, proposal);
  if (problems.length > 0) return refused(problems);
  return withCurrentVersion(ctx, proposal.treaty, proposal.iso3, await ctx.store.approve(id, reviewer, own, ctx.now.toISOString()));
}

export async function revertChange(ctx: EditContext, id: number, reviewer: Editor): Promise<Result<Proposal, EditError>> {
  if (!can(reviewer.role, 'revert')) return fail('forbidden', `role: a ${reviewer.role} may not revert changes`, 'role');
  const proposal = await ctx.store.proposal(id);
  if (proposal === null) return fail('not-found', `proposal ${id}: there is no such proposal`, 'id');
  if (proposal.status !== 'approved') return fail('conflict', `proposal ${id} is ${proposal.status}: only an approved change can be reverted`, 'status');
  const problems = await judge(ctx, { ...proposal, before: proposal.after, after: proposal.before });
  if (problems.length > 0) return refused(problems);
  return ctx.store.revert(id, reviewer, ctx.now.toISOString());
}
