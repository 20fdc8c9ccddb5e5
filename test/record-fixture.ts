// A whole record that passes every check (checkRecord with test/treaty-rules.ts), standing in
// for the shipped data/ in the store's and the import's tests: 45 States in four regions, graded
// sources, a treaty that entered into force, indicators of several kinds, and source conflicts.
// Text uses what CSV must quote (commas, quotes) and letters beyond ASCII.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullRecord, TreatyData } from '../src/app/ports.js';
import type { Action, Indicator, State } from '../src/domain/record.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { aConflict, aReference, aRegion, aSourceSite, aState, aTreatyData, anAction, anIndicator, iso3Codes } from './builders.js';

/** The date the fixture's checks run on. */
export const fixtureToday = '2026-01-01';

const names: readonly (readonly [string, string, string])[] = [
  ['Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)', 'Bolivia (Estado Plurinacional de)'],
  ["Côte d'Ivoire", "Côte d'Ivoire", 'Côte d’Ivoire'],
  ['Korea, Republic of', 'République de Corée (la)', 'República de Corea (la)'],
  ['Türkiye', 'Türkiye (la)', 'Türkiye'],
];

export function fixtureStates(count = 45): State[] {
  return iso3Codes(count).map((iso3, i) => {
    const [name, nameFr, nameEs] = names[i % names.length] ?? ['', '', ''];
    const african = i % 3 === 0;
    return aState({
      iso3,
      name: `${name} ${iso3}`,
      nameFr: `${nameFr} ${iso3}`,
      nameEs: `${nameEs} ${iso3}`,
      m49: String(100 + i).padStart(3, '0'),
      region: african ? '002' : '150',
      subRegion: african ? '202' : '155',
      intermediateRegion: african && i % 2 === 0 ? '017' : null,
      note: i === 4 ? 'Counted from its independence, "as the depositary lists it"' : '',
    });
  });
}

/** 40 signatories that ratify in 1998 (entry into force 1 March 1999), then accessions by the others. */
export function fixtureActions(states: readonly State[], treaty = 'apmbc'): Action[] {
  const early = states.slice(0, 40);
  const late = states.slice(40);
  return [
    ...early.map((s) => anAction(s.iso3, '1997-12-03', { kind: 'signature', treaty })),
    ...early.map((s, i) => anAction(s.iso3, `1998-0${1 + (i % 9)}-1${i % 10}`, { kind: 'ratification', treaty, cn: `C.N.${i}.1998.TREATIES-1` })),
    ...late.map((s, i) => anAction(s.iso3, `2005-0${1 + i}-15`, { kind: 'accession', treaty, note: i === 0 ? 'Deposited at New York, with a declaration' : '' })),
  ];
}

export function fixtureIndicators(states: readonly State[], treaty = 'apmbc'): Indicator[] {
  const [a, b, c, d] = states.map((s) => s.iso3);
  if (a === undefined || b === undefined || c === undefined || d === undefined) return [];
  return [
    anIndicator(a, 'produced', { treaty, until: '1996', reported: '1999' }),
    anIndicator(a, 'stockpile-estimate', { treaty, value: '26500000', from: '2019', reported: '2024' }),
    anIndicator(b, 'used', { treaty, from: '2022-02-24', until: '2023', reported: '2024-11-20' }),
    anIndicator(c, 'affected', { treaty, reported: '2025', confidence: 'uncertain', source: 'https://press.example.net/report' }),
    anIndicator(d, 'art5-extension', { treaty, value: '2030-03-01', from: '2024-11-29', reported: '2024', note: 'Set by the Fifth Review Conference, "as extended"' }),
  ];
}

export function fixtureTreaty(states: readonly State[], treaty = 'apmbc'): TreatyData {
  return aTreatyData(treaty, {
    actions: fixtureActions(states, treaty),
    indicators: fixtureIndicators(states, treaty),
    conflicts: [aConflict(`${treaty}/actions.csv`, `${states[0]?.iso3 ?? 'QAA'} ratification`)],
  });
}

/** The whole fixture record: the reference and the given treaties' records (by default apmbc). */
export function fixtureRecord(treaties: readonly string[] = ['apmbc'], stateCount = 45): FullRecord {
  const states = fixtureStates(stateCount);
  return {
    reference: aReference({
      states,
      regions: [aRegion('002', 'region', 'Africa'), aRegion('150', 'region', 'Europe'), aRegion('155', 'sub-region', 'Western Europe'), aRegion('202', 'sub-region', 'Sub-Saharan Africa'), aRegion('017', 'intermediate-region', 'Middle Africa')],
      sources: [aSourceSite('example.org', { publisher: 'Example, the depositary’s mirror' }), aSourceSite('press.example.net', { grade: 'press' })],
      conflicts: [aConflict('states.csv', `${states[1]?.iso3 ?? 'QAB'} unMemberFrom`, { field: 'unMemberFrom' })],
    }),
    treaties: treaties.map((treaty) => fixtureTreaty(states, treaty)),
  };
}

/** The fixture written as a data directory under a new temporary directory (the caller removes it). */
export async function fixtureDir(record: FullRecord = fixtureRecord(), parent?: string): Promise<string> {
  const dir = parent ?? (await mkdtemp(join(tmpdir(), 'adherence-fixture-')));
  await csvRecordFiles.write(dir, record);
  return dir;
}
