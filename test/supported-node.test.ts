// The README names the Node.js releases that package.json's engines admits, so neither drifts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');

/** How the README words one range of engines: `^22.13.0` as "22 (>= 22.13)", `>=24` as "24 and later". */
function wording(range: string): string {
  const caret = /^\^(\d+)\.(\d+)\.0$/.exec(range);
  if (caret !== null) return `${caret[1]} (>= ${caret[1]}.${caret[2]})`;
  const atLeast = /^>=(\d+)$/.exec(range);
  if (atLeast !== null) return `${atLeast[1]} and later`;
  throw new Error(`engines range "${range}": word it in the README and teach this test how`);
}

it('names every release range that engines admits in the README', () => {
  const ranges = engines.split('||').map((range) => range.trim());
  expect(ranges.length).toBeGreaterThan(0);
  for (const range of ranges) expect(readme, `README lacks "${wording(range)}" for ${range}`).toContain(wording(range));
});
