// The UN M49 geographic groups that States belong to: regions, sub-regions, intermediate regions.

export const regionKinds = ['region', 'sub-region', 'intermediate-region'] as const;
export type RegionKind = (typeof regionKinds)[number];

export interface Region {
  /** The three-digit M49 code, e.g. "019" for the Americas. */
  readonly code: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly source: string;
}
