// Where two sources disagreed about a fact: the value the record chose, the other, and why.

export interface SourceConflict {
  /** The record file holding the fact, e.g. "states.csv" or "apmbc/actions.csv". */
  readonly file: string;
  /** Which fact, e.g. "THA unMemberFrom". */
  readonly key: string;
  readonly field: string;
  readonly valueChosen: string;
  readonly sourceChosen: string;
  readonly valueOther: string;
  readonly sourceOther: string;
  readonly reason: string;
}
