import { describe, expect, it } from 'vitest';
import { meetsMinimum } from './node-runtime.mjs';

describe('meetsMinimum', () => {
  it('accepts Node 22.12 and later', () => {
    for (const version of ['22.12.0', 'v22.12.0', '22.13.1', '23.0.0', 'v24.21.0']) expect(meetsMinimum(version)).toBe(true);
  });

  it('rejects older versions, such as the Node 20 some machines ship', () => {
    for (const version of ['v20.20.2', '22.11.9', '18.0.0', '22']) expect(meetsMinimum(version)).toBe(false);
  });
});
