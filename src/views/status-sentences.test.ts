import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedSite } from '../../test/site-harness.js';
import type { Site, TreatySite } from '../app/site.js';
import { calendarDate, fromDayNumber, toDayNumber } from '../domain/calendar-date.js';
import { countingBases, type CountingBasis } from '../domain/counting-basis.js';
import { statusStatements } from '../domain/statements.js';
import { statusOn } from '../domain/status.js';
import { naming } from './html/naming.js';
import { messages } from './i18n/index.js';
import { formatNumber, languages, type Language } from './i18n/locale.js';
import { claimHolds, statusSentences, yearRanges, type StatusSentences } from './status-sentences.js';

let site: Site;
let apmbc: TreatySite;
beforeAll(async () => {
  site = await shippedSite();
  apmbc = site.treaties.get('apmbc')!;
});

const made = new Map<string, StatusSentences>();
function sentencesOn(date: string, lang: Language, basis: CountingBasis): StatusSentences {
  const key = `${date} ${lang} ${basis}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const sentences = build(date, lang, basis);
  made.set(key, sentences);
  return sentences;
}

function build(date: string, lang: Language, basis: CountingBasis): StatusSentences {
  // The statements alone (not the page's whole model, whose day-by-day series the sentences do not use).
  const statements = statusStatements(apmbc.history, apmbc.record.indicators, calendarDate(date), basis);
  return statusSentences(statements, apmbc.history.general.value?.date ?? null, { t: messages[lang], tt: apmbc.rules.text[lang], lang, naming: naming(lang, site.names) });
}

const all = (s: StatusSentences) => [
  ...s.summary, ...s.regions, ...s.tallies, ...s.stockpiles, ...(s.otherStockpilers === null ? [] : [s.otherStockpilers]),
  s.newUse.intro, ...s.newUse.items, ...(s.nsag === null ? [] : [s.nsag.intro, ...s.nsag.items]),
];

describe('the status page sentences', () => {
  it('are true of every State they name or count, on every date, in every language and on every basis (property)', () => {
    const first = toDayNumber(calendarDate('1997-12-03'));
    const last = toDayNumber(calendarDate('2026-12-03'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.constantFrom(...languages), fc.constantFrom(...countingBases), (day, lang, basis) => {
        const date = fromDayNumber(day);
        const names = naming(lang, site.names);
        const sentences = sentencesOn(date, lang, basis);
        for (const sentence of all(sentences)) {
          for (const claim of sentence.claims) {
            for (const iso3 of claim.states) {
              const status = statusOn(apmbc.history.byIso3.get(iso3)!, date);
              expect(status, `${iso3} on ${date}: "${sentence.text}"`).not.toBeNull();
              expect(claimHolds[claim.kind](status!), `${iso3} (${status}) on ${date} is not ${claim.kind}: "${sentence.text}"`).toBe(true);
              if (claim.named) expect([names.stateInSentence(iso3), names.state(iso3)].some((n) => sentence.text.includes(n)), `${iso3} named in "${sentence.text}"`).toBe(true);
            }
          }
        }
        // Every count a sentence states is the number of States its claim holds for.
        for (const sentence of all(sentences)) {
          for (const claim of sentence.claims.filter((c) => c.counted && c.states.length > 0)) {
            expect(sentence.text, `${claim.kind} ${claim.states.length} on ${date}`).toContain(formatNumber(claim.states.length, lang));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never count a State that withdrew among those that have not yet ratified or acceded', () => {
    for (const lang of languages) {
      const [, notBound] = sentencesOn('2026-11-26', lang, 'un-members-and-parties').summary;
      expect([...(notBound?.claims.find((c) => c.kind === 'withdrawn')?.states ?? [])].sort()).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'POL']);
      expect(notBound?.claims.find((c) => c.kind === 'never-joined')?.states).toHaveLength(31);
    }
  });

  it('say what the golden cases say, word for word, in each language', () => {
    const rows = parse(readFileSync(join(import.meta.dirname, '../../test/cases/apmbc-sentences.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as {
      asOf: string; basis: CountingBasis; lang: Language; text: string;
    }[];
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const texts = all(sentencesOn(row.asOf, row.lang, row.basis)).map((s) => s.text);
      expect(texts, `${row.asOf} ${row.lang}`).toContain(row.text);
    }
  });

  it('write runs of years as ranges', () => {
    expect(yearRanges([1999, 2000, 2001, 2004, 2006, 2007])).toBe('1999–2001, 2004, 2006–2007');
    expect(yearRanges([2015])).toBe('2015');
  });
});
