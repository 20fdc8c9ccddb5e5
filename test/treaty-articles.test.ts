// Every article a treaty module cites quotes the treaty's own words: each quotation, read against
// the English authentic text of the article (test/cases/{treaty}-articles.csv, copied from the
// depositary's certified text), appears there word for word, its parts in order ("..." marks a cut).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ArticleBasis } from '../src/domain/basis.js';
import type { TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { ccm } from '../src/treaties/ccm.js';

const articlesOf = (treaty: string): Map<string, string> => {
  const rows = parse(readFileSync(join(import.meta.dirname, 'cases', `${treaty}-articles.csv`), 'utf8'), { columns: true }) as { cite: string; text: string }[];
  return new Map(rows.map((row) => [row.cite, row.text]));
};

/** Every article citation anywhere in the treaty's parameters, with where it sits. */
function basesIn(value: unknown, path: string): { path: string; basis: ArticleBasis }[] {
  if (typeof value !== 'object' || value === null || path.endsWith('.text')) return [];
  if ((value as { kind?: unknown }).kind === 'article') return [{ path, basis: value as ArticleBasis }];
  return Object.entries(value).flatMap(([key, inner]) => basesIn(inner, `${path}.${key}`));
}

const cite = (basis: ArticleBasis) => (basis.paragraph === undefined ? basis.article : `${basis.article}(${basis.paragraph})`);

/** Whether each part of the quotation, cut at "...", is in the text, in order. */
function quotes(text: string, quotation: string): boolean {
  let from = 0;
  for (const part of quotation.split(' ... ')) {
    const at = text.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

describe.each([
  // CCM Arts. 4(1) and 7(2) are the English text as the Netherlands Treaty Series prints it
  // (wetten.overheid.nl, BWBV0003143); their quotations in ccm.ts had the APMBC's wording.
  [apmbc, []],
  [ccm, []],
] as [TreatyRules, string[]][])('the articles $id cites', (rules, unchecked) => {
  const articles = articlesOf(rules.id);
  const bases = basesIn(rules, rules.id);

  it('cites its own articles, each with a quotation of a few words', () => {
    expect(bases.length).toBeGreaterThan(10);
    for (const { path, basis } of bases) {
      expect(basis.treaty, path).toBe(rules.id);
      expect(basis.quote.split(' ').length, path).toBeGreaterThanOrEqual(4);
    }
  });

  it('quotes each article word for word', () => {
    for (const { path, basis } of bases) {
      if (unchecked.includes(cite(basis))) continue;
      const text = articles.get(cite(basis));
      expect(text, `${path} cites Art. ${cite(basis)}, not in the article texts`).toBeDefined();
      expect(quotes(text!, basis.quote), `${path}: "${basis.quote}" is not in Art. ${cite(basis)}`).toBe(true);
    }
  });

  it('leaves unchecked only the articles whose text is not at hand', () => {
    expect([...new Set(bases.map(({ basis }) => cite(basis)).filter((c) => !articles.has(c)))].sort()).toEqual(unchecked);
  });
});

const monthNumbers = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The first date written "3 December 1997" after `after` in `text`, as YYYY-MM-DD. */
function dateAfter(text: string, after: string): string | undefined {
  const match = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(text.slice(text.indexOf(after)));
  if (match === null) return undefined;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${String(monthNumbers.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

describe.each([
  // DESIGN.md and the UN Treaty Collection: the APMBC is chapter XXVI-5, the CCM chapter XXVI-6.
  [apmbc, 'XXVI-5'],
  [ccm, 'XXVI-6'],
] as [TreatyRules, string][])('the dates and the depositary record of $id, as its Article 15 gives them', (rules, chapter) => {
  const article15 = articlesOf(rules.id).get('15') ?? '';

  it('was adopted on the day Article 15 says it was done, and opened for signature on the day it names', () => {
    expect(rules.adopted).toBe(dateAfter(article15, 'done at'));
    expect(rules.signature.opens).toBe(dateAfter(article15, 'open for signature'));
  });

  it('points to its chapter of the UN Treaty Collection', () => {
    expect(rules.depositaryReference).toBe(`UN Treaty Collection, chapter ${chapter}`);
    expect(new URL(rules.textUrl).searchParams.get('mtdsg_no')).toBe(chapter);
    expect(new URL(rules.textUrl).host).toBe('treaties.un.org');
  });
});
