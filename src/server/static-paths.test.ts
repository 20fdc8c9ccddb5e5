import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageLinks, siteAddress, staticAddress, staticPage } from './static-paths.js';

const at = (href: string) => {
  const address = siteAddress(href);
  if (address === null) throw new Error(`${href} is not on the site`);
  return staticAddress(address.path, address.query);
};

describe('static addresses', () => {
  it('makes a page a directory, linked with its slash', () => {
    expect(at('/')).toEqual({ file: 'index.html', link: '/', ext: 'html' });
    expect(at('/en/apmbc/')).toEqual({ file: 'en/apmbc/index.html', link: '/en/apmbc/', ext: 'html' });
    expect(at('/en/apmbc/states')).toEqual(at('/en/apmbc/states/'));
    expect(at('/fr/apmbc/states/FRA').file).toBe('fr/apmbc/states/FRA/index.html');
  });

  it('names a query’s file by its parameters, sorted, so one page has one file', () => {
    expect(at('/en/apmbc/states?status=joined&basis=all-states')).toEqual({ file: 'en/apmbc/states/basis=all-states&status=joined.html', link: '/en/apmbc/states/basis=all-states&status=joined.html', ext: 'html' });
    expect(at('/en/apmbc/states?basis=all-states&status=joined')).toEqual(at('/en/apmbc/states?status=joined&basis=all-states'));
  });

  it('gives an API answer .json and keeps a file’s own extension', () => {
    expect(at('/api/v1/apmbc/status').file).toBe('api/v1/apmbc/status.json');
    expect(at('/api/v1/apmbc/states/AUS').file).toBe('api/v1/apmbc/states/AUS.json');
    expect(at('/api/v1/apmbc/states?basis=all-states').file).toBe('api/v1/apmbc/states/basis=all-states.json');
    expect(at('/api/openapi.json').file).toBe('api/openapi.json');
    expect(at('/apmbc/states.csv?asOf=2015-06-01').file).toBe('apmbc/states/asOf=2015-06-01.csv');
    expect(at('/apmbc/lists/states-parties.pdf')).toEqual({ file: 'apmbc/lists/states-parties.pdf', link: '/apmbc/lists/states-parties.pdf', ext: 'pdf' });
  });

  it('gives different addresses different files, and links that name them', () => {
    const segment = fc.constantFrom('en', 'apmbc', 'states', 'AUS', 'status', 'api', 'v1', 'states.csv', 'feed.atom');
    const param = fc.tuple(fc.constantFrom('asOf', 'basis', 'status', 'a b', 'é%'), fc.constantFrom('2015-06-01', 'joined', 'x&y=z', '%'));
    const address = fc.record({ path: fc.array(segment, { maxLength: 4 }), query: fc.uniqueArray(param, { maxLength: 3, selector: ([k]) => k }) });
    fc.assert(
      fc.property(address, address, (a, b) => {
        const href = (x: typeof a) => `/${x.path.join('/')}${x.query.length === 0 ? '' : `?${new URLSearchParams(x.query).toString()}`}`;
        const [sa, sb] = [siteAddress(href(a)), siteAddress(href(b))];
        if (sa === null || sb === null) return false;
        const same = sa.path.replace(/\/$/, '') === sb.path.replace(/\/$/, '') && sa.query === sb.query;
        const fa = staticAddress(sa.path, sa.query);
        const fb = staticAddress(sb.path, sb.query);
        // The link, decoded as a file server decodes it, is the file.
        expect(decodeURIComponent(fa.link.replace(/\/$/, '/index.html')).slice(1)).toBe(fa.file);
        return same === (fa.file === fb.file);
      }),
    );
  });

  it('leaves other sites, fragments and mail alone', () => {
    for (const href of ['https://treaties.un.org/x?y=1', '//cdn.example/x', '#report', 'mailto:isu@example.org']) expect(siteAddress(href)).toBeNull();
  });
});

describe('a page as the static copy serves it', () => {
  const page = `<!doctype html>\n<html lang="fr"><head><link rel="stylesheet" href="/assets/site.css"></head><body>
<form class="as-of-form" method="get" action="/fr/apmbc/"><input name="asOf"><select name="basis"><option>x</option></select><button>Voir</button></form>
<a href="/fr/apmbc/states?basis=un-members&amp;status=joined">162</a> <a href="/fr/apmbc/states/FRA#report">France</a>
<a href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&amp;chapter=26">ONU</a> <a href="#main">haut</a>
<svg><a href="/fr/apmbc/states/AUS"><title>Australie</title></a></svg></body></html>`;

  it('names the files in its links, keeping fragments and other sites’ addresses', () => {
    const out = staticPage(page, '2025-06-01');
    expect(pageLinks(out)).toEqual(['/assets/site.css', '/fr/apmbc/states/basis=un-members&status=joined.html', '/fr/apmbc/states/FRA/', '/fr/apmbc/states/AUS/']);
    expect(out).toContain('href="/fr/apmbc/states/basis=un-members&amp;status=joined.html"');
    expect(out).toContain('href="/fr/apmbc/states/FRA/#report"');
    expect(out).toContain('href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&amp;chapter=26"');
    expect(out).toContain('href="#main"');
  });

  it('replaces the date form, which a file server cannot answer, with the date the copy shows, in the page’s language', () => {
    const out = staticPage(page, '2025-06-01');
    expect(out).not.toContain('<form');
    expect(out).toMatch(/<p class="as-of-note">Cette copie du site présente le registre au 1(er)? juin 2025 ; elle ne peut/);
  });
});
