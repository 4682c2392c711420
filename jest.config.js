/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  // Generous: the machine has 2 cores and may be busy with other work; a test passes slowly rather than fails.
  testTimeout: 60000,
  // One worker: the integration tests share one seeded database, and some write to it and put it back.
  maxWorkers: 1,
};
