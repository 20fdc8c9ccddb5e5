// The treaty modules load: their parameter tables are valid data (a date that is no date, or a
// treaty without its id, fails here as a test, not only as every other test file failing to load).
import { describe, expect, it } from 'vitest';

describe('the treaty modules', () => {
  it.each([
    ['apmbc', async () => (await import('../src/treaties/apmbc.js')).apmbc],
    ['ccm', async () => (await import('../src/treaties/ccm.js')).ccm],
  ] as const)('%s loads, under its own id, with its dates', async (id, load) => {
    const rules = await load();
    expect(rules.id).toBe(id);
    expect(rules.signature.opens > rules.adopted).toBe(true);
  });
});
