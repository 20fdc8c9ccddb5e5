// The shipped data/ carries the Frictionless descriptor that export-data writes, and every row of
// every file is valid against it: types, constraints, primary keys, foreign keys.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackage, dataPackageFile, dataPackageJson } from '../src/app/data-package.js';
import { treaties } from '../src/app/treaties.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { referenceFiles, treatyFiles } from '../src/store/csv-layout.js';
import { validatePackage } from './data-package-validator.js';
import { fixtureRecord } from './record-fixture.js';

const data = join(import.meta.dirname, '..', 'data');
const shippedParts = { reference: true, treaties: [...treaties.values()].map((rules) => ({ id: rules.id, rules })), paths: { reference: referenceFiles, treaty: treatyFiles } };
const readShipped = (path: string) => readFile(join(data, path), 'utf8');

describe('the data package', () => {
  it('is shipped in data/ as export-data writes it', async () => {
    expect(await readShipped(dataPackageFile)).toBe(dataPackageJson(shippedParts));
  });

  it('describes every file of data/, and every row is valid against it', async () => {
    const descriptor = JSON.parse(await readShipped(dataPackageFile)) as { resources: { path: string }[] };
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...Object.values(referenceFiles), ...[...treaties.keys()].flatMap((t) => Object.values(treatyFiles(t)))].sort());
    expect(await validatePackage(descriptor, readShipped)).toEqual([]);
  });

  it('is written by export-data beside the files, which satisfy it (quotes, commas, letters beyond ASCII)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'adherence-package-'));
    try {
      await csvRecordFiles.write(dir, fixtureRecord(['apmbc', 'ccm']));
      const descriptor: unknown = JSON.parse(await readFile(join(dir, dataPackageFile), 'utf8'));
      expect(await validatePackage(descriptor, (path) => readFile(join(dir, path), 'utf8'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the States a treaty’s folder refers to only when the package has them', () => {
    const alone = dataPackage({ ...shippedParts, reference: false });
    expect(alone.resources.map((r) => r.name)).toEqual(['apmbc-actions', 'apmbc-indicators', 'apmbc-conflicts', 'ccm-actions', 'ccm-indicators', 'ccm-conflicts']);
    expect(alone.resources.flatMap((r) => r.schema.foreignKeys ?? [])).toEqual([]);
  });
});

describe('the validator', () => {
  const descriptor = dataPackage(shippedParts);
  /** The shipped files with one line of one file replaced. */
  const withLine = (path: string, line: number, text: string) => async (p: string) => {
    const content = await readShipped(p);
    if (p !== path) return content;
    const lines = content.split('\n');
    lines[line - 1] = text;
    return lines.join('\n');
  };
  const lineOf = async (path: string, line: number) => (await readShipped(path)).split('\n')[line - 1] ?? '';

  it('finds a bad date, a value outside its enum, a pattern broken, a required value missing', async () => {
    const row = (await lineOf('apmbc/actions.csv', 2)).split(',');
    const bad = [row[0], 'ratifcation', '2002-02-30', ...row.slice(3)].join(',');
    expect(await validatePackage(descriptor, withLine('apmbc/actions.csv', 2, bad))).toEqual([
      'apmbc-actions:2: kind: "ratifcation" is not one of signature, ratification, acceptance, approval, accession, succession, withdrawal, declaration, provisional-application, territorial-application',
      'apmbc-actions:2: date: "2002-02-30" is not of type date',
    ]);
    const states = (await lineOf('states.csv', 2)).split(',');
    const problems = await validatePackage(descriptor, withLine('states.csv', 2, ['Afg', '', ...states.slice(2)].join(',')));
    expect(problems.slice(0, 2)).toEqual(['states:2: iso3: "Afg" does not match [A-Z]{3}', 'states:2: name: a value is required']);
    expect(problems).toContain('apmbc-actions:2: iso3 ["AFG"] is not a iso3 of states');
  });

  it('finds a duplicate primary key and a reference to nothing', async () => {
    const second = await lineOf('states.csv', 3);
    const problems = await validatePackage(descriptor, withLine('states.csv', 2, second));
    expect(problems[0]).toMatch(/^states:3: primary key iso3 \["AGO"\] is not unique$/);
    expect(problems).toContain('apmbc-actions:2: iso3 ["AFG"] is not a iso3 of states');
    const region = (await lineOf('states.csv', 3)).replace(',002,202,017,', ',002,999,017,');
    expect(await validatePackage(descriptor, withLine('states.csv', 3, region))).toEqual(['states:3: subRegion ["999"] is not a code of regions']);
  });

  it('finds a header that is not the schema’s and a descriptor out of the specification', async () => {
    expect(await validatePackage(descriptor, withLine('regions.csv', 1, 'code,name,type,source'))).toEqual(['regions: header code,name,type,source is not the schema\'s fields code,name,kind,source']);
    expect(await validatePackage({ ...descriptor, name: 'Adherence Record' }, readShipped)).toEqual(['package: name must be lower-case letters, digits, ".", "_" or "-"']);
    const escaping = { ...descriptor, resources: descriptor.resources.map((r, i) => (i === 0 ? { ...r, path: '../states.csv' } : r)) };
    expect(await validatePackage(escaping, readShipped)).toEqual(['resource states: path must be relative, inside the package']);
  });
});
