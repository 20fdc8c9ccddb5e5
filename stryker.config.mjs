// Mutation testing of the legal rules (npm run mutate): Stryker changes the code of the domain
// and the treaty modules one mutant at a time and reruns the tests that cover it; a mutant no
// test notices is a rule no test pins down. Reports go to reports/ (ignored by git); the
// incremental baseline is committed so that CI retries only the mutants whose code or tests
// changed (README: "Mutation testing").
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutate.json',
  mutate: ['src/domain/**/*.ts', 'src/treaties/**/*.ts', '!src/**/*.test.ts', '!src/treaties/*-text.ts'],
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Mutants that only code run as a module loads reaches (the treaty parameter tables, module-level
  // constants and patterns) are counted: each reruns every test of vitest.mutate.config.ts (a few
  // seconds), which a full run can afford and the incremental baseline keeps from repeating.
  ignoreStatic: false,
  ignorePatterns: ['/.scratch', '/reports', '/dist', '/docs', '/bench'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 1,
  timeoutMS: 10_000,
};
