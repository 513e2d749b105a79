import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import english from '../../content/i18n/en.json';
import { countryRecordSchema, countrySourceIds, editionSourceIds, latestEdition, monitorEditionSchema, sortEditions } from './casualty-data.ts';

const edition = {
  id: 'lm-2025',
  edition: 2025,
  dataYear: 2024,
  casualties: { value: 6279, source: 'mag-lm-2025' },
  killed: { value: 1945, source: 'mag-lm-2025' },
};
const country = {
  id: 'kh-cmaa-1979-2023',
  country: 'KH',
  attribution: 'cmaa',
  kind: 'national-authority',
  statedOn: '2024-03-14',
  source: 'star-cambodia-2024',
  period: { from: '1979', to: '2023' },
  killed: { value: 19822 },
};
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('monitorEditionSchema', () => {
  it('accepts an edition whose every figure names its source', () => {
    expect(monitorEditionSchema.parse(edition)).toEqual(edition);
  });

  it('rejects a figure without a source', () => {
    expect(paths(monitorEditionSchema.safeParse({ ...edition, casualties: { value: 6279 } }))).toContain('casualties.source');
    expect(paths(monitorEditionSchema.safeParse({ ...edition, killed: { value: 1945 } }))).toContain('killed.source');
    const country = { country: 'MM', value: 2029 };
    expect(paths(monitorEditionSchema.safeParse({ ...edition, mostAffected: [country] }))).toContain('mostAffected.0.source');
    expect(paths(monitorEditionSchema.safeParse({ ...edition, children: { count: 12 } }))).toContain('children.source');
  });

  it('rejects a bare number, a source that is not an id, and unknown fields', () => {
    expect(paths(monitorEditionSchema.safeParse({ ...edition, casualties: 6279 }))).toContain('casualties');
    expect(paths(monitorEditionSchema.safeParse({ ...edition, casualties: { value: 6279, source: 'MAG 2025' } }))).toContain('casualties.source');
    expect(monitorEditionSchema.safeParse({ ...edition, injuredApprox: 4334 }).success).toBe(false);
  });

  it('rejects a total of 0 or below, naming the field', () => {
    for (const value of [0, -1]) {
      const result = monitorEditionSchema.safeParse({ ...edition, casualties: { value, source: 'mag-lm-2025' } });
      expect(paths(result)).toContain('casualties.value');
      expect(result.error?.issues.find((i) => i.path.join('.') === 'casualties.value')?.message).toMatch(/above 0/);
    }
    expect(monitorEditionSchema.safeParse({ ...edition, casualties: { value: 1, source: 'mag-lm-2025' }, killed: undefined, injured: undefined }).success).toBe(true);
  });

  it('checks that the figures hang together', () => {
    expect(paths(monitorEditionSchema.safeParse({ ...edition, dataYear: 2025 }))).toContain('dataYear');
    expect(paths(monitorEditionSchema.safeParse({ ...edition, id: 'lm-2024' }))).toContain('id');
    const tooMany = { ...edition, injured: { value: 5000, source: 'mag-lm-2025' } };
    expect(paths(monitorEditionSchema.safeParse(tooMany))).toContain('casualties');
    const children = { percent: 49, source: 'lm-2023-impact' };
    expect(paths(monitorEditionSchema.safeParse({ ...edition, children }))).toContain('children.of');
  });
});

describe('countryRecordSchema', () => {
  it('accepts an attributed national figure', () => {
    expect(countryRecordSchema.parse(country).killed).toEqual({ value: 19822 });
  });

  it('rejects a record without a source or an attribution', () => {
    const { source: _source, ...noSource } = country;
    expect(paths(countryRecordSchema.safeParse(noSource))).toContain('source');
    const { attribution: _who, ...noWho } = country;
    expect(paths(countryRecordSchema.safeParse(noWho))).toContain('attribution');
  });

  it('requires independent context beside figures from a party to a conflict', () => {
    const party = { ...country, kind: 'government-of-a-party' };
    expect(paths(countryRecordSchema.safeParse(party))).toContain('context');
    expect(countryRecordSchema.safeParse({ ...party, context: { text: 'nagorno-karabakh', source: 'un-geneva-lm-2021' } }).success).toBe(true);
  });

  it('rejects a record with no figure', () => {
    const { killed: _killed, ...empty } = country;
    expect(countryRecordSchema.safeParse(empty).success).toBe(false);
  });
});

describe('sortEditions and latestEdition', () => {
  it('orders editions and finds the newest', () => {
    const list = [{ edition: 2023 }, { edition: 2025 }, { edition: 2019 }];
    expect(sortEditions(list).map((e) => e.edition)).toEqual([2019, 2023, 2025]);
    expect(latestEdition(list).edition).toBe(2025);
    expect(() => sortEditions([{ edition: 2023 }, { edition: 2023 }])).toThrow(/2023 appears twice/);
  });
});

// The real data files.
describe('content/data', () => {
  const registry = new Set((parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id));
  const editions = (parse(readFileSync('content/data/landmine-monitor.yaml', 'utf8')) as unknown[]).map((e) => monitorEditionSchema.parse(e));
  const countries = (parse(readFileSync('content/data/countries.yaml', 'utf8')) as unknown[]).map((c) => countryRecordSchema.parse(c));
  const keys = new Set(Object.keys(english));

  it('has one Landmine Monitor record per edition, 2019 to 2025', () => {
    expect(sortEditions(editions).map((e) => e.edition)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('gives the counter the Landmine Monitor 2025 total: 6,279 casualties in 2024', () => {
    const latest = latestEdition(editions);
    expect([latest.edition, latest.dataYear, latest.casualties.value]).toEqual([2025, 2024, 6279]);
  });

  it('never publishes the derived Landmine Monitor 2024 injured figure', () => {
    const lm2024 = editions.find((e) => e.edition === 2024)!;
    expect(lm2024.injured).toBeUndefined();
    expect(JSON.stringify(editions)).not.toContain('3774');
  });

  it('names only sources that are in content/sources.yaml', () => {
    const named = [...editions.flatMap(editionSourceIds), ...countries.flatMap(countrySourceIds)];
    expect(named.filter((id) => !registry.has(id))).toEqual([]);
  });

  it('has words in content/i18n/en.json for every country, authority and context', () => {
    const needed = [
      ...editions.flatMap((e) => (e.mostAffected ?? []).map((c) => `casualties.country.${c.country}`)),
      ...countries.flatMap((c) => [
        `casualties.country.${c.country}`,
        `casualties.who.${c.attribution}`,
        ...(c.context ? [`casualties.context.${c.context.text}`] : []),
      ]),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has unique country record ids', () => {
    const ids = countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
