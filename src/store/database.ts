// The tables as Kysely sees them. Column names are the database's (snake_case); table-rows.ts
// maps them to the record's columns. Dates are 'YYYY-MM-DD' text in both dialects.
import type { Generated } from 'kysely';

export interface StatesTable {
  iso3: string;
  /** The State's place in the record's order (1 = first), so an export keeps the order. */
  position: number;
  name: string;
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

export interface ConflictsTable {
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
  year: number | null;
  date: string | null;
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
  /** JSON: what changed (for a replace: the counts written). */
  detail: string;
}

export interface Database {
  states: StatesTable;
  regions: RegionsTable;
  conflicts: ConflictsTable;
  actions: ActionsTable;
  indicators: IndicatorsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}
