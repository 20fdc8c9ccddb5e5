// The kinds of fact a treaty module declares, read as an analyst of the record would: every kind a
// tally, a statement or an obligation uses is declared and named in every language; a tally of
// "States that at one time stockpiled" counts a State known by an estimate of its stockpile or by
// having destroyed it; the only facts dated ahead are deadlines; an obligation is keyed by its article.
import { describe, expect, it } from 'vitest';
import { languages } from '../domain/language.js';
import type { TreatyRules } from '../domain/treaty.js';
import { apmbc } from './apmbc.js';
import { ccm } from './ccm.js';

describe.each([apmbc, ccm] as TreatyRules[])('the kinds of fact of $id', (rules) => {
  const { facts, obligations } = rules;
  const declared = facts.kinds.map((k) => k.id);
  const { stockpile, clearance, transparency } = obligations;

  it('declares every kind its tallies, statements and obligations use, each once and each named in every language', () => {
    const used = [
      ...facts.tallies.flatMap((t) => t.kinds),
      facts.stockpileEstimate,
      facts.stockpiled,
      facts.stateUse,
      ...(facts.nsagUse === null ? [] : [facts.nsagUse]),
      stockpile.heldKind,
      stockpile.completedKind,
      stockpile.noneKind,
      ...(stockpile.extension === null ? [] : [stockpile.extension.kind]),
      clearance.affectedKind,
      clearance.deadlineKind,
      clearance.extensionKind,
      clearance.completedKind,
      transparency.reportKind,
    ];
    expect(used.filter((kind) => !declared.includes(kind))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
    for (const language of languages) {
      expect(declared.filter((id) => rules.text[language].kinds[id] === undefined), language).toEqual([]);
      expect(facts.tallies.filter((t) => rules.text[language].tallies[t.id] === undefined).map((t) => t.id), language).toEqual([]);
    }
  });

  it('counts in each tally of an activity the kind of that activity, and in "any activity" every activity', () => {
    for (const tally of facts.tallies) expect(tally.kinds.length, tally.id).toBeGreaterThan(0);
    for (const activity of ['produced', 'used', 'transferred', 'stockpiled']) {
      expect(facts.tallies.find((t) => t.id === activity)?.kinds, activity).toContain(activity);
    }
    const anyActivity = facts.tallies.find((t) => t.id === 'any-activity')?.kinds ?? [];
    const activities = facts.tallies.filter((t) => !['any-activity', clearance.affectedKind].includes(t.id)).flatMap((t) => t.kinds);
    expect(activities.filter((kind) => !anyActivity.includes(kind))).toEqual([]);
    // Contamination is not an activity of the State's: it has its own tally.
    expect(anyActivity).not.toContain(clearance.affectedKind);
    expect(facts.tallies.find((t) => t.id === clearance.affectedKind)?.kinds).toEqual([clearance.affectedKind]);
  });

  it('counts among the States that at one time stockpiled those known by an estimate of their stockpile', () => {
    const stockpiled = facts.tallies.find((t) => t.id === 'stockpiled')?.kinds ?? [];
    expect(stockpiled).toContain(facts.stockpileEstimate);
    expect(stockpiled).toContain(stockpile.heldKind);
  });

  it('lets only deadlines, original or extended, be dated ahead of the day they are recorded', () => {
    const deadlines = [clearance.deadlineKind, clearance.extensionKind, ...(stockpile.extension === null ? [] : [stockpile.extension.kind])];
    expect(facts.kinds.filter((k) => k.deadline === true).map((k) => k.id).sort()).toEqual([...deadlines].sort());
    expect(facts.kinds.filter((k) => k.value === 'date').map((k) => k.id).sort()).toEqual([...deadlines].sort());
  });

  it('keys each obligation by the article that imposes it', () => {
    expect(stockpile.key).toBe(`article${stockpile.basis.article}`);
    expect(clearance.key).toBe(`article${clearance.basis.article}`);
    expect(transparency.key).toBe(`article${transparency.initialBasis.article}`);
  });
});
