// The golden legal cases (test/cases/*.csv): a table lawyers can review, run against the
// shipped record. A "hypothetical" column adds one action to the record for that case only. Each
// case builds the history itself, so that mutation testing (npm run mutate) knows which case ran
// which rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory, type TreatyHistory } from '../src/domain/history.js';
import { recordViolations } from '../src/domain/rules/validity.js';
import { isConsent, type Action, type TreatyRecord } from '../src/domain/record.js';
import { stateDetail } from '../src/domain/state-summary.js';
import type { TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { ccm } from '../src/treaties/ccm.js';
import { anAction } from './builders.js';
import { shippedRecord } from './shipped-record.js';

interface GoldenCase {
  case: string;
  iso3: string;
  asOf: string;
  hypothetical: string;
  expectedStatus: string;
  expectedEntryIntoForce: string;
  expectedBasis: string;
  expectedWithdrawalEffective: string;
  note: string;
}

const casesOf = (treaty: string) => parse(readFileSync(join(import.meta.dirname, 'cases', `${treaty}.csv`), 'utf8'), { columns: true }) as GoldenCase[];
const cases = casesOf('apmbc');

/**
 * The hypothetical action of a case, added to the record for that case only:
 * "withdrawal DATE [suspended] [EFFECTIVE]" (no effective date unless one is given),
 * "succession DATE EFFECTIVE", or "KIND DATE" for any other kind.
 */
function hypotheticalAction(iso3: string, hypothetical: string, treaty: string): Action {
  const [kind, date, ...rest] = hypothetical.split(' ');
  if (kind === undefined || date === undefined) throw new Error(`unsupported hypothetical "${hypothetical}"`);
  if (kind === 'withdrawal') {
    const suspended = rest[0] === 'suspended';
    const effectiveDate = suspended ? rest[1] : rest[0];
    return anAction(iso3, date, { kind, effectSuspended: suspended, treaty, ...(effectiveDate === undefined ? {} : { effectiveDate }) });
  }
  if (kind === 'succession') {
    if (rest[0] === undefined) throw new Error(`a hypothetical succession needs its effective date: "${hypothetical}"`);
    return anAction(iso3, date, { kind, effectiveDate: rest[0], treaty });
  }
  return anAction(iso3, date, { kind: kind as 'signature', treaty });
}

/** The history of the record, with the case's hypothetical action when it has one. */
function withHypothetical(record: TreatyRecord, golden: Pick<GoldenCase, 'iso3' | 'hypothetical'>, rules: TreatyRules = apmbc): TreatyHistory {
  if (golden.hypothetical === '') return buildHistory(record, rules);
  const extra = hypotheticalAction(golden.iso3, golden.hypothetical, rules.id);
  return buildHistory({ ...record, actions: [...record.actions, extra] }, rules);
}

function expectCase(history: TreatyHistory, golden: GoldenCase): void {
  const state = history.byIso3.get(golden.iso3);
  expect(state, `${golden.iso3} is in the record`).toBeDefined();
  const detail = stateDetail(history, state!, calendarDate(golden.asOf));
  if (golden.expectedStatus === 'absent') {
    expect(detail).toBeNull();
    return;
  }
  expect(detail?.status).toBe(golden.expectedStatus);
  if (golden.expectedEntryIntoForce === 'unknown') {
    expect(detail?.entryIntoForce).toBeNull();
  } else if (golden.expectedEntryIntoForce !== '') {
    expect(detail?.entryIntoForce).toBe(golden.expectedEntryIntoForce);
    expect(detail?.entryIntoForceBasis).toBe(golden.expectedBasis);
  }
  if (golden.expectedWithdrawalEffective === 'suspended') {
    expect(detail?.withdrawal).toMatchObject({ effective: null, suspended: true });
  } else if (golden.expectedWithdrawalEffective !== '') {
    expect(detail?.withdrawal?.effective).toBe(golden.expectedWithdrawalEffective);
  }
}

describe('golden legal cases (CCM)', () => {
  let record: TreatyRecord;
  beforeAll(async () => {
    record = await shippedRecord('ccm');
  });

  it('reaches the 30th instrument on 16 February 2010, when Burkina Faso and the Republic of Moldova deposited', () => {
    const general = buildHistory(record, ccm).general.value;
    expect(general?.thresholdDate).toBe('2010-02-16');
    expect(general?.thresholdDayInstruments.map((c) => c.iso3).sort()).toEqual(['BFA', 'MDA']);
    expect(general?.date).toBe('2010-08-01');
  });

  it.each(casesOf('ccm'))('$case ($iso3 on $asOf)', (golden) => {
    expectCase(withHypothetical(record, golden, ccm), golden);
  });
});

describe('golden legal cases (APMBC)', () => {
  let record: TreatyRecord;
  beforeAll(async () => {
    record = await shippedRecord('apmbc');
  });

  it('reaches the 40th instrument on 16 September 1998, when Burkina Faso and Equatorial Guinea deposited', () => {
    const general = buildHistory(record, apmbc).general.value;
    expect(general?.thresholdDate).toBe('1998-09-16');
    expect(general?.thresholdDayInstruments.map((c) => c.iso3).sort()).toEqual(['BFA', 'GNQ']);
    expect(general?.date).toBe('1999-03-01');
    // data/apmbc/actions.csv: 38 instruments before that day, so its two make the 39th and 40th.
    const consents = record.actions.filter(isConsent);
    expect(consents.filter((c) => c.date < '1998-09-16')).toHaveLength(38);
  });

  it.each(cases)('$case ($iso3 on $asOf)', (golden) => {
    expectCase(withHypothetical(record, golden), golden);
  });
});

interface ValidityCase {
  case: string;
  iso3: string;
  hypothetical: string;
  expectedRule: string;
  expectedMessage: string;
}

const validityCases = parse(readFileSync(join(import.meta.dirname, 'cases', 'apmbc-validity.csv'), 'utf8'), { columns: true }) as ValidityCase[];

describe('golden cases of the final clauses (APMBC Arts. 15, 16, 20): what adherence check refuses', () => {
  const today = calendarDate('2026-11-26');
  let record: TreatyRecord;
  beforeAll(async () => {
    record = await shippedRecord('apmbc');
  });

  it('finds nothing to refuse in the shipped record', () => {
    expect(recordViolations(buildHistory(record, apmbc), today)).toEqual([]);
  });

  it.each(validityCases)('$case ($iso3: $hypothetical)', (golden) => {
    const found = recordViolations(withHypothetical(record, golden), today).filter((v) => v.iso3 === golden.iso3);
    if (golden.expectedRule === '') {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map(({ rule, message }) => ({ rule, message }))).toContainEqual({ rule: golden.expectedRule, message: expect.stringContaining(golden.expectedMessage) });
  });
});

interface StatedEntryIntoForce {
  iso3: string;
  entryIntoForce: string;
  source: string;
}

const stated = parse(readFileSync(join(import.meta.dirname, 'cases', 'apmbc-entry-into-force.csv'), 'utf8'), { columns: true }) as StatedEntryIntoForce[];

describe('entry into force as sources state it, against the engine', () => {
  let record: TreatyRecord;
  beforeAll(async () => {
    record = await shippedRecord('apmbc');
  });

  it('covers most States Parties, each with a source', () => {
    expect(stated).toHaveLength(164);
    expect(stated.every((row) => row.source.startsWith('http'))).toBe(true);
  });

  it.each(stated)('$iso3 entered into force on $entryIntoForce', ({ iso3, entryIntoForce }) => {
    const episode = buildHistory(record, apmbc).byIso3.get(iso3)?.episodes[0];
    expect(episode?.entryIntoForce.value).toBe(entryIntoForce);
  });
});
