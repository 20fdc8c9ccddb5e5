// Which interface language to answer in when the URL does not say: the Accept-Language header.
import { languages, type Language } from '../views/i18n/locale.js';

/** The best of our languages for an Accept-Language header (q-values honoured), else English. */
export function negotiateLanguage(header: string | undefined): Language {
  if (header === undefined) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q.slice(2)), index };
    })
    .filter((entry) => entry.tag !== '' && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] ?? '';
    const match = languages.find((l) => l === primary);
    if (match !== undefined) return match;
  }
  return 'en';
}
