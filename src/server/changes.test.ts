import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../../test/site-harness.js';
import { changesSchema, errorSchema } from './api-schemas.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer('2026-11-26');
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });
const changes = async (url: string) => {
  const response = await get(url);
  expect(response.statusCode, url).toBe(200);
  return changesSchema.parse(response.json());
};
const text = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('GET /api/v1/{treaty}/changes', () => {
  it('lists the Mine Ban Convention’s withdrawals of 2025-26 as deposited and as taking effect, in date order, with notifications and sources', async () => {
    const body = await changes('/api/v1/apmbc/changes?from=2025-06-01&to=2026-03-01');
    expect(body).toMatchObject({ treaty: 'apmbc', from: '2025-06-01', to: '2026-03-01' });
    const withdrawals = body.changes.filter((c) => c.kind.startsWith('withdrawal')).map((c) => `${c.date} ${c.iso3} ${c.kind}`);
    expect(withdrawals).toEqual([
      '2025-06-27 EST withdrawal', '2025-06-27 LVA withdrawal', '2025-06-27 LTU withdrawal', '2025-07-10 FIN withdrawal', '2025-08-20 POL withdrawal',
      '2025-12-27 EST withdrawal-effective', '2025-12-27 LVA withdrawal-effective', '2025-12-27 LTU withdrawal-effective', '2026-01-10 FIN withdrawal-effective', '2026-02-20 POL withdrawal-effective',
    ]);
    expect(body.changes.map((c) => c.date)).toEqual(body.changes.map((c) => c.date).sort());
    expect(body.changes.find((c) => c.iso3 === 'POL' && c.kind === 'withdrawal-effective')).toMatchObject({
      basis: 'Art. 20(3)',
      restsOn: [{ iso3: 'POL', kind: 'withdrawal', date: '2025-08-20' }],
      cn: ['C.N.421.2025.TREATIES-XXVI.5'],
      sources: expect.arrayContaining(['https://treaties.un.org/doc/Publication/CN/2025/CN.421.2025-Eng.pdf']),
    });
  });

  it('dates the Convention’s entry into force on 1 March 1999 under Art. 17(1), first of the day, then each State by name', async () => {
    const day = (await changes('/api/v1/apmbc/changes?from=1999-03-01&to=1999-03-01')).changes;
    expect(day[0]).toMatchObject({ kind: 'treaty-entry-into-force', iso3: null, basis: 'Art. 17(1)' });
    expect(day[0]?.restsOn.map((a) => a.iso3).sort()).toEqual(['BFA', 'GNQ']);
    expect(day.find((c) => c.iso3 === 'BFA')).toMatchObject({ kind: 'entry-into-force', basis: 'Art. 17(1)', restsOn: [{ kind: 'ratification', date: '1998-09-16' }] });
    const names = day.slice(1).map((c) => c.name ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare));
  });

  it('lists Lithuania’s withdrawal from the Convention on Cluster Munitions', async () => {
    const body = await changes('/api/v1/ccm/changes?from=2024-09-01&to=2025-03-31');
    expect(body.changes.filter((c) => c.iso3 === 'LTU').map((c) => [c.date, c.kind, c.cn])).toEqual([
      ['2024-09-06', 'withdrawal', ['C.N.347.2024.TREATIES-XXVI.6']],
      ['2025-03-06', 'withdrawal-effective', ['C.N.347.2024.TREATIES-XXVI.6']],
    ]);
  });

  it('covers the twelve months up to today by default, and answers the unprefixed path for the Mine Ban Convention', async () => {
    const body = await changes('/api/v1/changes');
    expect(body).toMatchObject({ treaty: 'apmbc', from: '2025-11-26', to: '2026-11-26' });
    expect(await changes('/api/v1/apmbc/changes?to=2026-11-26')).toEqual(body);
  });

  it('refuses a bad date, a period that ends before it starts, a date outside the record and an unknown parameter, naming the field', async () => {
    for (const [query, message] of [
      ['from=2025-02-30', /^from: "2025-02-30" is not a real calendar date/],
      ['from=2026-01-01&to=2025-01-01', /^from: 2026-01-01 is after to \(2025-01-01\)/],
      ['from=1990-01-01', /^from: 1990-01-01 is before 1997-12-03/],
      ['to=2027-01-01', /^to: 2027-01-01 is after today/],
      ['since=2025-01-01', /^since: unknown parameter; this endpoint takes from, to/],
    ] as const) {
      const response = await get(`/api/v1/apmbc/changes?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(errorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(message) });
    }
  });
});

describe('the changes page', () => {
  it('shows each change with why, its notification and its source, and links the State’s profile on that date', async () => {
    const response = await get('/en/apmbc/changes?from=2025-06-01&to=2026-03-01');
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain('From 1 June 2025 to 1 March 2026');
    expect(page).toMatch(/20 February 2026 Poland Withdrawal takes effect Art\. 20\(3\) C\.N\.421\.2025\.TREATIES-XXVI\.5 source/);
    expect(response.body).toContain('href="/en/apmbc/states/POL?asOf=2026-02-20"');
    expect(response.body).toContain('<input type="date" id="from" name="from" value="2025-06-01"');
    expect(response.body).toContain('<a href="/en/apmbc/changes" aria-current="page">Changes</a>');
  });

  it('names the consent an entry into force rests on, in French and Spanish too', async () => {
    expect(text((await get('/en/apmbc/changes?from=2025-12-01&to=2025-12-01')).body)).toContain('Tonga Entry into force for the State (accession of 25 June 2025) Art. 17(2)');
    expect(text((await get('/fr/apmbc/changes?from=2025-12-01&to=2025-12-01')).body)).toContain('Entrée en vigueur à l’égard de l’État (adhésion du 25 juin 2025)');
    expect(text((await get('/es/apmbc/changes?from=2026-02-20&to=2026-02-20')).body)).toContain('Polonia El retiro surte efecto');
  });

  it('covers the twelve months up to today without dates, and says so when nothing changed', async () => {
    expect(text((await get('/en/apmbc/changes')).body)).toContain('From 26 November 2025 to 26 November 2026');
    expect(text((await get('/en/apmbc/changes?from=2026-06-01&to=2026-06-30')).body)).toContain('The record holds no change in this period.');
  });

  it('refuses a period that ends before it starts with a 400 page naming the field', async () => {
    const response = await get('/en/apmbc/changes?from=2026-01-01&to=2025-01-01');
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain('from: 2026-01-01 is after to (2025-01-01)');
  });

  it('is linked from the status page, for the twelve months up to its date', async () => {
    expect((await get('/en/apmbc/')).body).toContain('<a href="/en/apmbc/changes">What changed in the last twelve months</a>');
    expect((await get('/en/apmbc/?asOf=2015-06-01')).body).toContain('<a href="/en/apmbc/changes?to=2015-06-01">');
  });
});
