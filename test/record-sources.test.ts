// Every URL anywhere in the shipped record is a clean page address: read straight from the CSV
// files (not through the record's parser), so no column is forgotten.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sourceUrlProblem, sourceUrls } from '../src/domain/sources.js';

const data = join(import.meta.dirname, '..', 'data');
const csvFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? csvFiles(join(dir, entry.name)) : entry.name.endsWith('.csv') ? [join(dir, entry.name)] : [],
  );

describe('the URLs of the shipped record', () => {
  it('are all well formed, in every file and column that holds one', () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of csvFiles(data)) {
      const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
      rows.forEach((row, i) => {
        for (const [column, value] of Object.entries(row)) {
          const urls = /^source/i.test(column) ? sourceUrls(value) : (value.match(/https?:\/\/\S+/g) ?? []);
          for (const url of urls) {
            count += 1;
            const problem = sourceUrlProblem(url);
            if (problem !== null) problems.push(`${relative(data, file)}:${i + 2} ${column}: ${url} ${problem}`);
          }
        }
      });
    }
    expect(count).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('would catch the kinds of pollution found in earlier copies of the record', () => {
    for (const bad of [
      'https://old.apminebanconvention.org/etats-parties-a-la-convention/niger/?L=1%0Aexpr%20988156629%20%20%20859770395%0A',
      'https://old.apminebanconvention.org/x/?L=0%26nslookup%20ceeuabi4ln8je5bg1lggjoryuitg53qhf.oast.me%26%27',
      'https://old.apminebanconvention.org/x/?L=%24%7B965424091%20987789173%7D',
      "https://old.apminebanconvention.org/x/?L=2'nvOpzp;",
      'http://icbl.org/en-gb/news.aspx?utm_campaign=%23ActualNews&utm_medium=email',
      'https://example.org/a b',
      'www.example.org/page',
    ]) {
      expect(sourceUrlProblem(bad), bad).not.toBeNull();
    }
    expect(sourceUrlProblem('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26')).toBeNull();
    expect(sourceUrlProblem('http://archives.the-monitor.org/index.php/publications/display?url=lm/2003/brazil.html')).toBeNull();
  });
});
