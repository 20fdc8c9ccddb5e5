// A second treaty is a module in src/treaties and a folder in data/, not a fork: outside them,
// no code that reaches a reader names a treaty's weapon, its thresholds or its articles. Comments
// may give examples; strings and identifiers may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Treaty modules own these words; released migrations are frozen history; tests may name anything. */
const exempt = (path: string) => /^(treaties\/|store\/migrations\/)|\.(test|contract)\.ts$/.test(path);

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

const treatySpecific = [
  /anti-?personnel|antipersonnel|antipersonal/i,
  /cluster munitions?|sous-munitions|municiones en racimo/i,
  /\b(mines?|minas?)\b/i,
  /\b(30|40)(th|e|\.º)\b|\bthirtieth\b|\bfortieth\b|\btrentième\b|\bquarantième\b/i,
  /\bArt(icle|ículo)?\.? ?\d+/,
  /\b(Ottawa|Oslo|Dublin)\b/,
  /XXVI-[56]/,
];

describe('treaty-neutral code', () => {
  it('names no treaty’s weapon, threshold, article, place or chapter outside the treaty modules', () => {
    const found: string[] = [];
    for (const file of files(src)) {
      const path = relative(src, file);
      if (exempt(path)) continue;
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          for (const pattern of treatySpecific) if (pattern.test(line)) found.push(`${path}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would catch a treaty’s words in a string', () => {
    const line = withoutComments("const x = 'the first day of the sixth month after the 40th instrument'; // Art. 17(1)");
    expect(treatySpecific.some((p) => p.test(line))).toBe(true);
    expect(treatySpecific.some((p) => p.test(withoutComments('// the 40th instrument, Art. 17(1)')))).toBe(false);
  });
});
