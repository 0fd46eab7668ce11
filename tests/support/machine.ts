/**
 * How hard the browser tests may push this machine, and what to say when it is too slow for them.
 * Read by vitest.config.ts (how many concurrent tests run at once) and by tests/support/browser.ts.
 */
import { availableParallelism, loadavg } from 'node:os';

const CORES = availableParallelism();

/**
 * Concurrent browser tests per file: one per core, plus one to use the time a page spends waiting on the
 * network. The tests are CPU-bound, so more only makes each test slower: on 2 cores, Vitest's default of 5
 * finished browser.test.ts 6% sooner (197 s against 209 s) with every test slower, nearer its time-out.
 */
export const BROWSER_CONCURRENCY = CORES + 1;

/** A navigation gets this long; the one retry gets as long again, inside the site tests' 60 s time-out. */
export const NAVIGATION_TIMEOUT = 25_000;

/** "load average 3.1 on 2 cores": how busy the machine is, for messages about time-outs. */
export function machineLoad(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${CORES} cores`;
}
