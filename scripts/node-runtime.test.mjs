import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installSpec, meetsMinimum, PINNED_NODE } from './node-runtime.mjs';

describe('meetsMinimum', () => {
  it('accepts Node 22.12 and later', () => {
    for (const version of ['22.12.0', 'v22.12.0', '22.13.1', '23.0.0', 'v24.21.0']) expect(meetsMinimum(version)).toBe(true);
  });

  it('rejects older versions, such as the Node 20 some machines ship', () => {
    for (const version of ['v20.20.2', '22.11.9', '18.0.0', '22']) expect(meetsMinimum(version)).toBe(false);
  });
});

describe('the Node the bootstrap installs', () => {
  it('is one exact version, never a range or a bare major', () => {
    expect(PINNED_NODE).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installSpec()).toBe(`node@${PINNED_NODE}`);
  });

  it('meets the minimum and is the major .nvmrc names', () => {
    expect(meetsMinimum(PINNED_NODE)).toBe(true);
    expect(PINNED_NODE.split('.')[0]).toBe(readFileSync('.nvmrc', 'utf8').trim().replace(/^v/, '').split('.')[0]);
  });
});
