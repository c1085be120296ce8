/**
 * `npm run test:heavy`: the slow hostile-file tests (sheets of half a million and a million rows
 * through the real process). Not part of `npm test`; see README.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base.projects[0],
  displayName: "heavy",
  testMatch: ["<rootDir>/test/heavy/**/*.heavy.ts"],
  testTimeout: 1_800_000,
};
