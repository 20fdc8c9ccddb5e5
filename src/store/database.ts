// The tables as Kysely sees them. Column names are the database's (snake_case); table-rows.ts
// maps them to the record's columns. Dates are 'YYYY-MM-DD' text in both dialects (a fact's
// period may be a bare year 'YYYY'). This is the schema after the latest migration.
import type { Generated } from 'kysely';

export interface StatesTable {
  iso3: string;
  /** The State's place in the record's order (1 = first), so an export keeps the order. */
  position: number;
  name: string;
  /** The UN's French and Spanish short names; '' in a store upgraded from schema 0002. */
  name_fr: string;
  name_es: string;
  m49: string;
  region: string;
  sub_region: string;
  intermediate_region: string | null;
  un_member_from: string | null;
  exists_from: string | null;
  predecessor: string | null;
  source: string;
  note: string;
}

export interface RegionsTable {
  code: string;
  position: number;
  name: string;
  kind: string;
  source: string;
}

export interface SourceSitesTable {
  site: string;
  position: number;
  publisher: string;
  grade: string;
  as_at: string | null;
  note: string;
}

export interface ConflictsTable {
  /** '' for the reference's conflicts, else the treaty's id. */
  scope: string;
  position: number;
  file: string;
  key: string;
  field: string;
  value_chosen: string;
  source_chosen: string;
  value_other: string;
  source_other: string;
  reason: string;
}

export interface ActionsTable {
  treaty: string;
  position: number;
  iso3: string;
  kind: string;
  date: string;
  effective_date: string | null;
  /** 1 when the withdrawal's effect is suspended, else 0 (SQLite has no boolean). */
  effect_suspended: number;
  cn: string | null;
  source: string;
  note: string;
}

export interface IndicatorsTable {
  treaty: string;
  position: number;
  iso3: string;
  indicator: string;
  value: string | null;
  /** A year 'YYYY' or a day 'YYYY-MM-DD'. */
  from_date: string | null;
  until_date: string | null;
  /** NULL only in a store upgraded from schema 0002, where no row said when it was reported. */
  reported: string | null;
  confidence: string;
  source: string;
  note: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: Generated<string>;
  disabled_at: string | null;
}

export interface SessionsTable {
  /** A hash of the session token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: Generated<string>;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  user_id: number | null;
  action: string;
  treaty: string | null;
  /** JSON: what changed (for an import: its summary; for a seed: the counts written). */
  detail: string;
  /** Since 0004: who did it (an editor's email, or 'cli'), NULL for older entries and seeds. */
  actor: Generated<string | null>;
  /** Since 0004: what it concerns, e.g. 'apmbc:TON' or an editor's email (sign-in limits read it). */
  subject: Generated<string | null>;
  /** Since 0004: the client address of a sign-in. */
  address: Generated<string | null>;
  /** Since 0004: JSON of the fact or user before and after the change. */
  before: Generated<string | null>;
  after: Generated<string | null>;
  /** Since 0004: the source the change cites. */
  source: Generated<string | null>;
}

export interface EditorsTable {
  id: Generated<number>;
  email: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface EditorSessionsTable {
  /** A SHA-256 hash of the session token; the token itself is never stored. */
  id: string;
  editor_id: number;
  csrf: string;
  created_at: string;
  last_seen_at: string;
}

export interface ProposalsTable {
  id: Generated<number>;
  treaty: string;
  iso3: string;
  /** 'action' or 'indicator'. */
  fact: string;
  /** JSON rows (the record's columns): the fact replaced (NULL: an addition) and the new one (NULL: a removal). */
  before: string | null;
  after: string | null;
  /** The State's version the change was made against (optimistic locking). */
  base_version: number;
  status: string;
  proposed_by: number | null;
  proposed_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
}

export interface StateVersionsTable {
  treaty: string;
  iso3: string;
  /** Counts the changes approved or reverted for the State (0 when it has no row). */
  version: number;
  changed_at: string;
}

export interface RecordPartsTable {
  /** 'reference' or 'treaty:<id>': a part once seeded or imported, whatever it now holds. */
  part: string;
  initialised_at: Generated<string>;
}

export interface RecordVersionTable {
  /** Always 1: the table has one row. */
  id: number;
  /** Incremented by every write of the record, in the same transaction. */
  version: number;
}

export interface Database {
  states: StatesTable;
  regions: RegionsTable;
  source_sites: SourceSitesTable;
  conflicts: ConflictsTable;
  actions: ActionsTable;
  indicators: IndicatorsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  record_parts: RecordPartsTable;
  record_version: RecordVersionTable;
  editors: EditorsTable;
  editor_sessions: EditorSessionsTable;
  proposals: ProposalsTable;
  state_versions: StateVersionsTable;
}
