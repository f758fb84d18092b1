/**
 * Jest runs TypeScript through ts-jest in ESM mode. Type errors are caught by
 * `npm run typecheck`, so ts-jest only transpiles (isolatedModules) to keep the
 * run fast on a 2-core machine.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/test/support/globalTeardown.mjs',
  reporters: ['default', '<rootDir>/test/support/totalsReporter.cjs'],
  testTimeout: 180000,
  // One worker: the DB-backed tests share one Neo4j and must not interleave.
  maxWorkers: 1,
};
