// The golden legal cases (test/cases/*.csv): a table lawyers can review, run against the
// shipped record. A "hypothetical" column adds one action to the record for that case only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TreatySite } from '../src/app/site.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory, type TreatyHistory } from '../src/domain/history.js';
import { isConsent, type TreatyRecord } from '../src/domain/record.js';
import { stateDetail } from '../src/domain/state-summary.js';
import type { TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { ccm } from '../src/treaties/ccm.js';
import { anAction } from './builders.js';
import { shippedSite } from './site-harness.js';

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

function withHypothetical(record: TreatyRecord, golden: GoldenCase, rules: TreatyRules = apmbc): TreatyHistory {
  const [kind, date, flag] = golden.hypothetical.split(' ');
  if (kind !== 'withdrawal' || date === undefined) throw new Error(`unsupported hypothetical "${golden.hypothetical}"`);
  const extra = anAction(golden.iso3, date, { kind: 'withdrawal', effectSuspended: flag === 'suspended', treaty: rules.id });
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
  if (golden.expectedEntryIntoForce !== '') {
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
  let ccmSite: TreatySite;
  beforeAll(async () => {
    ccmSite = (await shippedSite()).treaties.get('ccm')!;
  });

  it('reaches the 30th instrument on 16 February 2010, when Burkina Faso and the Republic of Moldova deposited', () => {
    const general = ccmSite.history.general.value;
    expect(general?.thresholdDate).toBe('2010-02-16');
    expect(general?.thresholdDayInstruments.map((c) => c.iso3).sort()).toEqual(['BFA', 'MDA']);
    expect(general?.date).toBe('2010-08-01');
  });

  it.each(casesOf('ccm'))('$case ($iso3 on $asOf)', (golden) => {
    expectCase(golden.hypothetical === '' ? ccmSite.history : withHypothetical(ccmSite.record, golden, ccm), golden);
  });
});

describe('golden legal cases (APMBC)', () => {
  let record: TreatyRecord;
  let shipped: TreatyHistory;
  beforeAll(async () => {
    const apmbcSite = (await shippedSite()).treaties.get('apmbc')!;
    ({ record, history: shipped } = apmbcSite);
  });

  it('reaches the 40th instrument on 16 September 1998, the day Burkina Faso deposited', () => {
    const general = shipped.general.value;
    expect(general?.thresholdDate).toBe('1998-09-16');
    expect(general?.thresholdDayInstruments.map((c) => c.iso3)).toContain('BFA');
    expect(general?.date).toBe('1999-03-01');
    const consents = record.actions.filter(isConsent);
    expect(consents.filter((c) => c.date < '1998-09-16')).toHaveLength(40 - (general?.thresholdDayInstruments.length ?? 0));
  });

  it.each(cases)('$case ($iso3 on $asOf)', (golden) => {
    expectCase(golden.hypothetical === '' ? shipped : withHypothetical(record, golden), golden);
  });
});

interface StatedEntryIntoForce {
  iso3: string;
  entryIntoForce: string;
  source: string;
}

const stated = parse(readFileSync(join(import.meta.dirname, 'cases', 'apmbc-entry-into-force.csv'), 'utf8'), { columns: true }) as StatedEntryIntoForce[];

describe('entry into force as sources state it, against the engine', () => {
  let shipped: TreatyHistory;
  beforeAll(async () => {
    shipped = (await shippedSite()).treaties.get('apmbc')!.history;
  });

  it('covers most States Parties, each with a source', () => {
    expect(stated.length).toBeGreaterThanOrEqual(160);
    expect(stated.every((row) => row.source.startsWith('http'))).toBe(true);
  });

  it.each(stated)('$iso3 entered into force on $entryIntoForce', ({ iso3, entryIntoForce }) => {
    const episode = shipped.byIso3.get(iso3)?.episodes[0];
    expect(episode?.entryIntoForce.value).toBe(entryIntoForce);
  });
});
