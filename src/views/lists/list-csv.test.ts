import { describe, expect, it } from 'vitest';
import { neutralise, statesCsv } from './list-csv.js';

describe('the States CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(hostile)).toBe(`'${hostile}`);
    expect(neutralise('Côte d’Ivoire')).toBe('Côte d’Ivoire');
    const csv = statesCsv([{ iso3: 'QQQ', name: '=cmd|calc', status: 'party', signature: null, consent: null, entryIntoForce: null, entryIntoForceBasis: null, withdrawal: null }]);
    expect(csv.split('\r\n')[1]).toBe("QQQ,'=cmd|calc,party,,,,,,,,");
  });
});
