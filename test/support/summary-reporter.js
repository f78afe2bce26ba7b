/* eslint-disable no-undef */
// Prints one plain closing line, "jest: N passed, N failed[, N skipped]", after jest's own
// summary, so that CI logs state the counts in a form any reader recognises.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`
    );
  }
}
module.exports = SummaryReporter;
