import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('follows same-origin paths', () => {
    expect(safeNextPath('/deals/3?tab=notes')).toBe('/deals/3?tab=notes');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of ['https://evil.test', '//evil.test', '/\\evil.test', 'javascript:alert(1)', '', null]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
