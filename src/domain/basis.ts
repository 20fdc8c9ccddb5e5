// Why a rule gave its answer: the articles it applied, or the record field it took a date from.

export interface ArticleBasis {
  readonly kind: 'article';
  readonly treaty: string;
  readonly article: string;
  readonly paragraph?: string;
  /** The few words of the treaty the rule implements. */
  readonly quote: string;
}

export interface RecordBasis {
  readonly kind: 'record';
  readonly field: string;
  readonly note: string;
}

export type Basis = ArticleBasis | RecordBasis;

export interface Explained<T> {
  readonly value: T;
  readonly basis: readonly Basis[];
}

/** "Art. 17(2)" or "record: effectiveDate". */
export function citeBasis(basis: Basis): string {
  switch (basis.kind) {
    case 'article':
      return `Art. ${basis.article}${basis.paragraph === undefined ? '' : `(${basis.paragraph})`}`;
    case 'record':
      return `record: ${basis.field}`;
  }
}

export const citeAll = (bases: readonly Basis[]): string => bases.map(citeBasis).join(', ');
