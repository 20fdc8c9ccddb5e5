// The sentences about M49 groups ("Every State in the Americas has ratified or acceded except
// Cuba and ..."), in a language: shared by the status page and `adherence status`.
import { groupSentence, type GroupCoverage } from '../domain/groups.js';
import { formatList, formatNumber, type Language } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';
import type { Naming } from './html/naming.js';

/** Regions by name, each followed by its sub-regions, each followed by its intermediate regions. */
export function inTreeOrder(groups: readonly GroupCoverage[], naming: Naming, lang: Language): GroupCoverage[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const children = (parent: string | null) =>
    groups.filter((g) => g.parent === parent).sort((a, b) => collator.compare(naming.group(a.code), naming.group(b.code)));
  const walk = (parent: string | null): GroupCoverage[] => children(parent).flatMap((g) => [g, ...walk(g.code)]);
  return walk(null);
}

/** One sentence per region and sub-region with more than one State, in tree order. */
export function groupSentences(groups: readonly GroupCoverage[], naming: Naming, t: Messages, lang: Language): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return inTreeOrder(groups, naming, lang)
    .filter((g) => g.kind !== 'intermediate-region' && g.members > 1)
    .map((g) => {
      const name = naming.group(g.code);
      switch (groupSentence(g).kind) {
        case 'complete':
          return t.groupComplete(name);
        case 'all-but':
          return t.groupAllBut(name, formatList([...g.exceptions].sort((a, b) => collator.compare(naming.state(a), naming.state(b))).map((c) => naming.stateInSentence(c)), lang));
        case 'counted':
          return t.groupCounted(name, n(g.formallyAccepted), n(g.members));
      }
    });
}
