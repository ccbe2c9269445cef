/** @type {import('jest').Config} The browser tests: run by scripts/e2e.mjs against a served dist/. */
const base = require("./jest.config.cjs");
module.exports = {
  ...base,
  testMatch: ["**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  roots: ["<rootDir>/test/e2e"],
  testTimeout: 60000,
  maxWorkers: 1,
};
