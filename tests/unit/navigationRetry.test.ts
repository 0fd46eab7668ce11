/** The browser tests' one retry: only for a navigation time-out, reported, and a plain message when it happens twice. */
import { errors, type Page } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goto } from '../support/browser';

/** A page whose goto() fails or succeeds in the order given. */
function pageThat(...outcomes: (Error | 'loads')[]) {
  const calls: string[] = [];
  const page = {
    goto: async (url: string) => {
      calls.push(url);
      const outcome = outcomes.shift();
      if (outcome instanceof Error) throw outcome;
      return null;
    },
  } as unknown as Page;
  return { page, calls };
}

describe('goto', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterEach(() => warn.mockClear());

  it('loads once when the page loads', async () => {
    const { page, calls } = pageThat('loads');
    await goto(page, 'http://x/a/');
    expect(calls).toEqual(['http://x/a/']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('retries a time-out once, and says so', async () => {
    const { page, calls } = pageThat(new errors.TimeoutError('Timeout 25000ms exceeded'), 'loads');
    await goto(page, 'http://x/a/');
    expect(calls).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Retrying http:\/\/x\/a\/: it did not load within 25 s \(load average [\d.]+ on \d+ cores\)\.$/));
  });

  it('fails with a message about the machine after a second time-out', async () => {
    const { page, calls } = pageThat(new errors.TimeoutError('t'), new errors.TimeoutError('t'), 'loads');
    await expect(goto(page, 'http://x/a/')).rejects.toThrow(/did not load within 25 s, twice .*too busy for the browser tests/);
    expect(calls).toHaveLength(2);
  });

  it('never retries any other failure', async () => {
    const { page, calls } = pageThat(new Error('net::ERR_CONNECTION_REFUSED'), 'loads');
    await expect(goto(page, 'http://x/a/')).rejects.toThrow('ERR_CONNECTION_REFUSED');
    expect(calls).toHaveLength(1);
  });
});
