import { describe, expect, it } from 'vitest';
import { cli } from '../../test/cli-harness.js';
import { commandNames } from './run.js';

describe('adherence status', () => {
  it('reports 162 + 34 = 196 on 1 June 2015 by default, the basis of the Convention’s own page', async () => {
    const { code, out } = await cli(['status', '--as-of', '2015-06-01', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ treaty: 'apmbc', asOf: '2015-06-01', basis: 'un-members-and-parties' });
    expect(report.counts).toMatchObject({ states: 196, formallyAccepted: 162, notParties: 34 });
  });

  it('counts every State of the record on the all-states basis (162 + 35 = 197)', async () => {
    const { out } = await cli(['status', '--as-of', '2015-06-01', '--basis', 'all-states', '--json']);
    expect(JSON.parse(out).counts).toMatchObject({ states: 197, formallyAccepted: 162, notParties: 35 });
  });

  it('answers for the Convention on Cluster Munitions as the API does, on the dates the depositary names', async () => {
    for (const [asOf, formallyAccepted, parties] of [['2010-02-16', 30, 0], ['2010-08-01', 38, 30], ['2025-03-06', 111, 111]] as const) {
      const report = JSON.parse((await cli(['status', '--treaty', 'ccm', '--as-of', asOf, '--json'])).out);
      expect(report, asOf).toMatchObject({ treaty: 'ccm', counts: { formallyAccepted, parties } });
    }
  });

  it('counts no parties on 1 March 1999 eve, and 45 from 1 March 1999', async () => {
    const before = JSON.parse((await cli(['status', '--as-of', '1999-02-28', '--json'])).out);
    expect(before.counts.parties).toBe(0);
    // data/apmbc/actions.csv: the 40 instruments deposited by 16 September 1998 (Art. 17(1)), and
    // the five of 17-30 September 1998 (Benin, Honduras, Japan, Namibia, Senegal), which Art. 17(2)
    // also brings into force on 1 March 1999.
    const after = JSON.parse((await cli(['status', '--as-of', '1999-03-01', '--json'])).out);
    expect(after.counts.parties).toBe(45);
  });

  it("reflects 2025's accessions and withdrawals today", async () => {
    const { out } = await cli(['status', '--json']);
    expect(JSON.parse(out).counts).toMatchObject({ formallyAccepted: 161, withdrawn: 5, withdrawalPending: 0 });
  });

  it('says which regions are complete on 1 June 2015, from the data', async () => {
    const { out } = await cli(['status', '--as-of', '2015-06-01']);
    expect(out).toContain('Every State in the Americas has ratified or acceded except Cuba and the United States of America.');
    expect(out).toContain('Every State in Sub-Saharan Africa has ratified or acceded.');
    const groups = JSON.parse((await cli(['status', '--as-of', '2015-06-01', '--json'])).out).groups as { code: string; exceptions: string[] }[];
    expect(groups.find((g) => g.code === '019')).toMatchObject({ name: 'Americas', kind: 'region', exceptions: ['CUB', 'USA'] });
    expect(groups.find((g) => g.code === '202')).toMatchObject({ exceptions: [] });
  });

  it('prints a readable table by default, naming the basis', async () => {
    const { code, out } = await cli(['status', '--as-of', '2015-06-01']);
    expect(code).toBe(0);
    expect(out).toMatch(/status as of 2015-06-01/);
    expect(out).toMatch(/basis: un-members-and-parties/);
  });
});

describe('adherence states', () => {
  it('lists every existing State sorted by name, with the contract fields', async () => {
    const { out } = await cli(['states', '--as-of', '2010-01-01', '--basis', 'all-states', '--json']);
    const list = JSON.parse(out) as { treaty: string; asOf: string; basis: string; states: { name: string; iso3: string }[] };
    expect(list).toMatchObject({ treaty: 'apmbc', asOf: '2010-01-01', basis: 'all-states' });
    const rows = list.states;
    expect(rows).toHaveLength(195);
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(Object.keys(rows[0]!)).toEqual(['iso3', 'name', 'status', 'signature', 'consent', 'entryIntoForce', 'entryIntoForceBasis', 'withdrawal']);
  });

  it('filters by status and writes CSV', async () => {
    const { code, out } = await cli(['states', '--as-of', '2025-07-01', '--status', 'withdrawal-pending', '--csv']);
    expect(code).toBe(0);
    const lines = out.trim().split('\r\n');
    expect(lines[0]).toBe('iso3,name,status,signature,consentKind,consentDate,entryIntoForce,entryIntoForceBasis,withdrawalDeposited,withdrawalEffective,withdrawalSuspended');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['EST', 'LVA', 'LTU']);
  });

  it('filters by UN M49 region, as the API does', async () => {
    const { out } = await cli(['states', '--as-of', '2015-06-01', '--region', '019', '--status', 'not-joined', '--json']);
    expect(JSON.parse(out).states.map((s: { iso3: string }) => s.iso3)).toEqual(['CUB', 'USA']);
  });
});

describe('adherence state', () => {
  it('explains the entry into force and lists the actions with their sources', async () => {
    const { code, out } = await cli(['state', 'aus', '--json']);
    expect(code).toBe(0);
    const detail = JSON.parse(out);
    expect(detail).toMatchObject({ iso3: 'AUS', status: 'party', entryIntoForce: '1999-07-01', entryIntoForceBasis: 'Art. 17(2)' });
    expect(detail.actions.every((a: { source: string }) => a.source.startsWith('http'))).toBe(true);
  });

  it('finds a State by its name in English, French or Spanish, whatever the case and accents', async () => {
    for (const name of ['Ukraine', 'ukraine', "côte d'ivoire", 'COTE D’IVOIRE', 'Côte d’Ivoire (la)', 'Afganistán']) {
      const { code, out } = await cli(['state', name, '--json']);
      expect(code, name).toBe(0);
      expect(['UKR', 'CIV', 'AFG']).toContain(JSON.parse(out).iso3);
    }
  });

  it('suggests the nearest names for a near miss', async () => {
    const { code, err } = await cli(['state', 'Ukrane']);
    expect(code).toBe(2);
    expect(err).toMatch(/no State "Ukrane" in the record .*did you mean Ukraine \(UKR\)\?/);
  });

  it('shows a suspended-free withdrawal with its effective date in text', async () => {
    const { out } = await cli(['state', 'EST']);
    expect(out).toMatch(/Withdrawal: +deposited 2025-06-27, effective 2025-12-27/);
  });
});

describe('bad usage exits 2 with a message naming the argument', () => {
  it.each([
    [['status', '--as-of', '2025-02-30'], /--as-of: "2025-02-30" is not a real calendar date/],
    [['status', '--as-of', '1997-12-02'], /--as-of: 1997-12-02 is before 1997-12-03/],
    [['status', '--as-of', '2030-01-01'], /--as-of: 2030-01-01 is after today/],
    [['status', '--treaty', 'xyz'], /--treaty: unknown treaty "xyz"; known: apmbc, ccm/],
    [['states', '--region', '999'], /--region: "999" is not the UN M49 code of a region/],
    [['status', '--basis', 'everyone'], /--basis: unknown counting basis/],
    [['status', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['states', '--status', 'bound'], /--status: unknown status "bound"/],
    [['states', '--json', '--csv'], /choose one output format/],
    [['state', 'XYZ'], /STATE: no State "XYZ" in the record/],
    [['state'], /STATE: give one State, by ISO 3166-1 alpha-3 code or name/],
    [['state', 'SSD', '--as-of', '2010-01-01'], /does not count as a State on 2010-01-01/],
    [['launch'], /unknown command "launch"/],
  ])('%j', async (argv, message) => {
    const { code, err, out } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toBe('');
  });

  it('prints help for every command', async () => {
    expect(commandNames).toEqual(['status', 'states', 'state', 'export', 'changes', 'check', 'import', 'record', 'user', 'export-data', 'serve', 'build']);
    for (const command of commandNames) {
      const { code, out } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: adherence ${command}`));
    }
  });
});

describe('adherence serve', () => {
  it('passes the port, host and database to the server it starts', async () => {
    const calls: unknown[] = [];
    const serve = async (options: unknown) => {
      calls.push(options);
      return 'http://127.0.0.1:4000';
    };
    const { code, out } = await cli(['serve', '--port', '4000', '--db', 'x.sqlite'], { serve });
    expect(code).toBe(0);
    expect(calls).toEqual([{ port: 4000, host: '127.0.0.1', db: 'x.sqlite', workers: 1 }]);
    expect(out).toMatch(/serving on http:\/\/127\.0\.0\.1:4000/);
  });

  it('rejects a port that is not a number', async () => {
    const { code, err } = await cli(['serve', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(err).toMatch(/--port: "eighty" is not a port number/);
  });

  it('says which option is wrong when the server cannot listen, as bad input', async () => {
    const failing = (code: string) => async () => {
      throw Object.assign(new Error(`listen ${code}: 127.0.0.1:4000`), { code });
    };
    expect(await cli(['serve', '--port', '4000'], { serve: failing('EADDRINUSE') })).toMatchObject({
      code: 2,
      err: 'adherence serve: --port: 4000 is in use on 127.0.0.1 (another program listens there); choose another port, or 0 for any free one\n',
    });
    expect(await cli(['serve', '--host', '10.9.9.9'], { serve: failing('EADDRNOTAVAIL') })).toMatchObject({ code: 2, err: 'adherence serve: --host: 10.9.9.9 is not an address of this machine\n' });
  });

  it('takes a number of workers or auto, and refuses anything else', async () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const { code, err } = await cli(['serve', '--workers', bad]);
      expect([code, err], bad).toEqual([2, `adherence serve: --workers: "${bad}" is not a number of processes (1-64) or auto\n`]);
    }
  });
});
