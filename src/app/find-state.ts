// Finding a State by what a person types: its ISO 3166-1 code, or its name in English, French
// or Spanish, whatever the case and accents; near misses get suggestions.
import { asIso3 } from '../domain/iso3.js';
import type { State } from '../domain/record.js';

export type FoundState = { readonly kind: 'found'; readonly state: State } | { readonly kind: 'not-found'; readonly suggestions: readonly State[] };

/** Lower case, no accents, no articles in parentheses, apostrophes and punctuation as spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((l'|l’|le|la|les|el|los|las|the)\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

export function findState(query: string, states: readonly State[]): FoundState {
  const code = asIso3(query.trim());
  const byCode = code === null ? undefined : states.find((s) => s.iso3 === code);
  if (byCode !== undefined) return { kind: 'found', state: byCode };
  const folded = foldName(query);
  const names = (s: State) => [s.name, s.nameFr, s.nameEs].map(foldName);
  const exact = states.filter((s) => names(s).includes(folded));
  if (exact.length === 1 && exact[0] !== undefined) return { kind: 'found', state: exact[0] };
  const scored = states
    .map((s) => ({ s, score: Math.min(...names(s).map((n) => (n.startsWith(folded) || (folded.length >= 4 && n.includes(folded)) ? 0 : distance(folded, n)))) }))
    .filter(({ score }) => score <= Math.max(2, Math.floor(folded.length / 4)))
    .sort((a, b) => a.score - b.score || a.s.name.localeCompare(b.s.name));
  return { kind: 'not-found', suggestions: scored.slice(0, 3).map(({ s }) => s) };
}
