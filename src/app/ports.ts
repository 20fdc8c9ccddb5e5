// The interfaces the outer layers implement for the use cases: where the record comes from,
// where it is kept, and how it travels as files.
import type { Action, Indicator, State, TreatyRecord } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import type { DomainError, Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { SourceSite } from '../domain/sources.js';
import type { RecordProblem } from './record-problem.js';

/** Where a fact came from, so that a problem can point at it: a file and line, or a table and row. */
export interface FactLocation {
  readonly file: string;
  readonly line: number | null;
}

/** What every treaty shares: the States, the M49 groups, the graded source sites, and the conflicts among their sources. */
export interface Reference {
  readonly states: readonly State[];
  readonly regions: readonly Region[];
  readonly sources: readonly SourceSite[];
  readonly conflicts: readonly SourceConflict[];
}

/** One treaty's own record: its depositary actions, its indicators, and the conflicts among their sources. */
export interface TreatyData {
  readonly treaty: string;
  readonly actions: readonly Action[];
  readonly indicators: readonly Indicator[];
  readonly conflicts: readonly SourceConflict[];
}

/**
 * A record, or part of one: the shared reference (null when absent, e.g. a data directory that
 * holds one treaty's files only) and the records of some treaties.
 */
export interface RecordData {
  readonly reference: Reference | null;
  readonly treaties: readonly TreatyData[];
}

/** A whole record: the reference and every treaty it holds. */
export interface FullRecord extends RecordData {
  readonly reference: Reference;
}

export interface Located {
  locate(fact: object): FactLocation;
}

export interface LoadedData extends RecordData, Located {}
export interface LoadedRecord extends FullRecord, Located {}

/** The domain's view of one treaty in a record: its actions and indicators over the shared States. */
export function treatyRecord(record: FullRecord, treaty: string): TreatyRecord {
  const own = record.treaties.find((t) => t.treaty === treaty);
  return { treaty, states: record.reference.states, actions: own?.actions ?? [], indicators: own?.indicators ?? [] };
}

/** A record in a data directory (the layout of data/). */
export interface RecordFiles {
  /**
   * Reads the reference files if the directory has them (states.csv present) and, for each of
   * `treaties`, that treaty's folder if present. Problems name the file and line.
   */
  read(dir: string, treaties: readonly string[]): Promise<Result<LoadedData, readonly RecordProblem[]>>;
  /** Writes the files of `data` under `dir`, creating it; existing files are overwritten. */
  write(dir: string, data: RecordData): Promise<void>;
}

/** What a change to the store replaces: the reference if given, and each treaty given; nothing else. */
export interface Replacement {
  readonly data: RecordData;
  /** For the audit log: what kind of change (e.g. "import", "seed") and its summary. */
  readonly audit: { readonly action: string; readonly detail: unknown };
}

/** The parts of a record a store can hold, each initialised (seeded or imported) once. */
export type RecordPart = { readonly kind: 'reference' } | { readonly kind: 'treaty'; readonly treaty: string };

/**
 * Where the record is kept (SQLite or PostgreSQL). The reference is shared by every treaty;
 * actions, indicators and treaty conflicts belong to one. Facts come back in the order written.
 */
export interface RecordStore {
  /** Where it is, for messages: a file path or a URL without its password. */
  readonly location: string;
  /** The whole record: the reference and every treaty the store holds. */
  readRecord(): Promise<Result<LoadedRecord, readonly RecordProblem[]>>;
  /**
   * Replaces the reference (if given) and each given treaty's record in one transaction, marks
   * those parts initialised, and appends the audit entry: afterwards the store holds exactly the
   * new parts and every other part as it was, or, if it refused, what it held before. Refusal
   * (a constraint of the schema) is an `invalid-record` error.
   */
  replace(replacement: Replacement): Promise<Result<void, DomainError>>;
  /** The parts that have ever been initialised (seeded or imported), whatever they now hold. */
  initialisedParts(): Promise<readonly RecordPart[]>;
  /**
   * As replace, but only for the parts never initialised: in the same transaction it re-reads
   * which are initialised and writes only the others. Returns the parts it wrote.
   */
  seed(replacement: Replacement): Promise<Result<readonly RecordPart[], DomainError>>;
  /** A number that changes whenever the record changes (any replace or seed): cheap to read. */
  version(): Promise<number>;
  close(): Promise<void>;
}

// ---- Editing: editors, sessions, proposals, the audit log (src/app/editors/) ----

export const roles = ['editor', 'reviewer', 'admin'] as const;
/** An editor proposes; a reviewer also approves and reverts others' changes; an admin also approves their own (audited as an emergency). */
export type Role = (typeof roles)[number];

export interface Editor {
  readonly id: number;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** A fact as the record's columns (strings), as in the CSV files: what proposals and the audit log keep. */
export type FactRow = Readonly<Record<string, string>>;

/** One fact of one State added, replaced or removed: `before` null adds, `after` null removes. */
export interface FactChange {
  readonly treaty: string;
  readonly iso3: string;
  readonly fact: 'action' | 'indicator';
  readonly before: FactRow | null;
  readonly after: FactRow | null;
}

export type ProposalStatus = 'proposed' | 'approved' | 'reverted';

export interface Proposal extends FactChange {
  readonly id: number;
  /** The State's version the change was made against. */
  readonly baseVersion: number;
  readonly status: ProposalStatus;
  readonly proposedBy: string | null;
  readonly proposedAt: string;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
}

/** What an audit entry says: who, what, about what, the before and after, the source cited. */
export interface AuditEntry {
  /** An editor's email, or null (the command line without a signed-in editor, a seed). */
  readonly actor: string | null;
  readonly action: string;
  readonly treaty: string | null;
  readonly subject: string | null;
  readonly address?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly source?: string | null;
  readonly detail?: unknown;
}

export interface AuditRecord extends AuditEntry {
  readonly id: number;
  readonly at: string;
}

export interface AuditFilter {
  readonly action?: string;
  readonly actor?: string;
  /** Entries whose subject starts with this, e.g. 'apmbc:' or 'apmbc:TON'. */
  readonly subject?: string;
  readonly limit: number;
}

export interface EditorSession {
  readonly editor: Editor;
  readonly csrf: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

/**
 * Where editors, their sessions, proposals and the audit log are kept: the same database as the
 * record. Every mutation appends its audit entry in its own transaction; `at` is the caller's clock.
 */
export interface EditorStore {
  /** A new editor; a `conflict` if the email is taken. */
  addEditor(editor: { readonly email: string; readonly role: Role; readonly passwordHash: string }, actor: string | null, at: string): Promise<Result<Editor, DomainError>>;
  editors(): Promise<readonly Editor[]>;
  /** Changes a role or disables (or re-enables) an editor; disabling ends their sessions. */
  updateEditor(email: string, change: { readonly role?: Role; readonly disabled?: boolean }, actor: string | null, at: string): Promise<Result<Editor, DomainError>>;
  credentials(email: string): Promise<{ readonly editor: Editor; readonly passwordHash: string } | null>;
  /** Failed sign-ins since `since` for the account and for the address. */
  failedSignIns(email: string, address: string, since: string): Promise<{ readonly account: number; readonly address: number }>;
  appendAudit(entry: AuditEntry, at: string): Promise<void>;
  /** Stores a new session (its id is a hash of the token) and audits the sign-in, together. */
  openSession(session: { readonly id: string; readonly editorId: number; readonly csrf: string }, audit: AuditEntry, at: string): Promise<void>;
  session(id: string): Promise<EditorSession | null>;
  touchSession(id: string, at: string): Promise<void>;
  closeSession(id: string): Promise<void>;
  /** How many changes to the State's facts under the treaty were approved or reverted, and when the last was. */
  stateVersion(treaty: string, iso3: string): Promise<{ readonly version: number; readonly changedAt: string | null }>;
  /** When each State's record under the treaty last changed through a review. */
  lastChanged(treaty: string): Promise<ReadonlyMap<string, string>>;
  /** Records a proposal; a `conflict` (naming the current version) if the State's version is no longer `baseVersion`. */
  propose(change: FactChange, baseVersion: number, by: Editor | null, at: string): Promise<Result<Proposal, DomainError>>;
  proposals(status?: ProposalStatus): Promise<readonly Proposal[]>;
  proposal(id: number): Promise<Proposal | null>;
  /**
   * Applies a proposal to the record, marks it approved, counts new versions of the State and of
   * the record, and audits it, in one transaction. A `conflict` if the proposal is not pending,
   * the State's version moved since it was made, or the fact it replaces is gone.
   */
  approve(id: number, by: Editor | null, emergency: boolean, at: string): Promise<Result<Proposal, DomainError>>;
  /** Undoes an approved proposal the same way (the inverse change), marks it reverted, audits it. */
  revert(id: number, by: Editor | null, at: string): Promise<Result<Proposal, DomainError>>;
  auditLog(filter: AuditFilter): Promise<readonly AuditRecord[]>;
}

/** The store the editing use cases work on: the record, and its editors in the same database. */
export type EditingStore = RecordStore & EditorStore;
