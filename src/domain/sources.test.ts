import { describe, expect, it } from 'vitest';
import { aSourceSite } from '../../test/builders.js';
import { bestGrade, gradeSource, isAtLeast, sourceUrlProblem, sourceUrls } from './sources.js';

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

describe('the URLs of a source field', () => {
  it('splits on " ; ", trims and drops empty ones', () => {
    expect(sourceUrls(' https://a.org/x ;  ; https://b.org ')).toEqual(['https://a.org/x', 'https://b.org']);
  });

  it('grades a URL by the host that carries "www." in the table too, and not by a "www" inside a host', () => {
    expect(gradeSource('https://un.org/x', [aSourceSite('www.un.org', { grade: 'official' })]).grade).toBe('official');
    expect(gradeSource('https://notwww.un.org/x', [aSourceSite('un.org', { grade: 'official' })]).grade).toBe('official');
    expect(gradeSource('ftp://treaties.un.org/x', sites).grade).toBe('other');
    expect(gradeSource('see https://treaties.un.org/x', sites).grade).toBe('other');
    expect(isAtLeast('official', 'official')).toBe(true);
    expect(bestGrade('https://www.un.org/a ; https://www.un.org/b', sites)).toBe('official');
  });
});

describe('what is wrong with a source URL', () => {
  it.each([
    ['https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26', null],
    ['treaties.un.org/x', 'is not an absolute http(s) URL'],
    ['see https://treaties.un.org/x', 'is not an absolute http(s) URL'],
    ['https://localhost/x', 'is not an absolute http(s) URL'],
    ['https://un.org', null],
    ['https://un.org/a%zz', 'has a broken %-escape'],
    ['https://un.org/a b', 'contains whitespace'],
    ['https://un.org/a%0Ab', 'contains whitespace'],
    ['https://un.org/a+b', null],
    ['https://un.org/a?q=${7*7}', 'contains a fragment of a shell command or template, not part of the page address'],
    ['https://un.org/a?q=expr%20268409241', 'contains a fragment of a shell command or template, not part of the page address'],
    ['https://un.org/a?q=exprs', null],
    ['https://un.org/a?utm_source=x&id=3', "has a tracking parameter (utm_source) that is not the page's own"],
    ['https://un.org/a?id=3&fbclid=x', "has a tracking parameter (fbclid) that is not the page's own"],
    ['https://un.org/a?id=3#utm_source=x', null],
    ['https://un.org/a?myfbclid=3', null],
    ['https://un.org/a?fbclidx=3', null],
  ])('%s: %s', (url, problem) => {
    expect(sourceUrlProblem(url)).toBe(problem);
  });
});


describe('sources at the edges', () => {
  it('reads "+" in an address as the space it stands for, so "expr+1" is the shell fragment "expr 1"', () => {
    expect(sourceUrlProblem('https://un.org/a?q=expr+268409241')).toBe('contains a fragment of a shell command or template, not part of the page address');
  });

  it('rests a fact on its best source wherever that source stands in the list', () => {
    expect(bestGrade('https://treaties.un.org/z ; https://www.reuters.com/y ; https://example.org/x', sites)).toBe('depositary');
  });

  it('keeps a "www." inside a host of the table, as in the URL', () => {
    expect(gradeSource('https://news.www.example.org/x', [aSourceSite('news.www.example.org', { grade: 'press' })]).grade).toBe('press');
  });
});
