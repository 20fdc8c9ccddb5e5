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
const monitor = 'https://the-monitor.org/en-gb/reports/2015/test.aspx';
const untc = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26';

describe('adherence check', () => {
  it('passes on the shipped record', async () => {
    const { code, out } = await cli(['check']);
    expect(code).toBe(0);
    expect(out).toMatch(/the record is valid \(197 States; apmbc: \d+ actions, \d+ indicators/);
    // The grade each file's facts rest on: every depositary action on the depositary itself.
    expect(out).toMatch(/apmbc\/actions\.csv\s+(\d+)\s+0\s+\d+\s+0\s+0\n/);
    expect(out).toMatch(/states\.csv\s+\d+\s+\d+\s+0\s+0\s+0\n/);
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
    ['a withdrawal effective on another date than the treaty gives', 'apmbc/actions.csv', (t: string) => t.replace('FIN,withdrawal,2025-07-10,2026-01-10,', 'FIN,withdrawal,2025-07-10,2025-12-10,'), /withdrawal on 2025-07-10 with effect from 2025-12-10: the treaty gives 2026-01-10 \(6 months after receipt\).*\[Art\. 20\(3\)\]/],
    ['a suspended withdrawal effective before the period ends', 'apmbc/actions.csv', (t: string) => t.replace('FIN,withdrawal,2025-07-10,2026-01-10,,', 'FIN,withdrawal,2025-07-10,2025-12-10,yes,'), /a suspended withdrawal takes effect no earlier than 2026-01-10 \[Art\. 20\(3\)\]/],
    ['a succession without a bound predecessor', 'apmbc/actions.csv', appendRow(`PSE,succession,2020-01-01,2020-01-01,,,${src},`), /no predecessor in the record had consented/],
    ['a succession without its effective date', 'apmbc/actions.csv', appendRow(`PSE,succession,2020-01-01,,,,${src},`), /effectiveDate: "" a succession needs the date from which it takes effect/],
    ['a State listed twice', 'states.csv', (t: string) => t + t.split('\n')[1] + '\n', /states\.csv:199: iso3: AFG appears more than once \[unique\]/],
    ['a bad M49 code', 'states.csv', (t: string) => t.replace(/^(AFG,Afghanistan,[^,]+,[^,]+,)004/m, '$14'), /states\.csv:2: m49: "4" must be a three-digit UN M49 code/],
    ['an indicator of a kind the treaty does not declare', 'apmbc/indicators.csv', appendRow(`USA,producer,,,1990,1999,confirmed,${monitor},`), /indicator: "producer" is not a kind of fact of the apmbc record; use one of produced, /],
    ['a period that ends before it begins', 'apmbc/indicators.csv', appendRow(`USA,used,,1995,1991,1999,confirmed,${monitor},`), /until: "1991" is before from \(1995\)/],
    ['a stockpile estimate that is not a number', 'apmbc/indicators.csv', appendRow(`USA,stockpile-estimate,about 3 million,2014,,2014,confirmed,${monitor},`), /value: "about 3 million" must be a whole number/],
    ['a fact with no date of report', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,,confirmed,${monitor},`), /reported: every fact needs the date \(or year\) its source was published \[reported\]/],
    ['a source polluted by a scanner', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,1999,confirmed,${monitor}?L=0%26nslookup%20x.oast.me,`), /contains a fragment of a shell command or template.*\[source-url\]/],
    ['a source with a tracking query', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,1999,confirmed,${monitor}?utm_source=newsletter,`), /has a tracking parameter \(utm_source\).*\[source-url\]/],
    ['a fact resting only on a blog', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,1999,confirmed,${src},`), /source: rests only on sources graded "other".*\[source-grade\]/],
    ['a fact resting only on the press, not marked uncertain', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,1999,confirmed,https://www.reuters.com/world/x,`), /source: rests only on press sources: mark it uncertain.*\[source-grade\]/],
    ['a consent resting only on a monitor', 'apmbc/actions.csv', appendRow(`CHN,accession,2001-01-01,,,,${monitor},`), /source: rests on monitor sources only; this fact needs a depositary or official source \[source-grade\]/],
    ['a working note in a published file', 'apmbc/indicators.csv', appendRow(`USA,used,,1991,1991,1999,confirmed,${monitor},date not seen; verify against UNTC`), /note: "not seen" reads as a working note.*\[working-note\]/],
    ['a depositary page cited for an action after its "as at" date', 'apmbc/actions.csv', appendRow(`CHN,accession,2026-03-01,,,,${untc},`), /shows the status as at 2026-02-03, before this accession of 2026-03-01 \[depositary-as-at\]/],
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
    expect(err).toMatch(/cannot fill the database .*apmbc\/actions\.csv:\d+: kind: "ratifcation" must be one of/);
  });
});
