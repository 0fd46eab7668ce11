/** Without Chromium the browser tests must fail and say how to get it, never skip. */
import { describe, expect, it } from 'vitest';
import { assertChromium } from '../support/browser';

describe('the browser launcher', () => {
  it('fails with install instructions when there is no browser at the path', () => {
    expect(() => assertChromium('/nonexistent/chromium')).toThrow(/apt-get install -y chromium[\s\S]*CHROMIUM_PATH=/);
  });

  it('accepts an executable', () => {
    expect(() => assertChromium(process.execPath)).not.toThrow();
  });
});
