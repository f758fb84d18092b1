// Prints jest's totals as one plain closing line, "N passed, N failed[, N skipped]",
// so CI (and a person) can see at a glance that tests really ran. It is written when
// the process exits so that it really is the last line, after jest's own summary.
class TotalsReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = TotalsReporter;
