/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2020",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  setupFiles: [
    "<rootDir>/test/setup/custom-functions-global.ts",
    "<rootDir>/test/setup/text-codec.ts",
  ],
  // A limit against hangs, not a speed assertion: under load (2 cores, several suites) a test may take long.
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
