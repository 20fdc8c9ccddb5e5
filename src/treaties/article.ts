// A citation of one treaty's article (and paragraph), with the few words of it a rule implements.
import type { ArticleBasis } from '../domain/basis.js';

export const articleOf =
  (treaty: string) =>
  (article: string, paragraph: string | undefined, quote: string): ArticleBasis =>
    paragraph === undefined ? { kind: 'article', treaty, article, quote } : { kind: 'article', treaty, article, paragraph, quote };
