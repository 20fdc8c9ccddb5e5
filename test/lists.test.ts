// The published lists: the PDF's text (pdftotext) names exactly the States of the JSON list, with
// the same dates, for several dates in every language; CSV and XLSX, read by real parsers, hold
// the JSON's rows; hostile names are neutralised; the same request gives the same bytes; the
// site and the CLI serve them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { site, type Site, type TreatySite } from '../src/app/site.js';
import { stateList, listNames } from '../src/app/state-lists.js';
import { treaties } from '../src/app/treaties.js';
import { calendarDate, type CalendarDate } from '../src/domain/calendar-date.js';
import { countsOn } from '../src/domain/counts.js';
import type { ConsentKind } from '../src/domain/record.js';
import { messages } from '../src/views/i18n/index.js';
import { formatDate, languages, type Language } from '../src/views/i18n/locale.js';
import { listFile, tableFor, type ListRequest } from '../src/views/lists/list-file.js';
import { listText } from '../src/views/lists/list-text.js';
import type { ListJson } from '../src/views/lists/list-json.js';
import { cli } from './cli-harness.js';
import { fixtureRecord } from './record-fixture.js';
import { shippedSite, testServer } from './site-harness.js';

const pdftotext = '/usr/bin/pdftotext';
const havePdftotext = existsSync(pdftotext);
if (!havePdftotext && process.env.ADHERENCE_REQUIRE_PDFTOTEXT === '1') throw new Error('pdftotext (poppler-utils) is required');
if (!havePdftotext) console.warn('pdftotext (poppler-utils) not found: the PDF text tests are skipped');

let shipped: Site;
let apmbc: TreatySite;
beforeAll(async () => {
  shipped = await shippedSite();
  apmbc = shipped.treaties.get('apmbc')!;
});

const request = (list: ListRequest['list'], format: ListRequest['format'], asOf: string, lang: Language = 'en', paper: ListRequest['paper'] = 'a4'): ListRequest => ({
  list, format, asOf: calendarDate(asOf), basis: 'un-members-and-parties', lang, paper,
});

async function jsonList(s: Site, t: TreatySite, list: ListRequest['list'], asOf: string, lang: Language = 'en'): Promise<ListJson> {
  return JSON.parse((await listFile(s, t, request(list, 'json', asOf, lang))).body.toString('utf8')) as ListJson;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a PDF row prints for a JSON row, cell by cell, as a reader would check it by hand. */
function printedRow(list: string, row: Readonly<Record<string, string | null>>, lang: Language, apart: boolean): string {
  const t = messages[lang];
  const l = t.lists;
  const v = (column: string) => row[column] ?? null;
  const date = (d: string | null, otherwise: string) => (d === null ? otherwise : formatDate(d, lang));
  const consent = v('consentDate');
  const acceptance = consent === null ? '' : l.acceptance(formatDate(consent, lang), t.consentKinds[v('consentKind') as ConsentKind]);
  const effective = v('withdrawalDeposited') === null ? '' : v('withdrawalSuspended') === 'yes' ? l.suspended : date(v('withdrawalEffective'), '');
  const cells =
    list === 'states-not-party'
      ? [v('name') ?? '', date(v('signature'), l.notSigned), effective]
      : apart
        ? [v('name') ?? '', acceptance, date(v('entryIntoForce'), ''), date(v('withdrawalDeposited'), ''), effective]
        : [v('name') ?? '', acceptance, date(v('entryIntoForce'), l.notYetInForce)];
  return words(cells.filter((c) => c !== '').join(' '));
}

describe.skipIf(!havePdftotext)('the PDF lists', () => {
  const cases: [ListRequest['list'], string, Language][] = [
    ['states-parties', '1999-03-01', 'en'],
    ['states-parties', '2015-06-01', 'fr'],
    ['states-parties', '2026-11-26', 'es'],
    ['states-not-party', '2015-06-01', 'en'],
    ['states-not-party', '2026-11-26', 'fr'],
    ['states-not-party', '1998-06-01', 'es'],
  ];
  it.each(cases)('%s on %s in %s: the text lists exactly the JSON list’s States, in order, with its dates', async (list, asOf, lang) => {
    const json = await jsonList(shipped, apmbc, list, asOf, lang);
    const pdf = await listFile(shipped, apmbc, request(list, 'pdf', asOf, lang));
    const dir = await mkdtemp(join(tmpdir(), 'adherence-pdf-'));
    try {
      const path = join(dir, 'list.pdf');
      await import('node:fs/promises').then((fs) => fs.writeFile(path, pdf.body));
      const raw = execFileSync(pdftotext, ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      const t = messages[lang];
      const l = t.lists;
      // Each page ends with its running header and its page number, drawn once the pages are counted.
      const pages = raw.split('\f').filter((p) => p.trim() !== '').map((p) => p.split('\n').filter((line) => line.trim() !== ''));
      pages.forEach((lines, i) => {
        expect(words(lines.at(-1)!)).toBe(words(l.page(i + 1, pages.length)));
        expect(words(lines.at(-2)!)).toContain(words(t.asOfHeading(formatDate(asOf, lang))));
      });
      const headers = (apart: boolean) =>
        words(list === 'states-not-party'
          ? [l.columns.state, l.columns.signature, l.columns.withdrawalEffective].join(' ')
          : apart
            ? [l.columns.state, l.columns.acceptance, l.columns.entryIntoForce, l.columns.withdrawalDeposited, l.columns.withdrawalEffective].join(' ')
            : [l.columns.state, l.columns.acceptance, l.columns.entryIntoForce].join(' '));
      let body = words(pages.map((lines) => lines.slice(0, -2).join(' ')).join(' '));
      // The header row opens each table and is repeated on each page it continues on.
      for (const h of [headers(true), headers(false)]) body = words(body.split(` ${h} `).join(' '));
      const main = json.rows.filter((r) => list === 'states-not-party' || (r.status !== 'withdrawal-pending' && r.status !== 'withdrawn'));
      const apart = json.rows.filter((r) => !main.includes(r));
      const rowsText = (rows: typeof main, apartRows: boolean) => rows.map((r) => printedRow(list, r, lang, apartRows)).join(' ');
      const text = listText(tableFor(shipped, apmbc, request(list, 'pdf', asOf, lang)), countsOn(apmbc.history, calendarDate(asOf), 'un-members-and-parties'), apmbc);
      const intro = [text.title, text.subtitle ?? '', text.asOf, text.counts, text.basis, text.source];
      const sections =
        list === 'states-parties'
          ? [main.length === 0 ? l.none : rowsText(main, false), l.withdrawingHeading, apart.length === 0 ? l.none : rowsText(apart, true)]
          : [main.length === 0 ? l.none : rowsText(main, false)];
      // The whole text, less headers and page numbers, is the introduction and the rows: no State is printed that the JSON does not list.
      expect(body).toBe(words([...intro, ...sections].join(' ')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('embeds its fonts, is tagged, and gives the same bytes for the same request; Letter paper is Letter', async () => {
    const a = await listFile(shipped, apmbc, request('states-parties', 'pdf', '2020-01-01', 'fr'));
    const b = await listFile(shipped, apmbc, request('states-parties', 'pdf', '2020-01-01', 'fr'));
    expect(a.body.equals(b.body)).toBe(true);
    const text = a.body.toString('latin1');
    expect(text).toMatch(/\/FontFile2 /);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(text).toMatch(/\/Marked true/);
    expect(text).toContain('/Lang (fr)');
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const letter = await listFile(shipped, apmbc, request('states-parties', 'pdf', '2020-01-01', 'fr', 'letter'));
    expect(letter.body.toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
    expect(letter.fileName).toBe('apmbc-states-parties-2020-01-01-fr-letter.pdf');
  });
});

describe('the lists as data', () => {
  it('hold the States the counts count, on every date', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_500 }), async (offset) => {
        const asOf = calendarDate(new Date(Date.UTC(1997, 11, 3 + offset)).toISOString().slice(0, 10)) as CalendarDate;
        const counts = countsOn(apmbc.history, asOf, 'un-members-and-parties');
        const parties = stateList(apmbc, 'states-parties', asOf, 'un-members-and-parties');
        const notParty = stateList(apmbc, 'states-not-party', asOf, 'un-members-and-parties');
        expect(parties.rows.filter((r) => r.status !== 'withdrawn')).toHaveLength(counts.formallyAccepted);
        expect(parties.rows.filter((r) => r.section === 'withdrawing')).toHaveLength(counts.withdrawalPending + counts.withdrawn);
        expect(notParty.rows).toHaveLength(counts.notParties);
        expect(notParty.rows.filter((r) => r.status === 'withdrawn')).toHaveLength(counts.withdrawn);
      }),
      { numRuns: 40 },
    );
  });

  it.each(listNames)('%s: CSV and XLSX, read by real parsers, hold the JSON’s rows and columns', async (list) => {
    for (const lang of languages) {
      const json = await jsonList(shipped, apmbc, list, '2026-11-26', lang);
      const csv = parse((await listFile(shipped, apmbc, request(list, 'csv', '2026-11-26', lang))).body, { columns: true, bom: true }) as Record<string, string>[];
      expect(csv.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : v])))).toEqual(json.rows);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await listFile(shipped, apmbc, request(list, 'xlsx', '2026-11-26', lang))).body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(list)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(json.columns);
      const rows: Record<string, string | null>[] = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const values = json.columns.map((_, i) => {
          const v = row.getCell(i + 1).value;
          return v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? null : String(v);
        });
        rows.push(Object.fromEntries(json.columns.map((c, i) => [c, values[i] ?? null])));
      });
      expect(rows).toEqual(json.rows);
      expect(workbook.getWorksheet('about')!.getRow(1).getCell(1).value).toMatch(list === 'states-parties' ? /Parties|parties|partes/ : /not party|non parties|no son partes/);
    }
  });

  it('neutralise every cell a spreadsheet would run, in CSV and XLSX, and keep it verbatim in JSON', async () => {
    const record = fixtureRecord();
    const hostile = ['=HYPERLINK("http://x","y")', '+SUM(1)', '-2+3', '@cmd', '\tTab', '\rReturn'];
    const states = record.reference.states.map((s, i) => (i < hostile.length ? { ...s, name: hostile[i]! } : s));
    const s = site({ ...record, reference: { ...record.reference, states } }, [treaties.get('apmbc')!]);
    const t = s.treaties.get('apmbc')!;
    const json = await jsonList(s, t, 'states-parties', '2026-01-01');
    expect(json.rows.map((r) => r.name)).toEqual(expect.arrayContaining(hostile));
    const csv = parse((await listFile(s, t, request('states-parties', 'csv', '2026-01-01'))).body, { columns: true }) as Record<string, string>[];
    for (const h of hostile) expect(csv.map((r) => r.name)).toContain(`'${h}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await listFile(s, t, request('states-parties', 'xlsx', '2026-01-01'))).body as unknown as ArrayBuffer);
    const names: unknown[] = [];
    workbook.getWorksheet('states-parties')!.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
    });
    // exceljs reads a lone carriage return back as a line feed: compare what a reader sees after the apostrophe.
    for (const h of hostile) expect(names).toContain(`'${h.replace('\r', '\n')}`);
    expect(names.every((v) => typeof v === 'string')).toBe(true);
  });
});

describe('the lists on the site and the command line', () => {
  it('serves each list in each format with its date in the file name, and links the PDFs from the status page with their sizes', async () => {
    const app = await testServer('2026-11-26');
    const page = await app.inject({ url: '/fr/apmbc/' });
    const link = /<a href="(\/fr\/apmbc\/lists\/states-parties\.pdf[^"]*)">[^<]+<\/a> \(PDF, (\d+)\u00a0Ko\)/.exec(page.body);
    expect(link).not.toBeNull();
    const pdf = await app.inject({ url: link![1]!.replaceAll('&amp;', '&') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="apmbc-states-parties-2026-11-26-fr.pdf"');
    expect(Math.round(pdf.rawPayload.length / 1024)).toBe(Number(link![2]));
    // Another date's page links the same lists for its date, without making them to weigh them.
    const past = await app.inject({ url: '/fr/apmbc/?asOf=2015-06-01' });
    expect(past.body).toMatch(/<a href="\/fr\/apmbc\/lists\/states-parties\.pdf\?asOf=2015-06-01&amp;basis=un-members-and-parties">[^<]+<\/a> \(PDF\)/);
    for (const format of ['csv', 'xlsx', 'json']) {
      const file = await app.inject({ url: `/apmbc/lists/states-not-party.${format}?asOf=2015-06-01`, headers: { 'accept-language': 'es' } });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="apmbc-states-not-party-2015-06-01-es.${format}"`);
      expect(file.headers.vary).toContain('Accept-Language');
      expect(file.headers.etag).toBeDefined();
    }
    const json = JSON.parse((await app.inject({ url: '/en/ccm/lists/states-parties.json?asOf=2025-01-01' })).body) as ListJson;
    expect(json.rows.find((r) => r.iso3 === 'LTU')?.status).toBe('withdrawal-pending');
    const redirect = await app.inject({ url: '/lists/states-parties.csv?asOf=2015-06-01' });
    expect([redirect.statusCode, redirect.headers.location]).toEqual([301, '/apmbc/lists/states-parties.csv?asOf=2015-06-01']);
    for (const [url, status, field] of [
      ['/apmbc/lists/states-parties.csv?paper=a4', 400, 'paper'],
      ['/apmbc/lists/states-parties.pdf?paper=a3', 400, 'paper'],
      ['/apmbc/lists/states-parties.pdf?asOf=1990-01-01', 400, 'asOf'],
      ['/apmbc/lists/states-parties.csv?x=1', 400, 'x'],
      ['/apmbc/lists/parties.csv', 404, 'file'],
      ['/xyz/lists/states-parties.csv', 404, 'treaty'],
    ] as const) {
      const bad = await app.inject({ url });
      expect(bad.statusCode, url).toBe(status);
      expect((JSON.parse(bad.body) as { error: { message: string } }).error.message, url).toMatch(new RegExp(`^${field}`));
    }
    await app.close();
  });

  it('adherence export writes the same bytes as the site, and refuses bad options with exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'adherence-export-'));
    try {
      const out = join(dir, 'parties.csv');
      const written = await cli(['export', 'parties', '--format', 'csv', '--as-of', '2015-06-01', '--lang', 'fr', '--out', out]);
      expect(written.code).toBe(0);
      const expected = await listFile(shipped, apmbc, request('states-parties', 'csv', '2015-06-01', 'fr'));
      expect((await readFile(out)).equals(expected.body)).toBe(true);
      const stdout = await cli(['export', 'non-parties', '--format', 'json', '--as-of', '2015-06-01']);
      // 196 States counted in 2015, 162 of them parties (the Convention's own status page then): 34 not.
      expect((JSON.parse(stdout.out) as ListJson).rows).toHaveLength(34);
      for (const [args, message] of [
        [['export', 'parties'], /^adherence export: --format: required/],
        [['export', 'parties', '--format', 'doc'], /--format: unknown format "doc"/],
        [['export', 'allies', '--format', 'csv'], /LIST: unknown list "allies"/],
        [['export', 'parties', '--format', 'csv', '--paper', 'letter'], /--paper: only a PDF/],
        [['export', 'parties', '--format', 'pdf', '--lang', 'de'], /--lang: unknown language "de"/],
        [['export', 'parties', '--format', 'pdf', '--as-of', '2015-13-01'], /--as-of/],
      ] as const) {
        const result = await cli([...args]);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.err).toMatch(message);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
