// The golden cases of obligations (test/cases/apmbc-obligations.csv), run against the shipped
// record. A "hypothetical" column adds a withdrawal or a fact for that case only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TreatySite } from '../src/app/site.js';
import { citeAll } from '../src/domain/basis.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory } from '../src/domain/history.js';
import { stateObligations } from '../src/domain/obligations.js';
import type { ObligationId } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { anAction, anIndicator } from './builders.js';
import { shippedSite } from './site-harness.js';

interface ObligationCase {
  case: string;
  iso3: string;
  asOf: string;
  hypothetical: string;
  obligation: ObligationId;
  expectedDeadline: string;
  expectedStatus: string;
  expectedBasis: string;
}

const cases = parse(readFileSync(join(import.meta.dirname, 'cases', 'apmbc-obligations.csv'), 'utf8'), { columns: true }) as ObligationCase[];

describe('golden cases of obligations (APMBC)', () => {
  let shipped: TreatySite;
  beforeAll(async () => {
    shipped = (await shippedSite()).treaties.get('apmbc')!;
  });

  it.each(cases)('$case ($iso3 $obligation on $asOf)', (golden) => {
    const [kind, arg] = golden.hypothetical.split(' ');
    const record = shipped.record;
    const actions = kind === 'withdrawal' ? [...record.actions, anAction(golden.iso3, arg!, { kind: 'withdrawal' })] : record.actions;
    const facts = kind === 'fact' ? [...record.indicators, anIndicator(golden.iso3, arg!)] : record.indicators;
    const history = kind === 'withdrawal' ? buildHistory({ ...record, actions }, apmbc) : shipped.history;
    const state = history.byIso3.get(golden.iso3)!;
    const answer = stateObligations(history, state, facts, calendarDate(golden.asOf))?.[golden.obligation];
    expect(answer?.deadline).toBe(golden.expectedDeadline);
    expect(answer?.status).toBe(golden.expectedStatus);
    expect(citeAll(answer?.basis ?? [])).toBe(golden.expectedBasis);
  });
});
