// Tests live next to the code (src/**/*.test.ts) plus end-to-end and golden cases under test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest leaves one core to the main process by default, which on a 2-core machine means one
    // worker: the suite is mostly waiting (browser, databases, child processes), so use both.
    maxWorkers: 2,
  },
});
