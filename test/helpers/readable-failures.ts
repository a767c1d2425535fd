/**
 * Loaded before every browser test file (`testRunnerHtml` in web-test-runner.config.mjs). A failed
 * assertion's actual and expected values are copied to the runner; a DOM node or an event cannot
 * be, and the file then hung until it timed out, naming no test (modernweb-dev/web#2967). Such
 * values go as text instead. Tests still compare nodes with `expectSameNode`, which says more.
 */
// Not from '@open-wc/testing': imported before mocha is set up, its fixtures would never be
// cleaned up after each test (it registers that hook only where mocha already is).
import { Assertion, AssertionError, assert, expect } from '@esm-bundle/chai';
import { described } from './dom.js';

/** `value` if the runner can copy it, else as text, with nodes and events described. */
function copyable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    // Not copyable: as JSON with nodes described, or (cyclic) as plain text.
  }
  try {
    return JSON.stringify(value, (_, v: unknown) => (v instanceof Node || v instanceof Event ? described(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `check` with its failures' values made copyable. */
function readable<F extends (...args: never[]) => unknown>(check: F): F {
  return function (this: unknown, ...args: Parameters<F>) {
    try {
      return check.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failure.actual = copyable(failure.actual);
        failure.expected = copyable(failure.expected);
      }
      throw error;
    }
  } as F;
}

// Every assertion goes through `assert`; `expect.fail` and `assert.fail` throw on their own.
Assertion.prototype.assert = readable(Assertion.prototype.assert);
expect.fail = readable(expect.fail);
assert.fail = readable(assert.fail);
