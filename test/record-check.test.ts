// `adherence check` on the shipped record, and on broken copies of it: each break is caught
// with the file, the line and the rule.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, shippedData } from './cli-harness.js';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'adherence-record-'));
  copies.push(dir);
  cpSync(shippedData, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

const appendRow = (row: string) => (text: string) => `${text}${row}\n`;
const src = 'https://example.org/test';

describe('adherence check', () => {
  it('passes on the shipped record', async () => {
    const { code, out } = await cli(['check']);
    expect(code).toBe(0);
    expect(out).toMatch(/the record is valid \(197 States/);
  });

  it.each([
    ['a row without a source', 'apmbc/actions.csv', (t: string) => t.replace(/^(CAN,signature,1997-12-03,,,,)[^,\n]*/m, '$1'), /apmbc\/actions\.csv:\d+: source: "" every row needs a source \[format\]/],
    ['an impossible date', 'apmbc/actions.csv', (t: string) => t.replace('AUS,ratification,1999-01-14', 'AUS,ratification,1999-02-30'), /apmbc\/actions\.csv:\d+: date: "1999-02-30" must be a real calendar date/],
    ['an unknown action kind', 'apmbc/actions.csv', appendRow(`USA,ratifcation,2001-01-01,,,,${src},`), /kind: "ratifcation" must be one of/],
    ['an action by a State not in the record', 'apmbc/actions.csv', appendRow(`XXX,accession,2001-01-01,,,,${src},`), /iso3: XXX is not a State in the record \[references\]/],
    ['a date in the future', 'apmbc/actions.csv', appendRow(`USA,accession,2027-01-01,,,,${src},`), /accession dated 2027-01-01 is after today/],
    ['a signature after entry into force', 'apmbc/actions.csv', appendRow(`USA,signature,2000-01-01,,,,${src},`), /signature on 2000-01-01 is after signature closed at entry into force \(1999-03-01\) \[Art\. 15\]/],
    ['a ratification by a non-signatory', 'apmbc/actions.csv', appendRow(`CHN,ratification,2001-01-01,,,,${src},`), /ratification on 2001-01-01 by a State that had not signed.*\[Art\. 16\]/],
    ['an accession by a signatory', 'apmbc/actions.csv', (t: string) => t.replace('AUS,ratification,1999-01-14', 'AUS,accession,1999-01-14'), /accession on 1999-01-14 by a signatory.*\[Art\. 16\]/],
    ['a second consent without withdrawal', 'apmbc/actions.csv', appendRow(`CAN,ratification,2005-01-01,,,,${src},`), /while already bound .*\[one-consent\]/],
    ['a withdrawal by a non-party', 'apmbc/actions.csv', appendRow(`USA,withdrawal,2020-01-01,,,,${src},`), /withdrawal on 2020-01-01 by a State for which the treaty was not in force \[Art\. 20\(3\)\]/],
    ['a succession without a bound predecessor', 'apmbc/actions.csv', appendRow(`PSE,succession,2020-01-01,2020-01-01,,,${src},`), /no predecessor in the record had consented/],
    ['a succession without its effective date', 'apmbc/actions.csv', appendRow(`PSE,succession,2020-01-01,,,,${src},`), /effectiveDate: "" a succession needs the date from which it takes effect/],
    ['a State listed twice', 'states.csv', (t: string) => t + t.split('\n')[1] + '\n', /states\.csv:199: iso3: AFG appears more than once \[unique\]/],
    ['a bad M49 code', 'states.csv', (t: string) => t.replace(/^AFG,Afghanistan,004/m, 'AFG,Afghanistan,4'), /states\.csv:2: m49: "4" must be a three-digit UN M49 code/],
    ['an unknown indicator', 'apmbc/indicators.csv', appendRow(`USA,produced,,1990,,confirmed,${src},`), /indicator: "produced" must be one of/],
    ['a malformed CSV file', 'apmbc/indicators.csv', appendRow('USA,"unclosed'), /apmbc\/indicators\.csv:\d+: .*\[csv\]/],
  ])('fails on %s, naming the file, line and rule', async (_what, file, change, message) => {
    const { code, err } = await cli(['check'], { dataDir: brokenCopy(file, change) });
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).toMatch(/adherence check: \d+ problem\(s\) in the record/);
  });

  it('refuses to fill a new store from a broken record, naming the bad row', async () => {
    const dir = brokenCopy('apmbc/actions.csv', appendRow(`USA,ratifcation,2001-01-01,,,,${src},`));
    const { code, err } = await cli(['status'], { dataDir: dir });
    expect(code).toBe(1);
    expect(err).toMatch(/cannot fill the new database .*apmbc\/actions\.csv:\d+: kind: "ratifcation" must be one of/);
  });
});
