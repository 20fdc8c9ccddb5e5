// The tests that exercise the domain and the treaty modules, for mutation testing (npm run mutate):
// pure unit tests, the golden cases and the other tests that run the rules in-process. No
// browser, database server, HTTP or child-process tests: each mutant reruns only the tests that
// cover it, and those must be fast.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/domain/**/*.test.ts',
      'src/treaties/**/*.test.ts',
      'test/golden-cases.test.ts',
      'test/obligations-cases.test.ts',
      'test/depositary-notifications.test.ts',
      'test/record-sources.test.ts',
      'test/treaty-articles.test.ts',
    ],
    environment: 'node',
    // One worker that keeps the modules it loaded from one run to the next: Stryker switches
    // mutants at run time, so each mutant reruns only its covering tests, not every import.
    isolate: false,
    testTimeout: 20_000,
  },
});
