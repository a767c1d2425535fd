// A web-test-runner reporter that counts the real results and prints a plain closing line
// `N passed, N failed[, N skipped]`. A test file that fails outside its tests (does not load,
// throws in a hook, reports an uncaught error) counts as one failed test, so it cannot hide.
// Under `npm test` (WTR_SUMMARY_FILE set) it writes the counts there instead and scripts/test.mjs
// prints one line for browser and Node tests together; WTR_SUMMARY_LABEL names the run in its own line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    counts.ms += test.duration ?? 0;
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: [] };
      const durations = [];
      for (const session of sessions) {
        counts.files += 1;
        const before = counts.failed;
        const file = { ms: 0, passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countSuite(session.testResults, file);
        counts.passed += file.passed;
        counts.failed += file.failed;
        counts.skipped += file.skipped;
        durations.push([session.testFile, file.ms]);
        const failedTests = counts.failed - before;
        if (!session.passed && failedTests === 0) {
          counts.failed += 1;
          counts.fileErrors.push(session.testFile);
        }
      }
      // The slowest files by the time their tests took (load time not included), to keep the run fast.
      counts.slowest = durations.sort((a, b) => b[1] - a[1]).slice(0, 5)
        .map(([file, ms]) => ({ file: path.relative(process.cwd(), file), ms: Math.round(ms) }));
      const line = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
      if (process.env.WTR_SUMMARY_FILE) {
        writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(counts));
        console.log(`\n${process.env.WTR_SUMMARY_LABEL ?? 'browser tests'} (${counts.files} files): ${line}`);
        console.log(`slowest files: ${counts.slowest.map((s) => `${s.file} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
      } else {
        console.log(`\n${line}`);
      }
    },
  };
}
