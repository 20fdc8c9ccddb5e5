// The golden cases of obligations (test/cases/{apmbc,ccm}-obligations.csv), run against the
// shipped record. A "hypothetical" column adds, for that case only, a withdrawal ("withdrawal
// DATE") or a fact ("fact KIND [VALUE [FROM]]").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeAll } from '../src/domain/basis.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory } from '../src/domain/history.js';
import { stateObligations } from '../src/domain/obligations.js';
import type { TreatyRecord } from '../src/domain/record.js';
import type { ObligationId } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { ccm } from '../src/treaties/ccm.js';
import { anAction, anIndicator } from './builders.js';
import { shippedRecord } from './shipped-record.js';

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

const casesOf = (treaty: string) => parse(readFileSync(join(import.meta.dirname, 'cases', `${treaty}-obligations.csv`), 'utf8'), { columns: true }) as ObligationCase[];

describe.each([['apmbc', apmbc], ['ccm', ccm]] as const)('golden cases of obligations (%s)', (treaty, rules) => {
  let record: TreatyRecord;
  beforeAll(async () => {
    record = await shippedRecord(treaty);
  });

  it.each(casesOf(treaty))('$case ($iso3 $obligation on $asOf)', (golden) => {
    const [kind, arg, value, from] = golden.hypothetical.split(' ');
    const actions = kind === 'withdrawal' ? [...record.actions, anAction(golden.iso3, arg!, { kind: 'withdrawal', treaty })] : record.actions;
    const fact = anIndicator(golden.iso3, arg ?? '', { treaty, value: value ?? null, ...(from === undefined ? {} : { from }) });
    const facts = kind === 'fact' ? [...record.indicators, fact] : record.indicators;
    const history = buildHistory({ ...record, actions }, rules);
    const state = history.byIso3.get(golden.iso3)!;
    const answer = stateObligations(history, state, facts, calendarDate(golden.asOf))?.[golden.obligation];
    expect(answer?.deadline).toBe(golden.expectedDeadline);
    expect(answer?.status).toBe(golden.expectedStatus);
    expect(citeAll(answer?.basis ?? [])).toBe(golden.expectedBasis);
  });
});
