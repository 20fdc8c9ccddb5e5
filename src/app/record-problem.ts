// A problem found in the record: where (file and line, or State), which field, which rule.

export interface RecordProblem {
  readonly file: string;
  /** Line in the file (the header is line 1); null for problems of the record as a whole. */
  readonly line: number | null;
  readonly field: string | null;
  readonly rule: string;
  readonly message: string;
}

export function formatProblem(problem: RecordProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === null ? '' : ` ${problem.field}:`;
  return `${where}:${field} ${problem.message} [${problem.rule}]`;
}
