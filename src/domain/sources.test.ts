import { describe, expect, it } from 'vitest';
import { aSourceSite } from '../../test/builders.js';
import { bestGrade, gradeSource, isAtLeast } from './sources.js';

const sites = [
  aSourceSite('treaties.un.org', { grade: 'depositary' }),
  aSourceSite('treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5', { grade: 'depositary', asAt: '2026-02-03' as never }),
  aSourceSite('un.org', { grade: 'official' }),
  aSourceSite('the-monitor.org', { grade: 'monitor' }),
  aSourceSite('reuters.com', { grade: 'press' }),
];

describe('grading sources', () => {
  it('takes the most specific site that covers a URL, its subdomains included, ignoring "www."', () => {
    expect(gradeSource('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26', sites).site?.asAt).toBe('2026-02-03');
    expect(gradeSource('https://treaties.un.org/doc/Publication/CN/2025/CN.360.2025-Eng.pdf', sites).site?.asAt).toBeNull();
    expect(gradeSource('https://www.un.org/en/about-us/member-states', sites).grade).toBe('official');
    expect(gradeSource('http://archives2.the-monitor.org/en-gb/reports/2014/x.aspx', sites).grade).toBe('monitor');
    // A host that merely ends with the same letters is another site.
    expect(gradeSource('https://notun.org/page', sites).grade).toBe('other');
    expect(gradeSource('https://example.org/x', sites)).toMatchObject({ site: null, grade: 'other' });
  });

  it('rests a fact on the best of its sources', () => {
    expect(bestGrade('https://example.org/x ; https://www.reuters.com/y', sites)).toBe('press');
    expect(bestGrade('https://www.reuters.com/y ; https://treaties.un.org/z', sites)).toBe('depositary');
    expect(isAtLeast('depositary', 'official')).toBe(true);
    expect(isAtLeast('monitor', 'official')).toBe(false);
  });
});
