// Editors, sessions, proposals and the audit log, written once with Kysely for both dialects.
// Every mutation appends its audit entry in the same transaction; an approval or a revert also
// writes the fact, counts a new version of the State and of the record (which every running
// instance polls), all at once or not at all.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AuditEntry, AuditFilter, AuditRecord, Editor, EditorStore, FactChange, FactRow, Proposal, ProposalStatus, Role } from '../app/ports.js';
import { actionColumns, indicatorColumns } from '../app/record-rows.js';
import { fail, ok, type DomainError, type Result } from '../domain/result.js';
import type { Database, EditorsTable, ProposalsTable } from './database.js';
import type { StoreDialect } from './dialect.js';
import { actionFromTable, actionToTable, indicatorFromTable, indicatorToTable } from './table-rows.js';

type Db = Kysely<Database>;

const toEditor = (r: Selectable<EditorsTable>): Editor => ({ id: r.id, email: r.email, role: r.role as Role, createdAt: r.created_at, disabledAt: r.disabled_at });
const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));
const parsed = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

async function append(trx: Db, entry: AuditEntry, at: string): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at,
      user_id: null,
      actor: entry.actor,
      action: entry.action,
      treaty: entry.treaty,
      subject: entry.subject,
      address: entry.address ?? null,
      before: json(entry.before),
      after: json(entry.after),
      source: entry.source ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** The same fact: equal in every column of the record. */
const sameRow = (a: FactRow, b: FactRow, columns: readonly string[]) => columns.every((c) => (a[c] ?? '') === (b[c] ?? ''));

/** Writes a change to a State's facts: replaces `before` (found by its every column) with `after` in its place, or appends `after`. */
async function applyChange(trx: Db, change: FactChange): Promise<boolean> {
  const { treaty, iso3 } = change;
  if (change.fact === 'action') {
    const rows = await trx.selectFrom('actions').selectAll().where('treaty', '=', treaty).where('iso3', '=', iso3).orderBy('position').execute();
    return writeFact(trx, change, rows.map((r) => ({ position: r.position, row: actionFromTable(r) })), actionColumns, 'actions', (row, position) =>
      trx.insertInto('actions').values(actionToTable(row, treaty, position)).execute(),
    );
  }
  const rows = await trx.selectFrom('indicators').selectAll().where('treaty', '=', treaty).where('iso3', '=', iso3).orderBy('position').execute();
  return writeFact(trx, change, rows.map((r) => ({ position: r.position, row: indicatorFromTable(r) })), indicatorColumns, 'indicators', (row, position) =>
    trx.insertInto('indicators').values(indicatorToTable(row, treaty, position)).execute(),
  );
}

async function writeFact(
  trx: Db,
  change: FactChange,
  rows: readonly { position: number; row: FactRow }[],
  columns: readonly string[],
  table: 'actions' | 'indicators',
  insert: (row: FactRow, position: number) => Promise<unknown>,
): Promise<boolean> {
  let position: number;
  if (change.before !== null) {
    const before = change.before;
    const found = rows.find((r) => sameRow(r.row, before, columns));
    if (found === undefined) return false;
    position = found.position;
    await trx.deleteFrom(table).where('treaty', '=', change.treaty).where('position', '=', position).execute();
  } else {
    const last = await trx.selectFrom(table).select((eb) => eb.fn.max('position').as('last')).where('treaty', '=', change.treaty).executeTakeFirst();
    position = Number(last?.last ?? 0) + 1;
  }
  if (change.after !== null) await insert(change.after, position);
  return true;
}

async function bumpVersions(trx: Db, treaty: string, iso3: string, at: string): Promise<void> {
  const current = await trx.selectFrom('state_versions').select('version').where('treaty', '=', treaty).where('iso3', '=', iso3).executeTakeFirst();
  if (current === undefined) await trx.insertInto('state_versions').values({ treaty, iso3, version: 1, changed_at: at }).execute();
  else await trx.updateTable('state_versions').set({ version: current.version + 1, changed_at: at }).where('treaty', '=', treaty).where('iso3', '=', iso3).execute();
  await trx.updateTable('record_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

async function versionOf(trx: Db, treaty: string, iso3: string): Promise<number> {
  return (await trx.selectFrom('state_versions').select('version').where('treaty', '=', treaty).where('iso3', '=', iso3).executeTakeFirst())?.version ?? 0;
}

const proposalQuery = (db: Db) =>
  db
    .selectFrom('proposals as p')
    .leftJoin('editors as a', 'a.id', 'p.proposed_by')
    .leftJoin('editors as r', 'r.id', 'p.reviewed_by')
    .selectAll('p')
    .select(['a.email as proposer', 'r.email as reviewer']);

type ProposalRow = Selectable<ProposalsTable> & { proposer: string | null; reviewer: string | null };

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id,
  treaty: r.treaty,
  iso3: r.iso3,
  fact: r.fact as 'action' | 'indicator',
  before: parsed<FactRow>(r.before),
  after: parsed<FactRow>(r.after),
  baseVersion: r.base_version,
  status: r.status as ProposalStatus,
  proposedBy: r.proposer,
  proposedAt: r.proposed_at,
  reviewedBy: r.reviewer,
  reviewedAt: r.reviewed_at,
});

const sourceOf = (change: FactChange): string | null => change.after?.['source'] ?? change.before?.['source'] ?? null;
const changeOf = (p: Proposal): FactChange => ({ treaty: p.treaty, iso3: p.iso3, fact: p.fact, before: p.before, after: p.after });

export function createEditorStore(db: Db, dialect: StoreDialect): EditorStore {
  const write = <T>(work: (trx: Db) => Promise<T>) => dialect.writeTransaction(db, work);
  const proposalIn = async (trx: Db, id: number) => {
    const row = await proposalQuery(trx).where('p.id', '=', id).executeTakeFirst();
    return row === undefined ? null : toProposal(row);
  };

  /** Approve and revert: the change written, the proposal's new status, versions counted, audited. */
  const review = (id: number, by: Editor | null, at: string, step: { from: ProposalStatus; to: ProposalStatus; action: string; inverse: boolean; detail: unknown }) =>
    write(async (trx): Promise<Result<Proposal, DomainError>> => {
      const proposal = await proposalIn(trx, id);
      if (proposal === null) return fail('not-found', `proposal ${id}: there is no such proposal`, 'id');
      if (proposal.status !== step.from) return fail('conflict', `proposal ${id} is ${proposal.status}, not ${step.from}`, 'status');
      const version = await versionOf(trx, proposal.treaty, proposal.iso3);
      if (step.from === 'proposed' && version !== proposal.baseVersion) {
        return fail('conflict', `${proposal.iso3}'s record changed since this proposal was made (version ${proposal.baseVersion}, now ${version}): propose it again against the current record`, 'version');
      }
      const change = step.inverse ? { ...changeOf(proposal), before: proposal.after, after: proposal.before } : changeOf(proposal);
      if (!(await applyChange(trx, change))) return fail('conflict', `the ${proposal.fact} this change replaces is no longer in ${proposal.iso3}'s record`, 'before');
      await trx.updateTable('proposals').set({ status: step.to, reviewed_by: by?.id ?? null, reviewed_at: at }).where('id', '=', id).execute();
      await bumpVersions(trx, proposal.treaty, proposal.iso3, at);
      await append(trx, { actor: by?.email ?? null, action: step.action, treaty: proposal.treaty, subject: `${proposal.treaty}:${proposal.iso3}`, before: change.before, after: change.after, source: sourceOf(change), detail: step.detail }, at);
      return ok((await proposalIn(trx, id)) as Proposal);
    });

  return {
    addEditor: ({ email, role, passwordHash }, actor, at) =>
      write(async (trx) => {
        if ((await trx.selectFrom('editors').select('id').where('email', '=', email).executeTakeFirst()) !== undefined) return fail('conflict', `email: ${email} is already an editor`, 'email');
        const row = await trx.insertInto('editors').values({ email, role, password_hash: passwordHash, created_at: at, disabled_at: null }).returningAll().executeTakeFirstOrThrow();
        await append(trx, { actor, action: 'user-add', treaty: null, subject: email, after: { email, role } }, at);
        return ok(toEditor(row));
      }),
    editors: async () => (await db.selectFrom('editors').selectAll().orderBy('email').execute()).map(toEditor),
    updateEditor: (email, change, actor, at) =>
      write(async (trx) => {
        const row = await trx.selectFrom('editors').selectAll().where('email', '=', email).executeTakeFirst();
        if (row === undefined) return fail('not-found', `email: ${email} is not an editor`, 'email');
        const disabledAt = change.disabled === undefined ? row.disabled_at : change.disabled ? (row.disabled_at ?? at) : null;
        const updated = await trx.updateTable('editors').set({ role: change.role ?? row.role, disabled_at: disabledAt }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
        if (disabledAt !== null) await trx.deleteFrom('editor_sessions').where('editor_id', '=', row.id).execute();
        const view = (r: Selectable<EditorsTable>) => ({ email: r.email, role: r.role, disabled: r.disabled_at !== null });
        await append(trx, { actor, action: change.role !== undefined ? 'user-role' : change.disabled === true ? 'user-disable' : 'user-enable', treaty: null, subject: email, before: view(row), after: view(updated) }, at);
        return ok(toEditor(updated));
      }),
    credentials: async (email) => {
      const row = await db.selectFrom('editors').selectAll().where('email', '=', email).executeTakeFirst();
      return row === undefined ? null : { editor: toEditor(row), passwordHash: row.password_hash };
    },
    failedSignIns: async (email, address, since) => {
      const count = async (column: 'subject' | 'address', value: string) =>
        Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', 'sign-in-failed').where(column, '=', value).where('at', '>=', since).executeTakeFirst())?.n ?? 0);
      return { account: await count('subject', email), address: await count('address', address) };
    },
    appendAudit: (entry, at) => write((trx) => append(trx, entry, at)),
    openSession: (session, audit, at) =>
      write(async (trx) => {
        await trx.insertInto('editor_sessions').values({ id: session.id, editor_id: session.editorId, csrf: session.csrf, created_at: at, last_seen_at: at }).execute();
        await append(trx, audit, at);
      }),
    session: async (id) => {
      const row = await db.selectFrom('editor_sessions as s').innerJoin('editors as e', 'e.id', 's.editor_id').selectAll('e').select(['s.csrf', 's.created_at as session_created', 's.last_seen_at']).where('s.id', '=', id).executeTakeFirst();
      return row === undefined ? null : { editor: toEditor(row), csrf: row.csrf, createdAt: row.session_created, lastSeenAt: row.last_seen_at };
    },
    touchSession: async (id, at) => {
      await db.updateTable('editor_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    closeSession: async (id) => {
      await db.deleteFrom('editor_sessions').where('id', '=', id).execute();
    },
    stateVersion: async (treaty, iso3) => {
      const row = await db.selectFrom('state_versions').select(['version', 'changed_at']).where('treaty', '=', treaty).where('iso3', '=', iso3).executeTakeFirst();
      return { version: row?.version ?? 0, changedAt: row?.changed_at ?? null };
    },
    lastChanged: async (treaty) => new Map((await db.selectFrom('state_versions').select(['iso3', 'changed_at']).where('treaty', '=', treaty).execute()).map((r) => [r.iso3, r.changed_at])),
    propose: (change, baseVersion, by, at) =>
      write(async (trx) => {
        const version = await versionOf(trx, change.treaty, change.iso3);
        if (version !== baseVersion) return fail('conflict', `${change.iso3}'s record is at version ${version}, not ${baseVersion}: someone changed it since you read it; reload and try again`, 'version');
        const row = await trx
          .insertInto('proposals')
          .values({ treaty: change.treaty, iso3: change.iso3, fact: change.fact, before: json(change.before), after: json(change.after), base_version: baseVersion, status: 'proposed', proposed_by: by?.id ?? null, proposed_at: at, reviewed_by: null, reviewed_at: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        await append(trx, { actor: by?.email ?? null, action: 'propose', treaty: change.treaty, subject: `${change.treaty}:${change.iso3}`, before: change.before, after: change.after, source: sourceOf(change), detail: { proposal: row.id } }, at);
        return ok((await proposalIn(trx, row.id)) as Proposal);
      }),
    proposals: async (status) => {
      const query = proposalQuery(db).orderBy('p.id', 'desc');
      return (await (status === undefined ? query : query.where('p.status', '=', status)).execute()).map(toProposal);
    },
    proposal: (id) => proposalIn(db, id),
    approve: (id, by, emergency, at) => review(id, by, at, { from: 'proposed', to: 'approved', action: emergency ? 'approve-own-emergency' : 'approve', inverse: false, detail: { proposal: id, emergency } }),
    revert: (id, by, at) => review(id, by, at, { from: 'approved', to: 'reverted', action: 'revert', inverse: true, detail: { proposal: id } }),
    auditLog: async (filter: AuditFilter) => {
      let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
      if (filter.action !== undefined) query = query.where('action', '=', filter.action);
      if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
      // A prefix compared as text, not a LIKE pattern: '_' and '%' in an email are letters here.
      const prefix = filter.subject;
      if (prefix !== undefined) query = query.where(sql<boolean>`substr(${sql.ref('subject')}, 1, ${[...prefix].length}) = ${prefix}`);
      return (await query.execute()).map(
        (r): AuditRecord => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, treaty: r.treaty, subject: r.subject, address: r.address, before: parsed(r.before), after: parsed(r.after), source: r.source, detail: parsed(r.detail) }),
      );
    },
  };
}
