// The casualty data as the chart, the tables and the counter use it, read from the
// content collections once per build. A record naming an unknown source, or a
// country, authority or context with no words in content/i18n/en.json, fails the
// build with the file and the record named.
import { getCollection } from 'astro:content';
import { isUIKey, type UIKey } from '../i18n/ui.ts';
import {
  assertSourcesKnown,
  countrySourceIds,
  editionSourceIds,
  latestEdition,
  sortEditions,
  type CountryRecord,
  type MonitorEdition,
} from '../lib/casualty-data.ts';

export const MONITOR_FILE = 'content/data/landmine-monitor.yaml';
export const COUNTRIES_FILE = 'content/data/countries.yaml';

/** A UI-string key built from data (a country code, an authority), checked to exist in English. */
export function dataKey(prefix: 'casualties.country' | 'casualties.who' | 'casualties.context', name: string, file: string, record: string): UIKey {
  const key = `${prefix}.${name}`;
  if (!isUIKey(key)) throw new Error(`${file}: ${record} needs the UI string "${key}" in content/i18n/en.json.`);
  return key;
}

let cached: Promise<{ editions: MonitorEdition[]; countries: CountryRecord[] }> | undefined;

function load() {
  cached ??= Promise.all([getCollection('landmineMonitor'), getCollection('countryFigures'), getCollection('sources')]).then(
    ([editionEntries, countryEntries, sourceEntries]) => {
      const known = new Set(sourceEntries.map((entry) => entry.id));
      const editions = sortEditions(editionEntries.map((entry) => entry.data));
      const countries = countryEntries.map((entry) => entry.data);
      assertSourcesKnown(MONITOR_FILE, editions.map((e) => ({ id: e.id, sources: editionSourceIds(e) })), known);
      assertSourcesKnown(COUNTRIES_FILE, countries.map((c) => ({ id: c.id, sources: countrySourceIds(c) })), known);
      for (const edition of editions) for (const c of edition.mostAffected ?? []) dataKey('casualties.country', c.country, MONITOR_FILE, edition.id);
      for (const record of countries) {
        dataKey('casualties.country', record.country, COUNTRIES_FILE, record.id);
        dataKey('casualties.who', record.attribution, COUNTRIES_FILE, record.id);
        if (record.context) dataKey('casualties.context', record.context.text, COUNTRIES_FILE, record.id);
      }
      return { editions, countries };
    },
  );
  return cached;
}

/** Every Landmine Monitor edition, oldest first. */
export async function getMonitorEditions(): Promise<MonitorEdition[]> {
  return (await load()).editions;
}

/** The newest edition: the figure the counter shows. */
export async function getLatestEdition(): Promise<MonitorEdition> {
  return latestEdition(await getMonitorEditions());
}

export async function getCountryRecords(): Promise<CountryRecord[]> {
  return (await load()).countries;
}

export async function getCountryRecord(id: string): Promise<CountryRecord> {
  const record = (await getCountryRecords()).find((r) => r.id === id);
  if (!record) throw new Error(`No record "${id}" in ${COUNTRIES_FILE}.`);
  return record;
}

/** The sources the chart and its table cite: each edition's totals and revisions. */
export function chartSourceIds(editions: readonly MonitorEdition[]): string[] {
  return [
    ...new Set(
      editions.flatMap((e) => [e.casualties.source, e.killed?.source, e.injured?.source, ...(e.revisedLater ?? []).map((r) => r.source)]),
    ),
  ].filter((id): id is string => id !== undefined);
}

/** The sources the details table cites: civilians, children and countries. */
export function detailsSourceIds(editions: readonly MonitorEdition[]): string[] {
  return [
    ...new Set(editions.flatMap((e) => [e.civilians?.source, e.children?.source, ...(e.mostAffected ?? []).map((c) => c.source)])),
  ].filter((id): id is string => id !== undefined);
}

/**
 * Sources cited by the data components used in an MDX body (<CasualtyChart />,
 * <CasualtyDetails />, <NationalFigures />, <CasualtyCounter />), for the Sources
 * page's "Cited on" lists. <Cite> ids are found separately.
 */
export async function dataComponentCitations(body: string): Promise<string[]> {
  const uses = (name: string) => new RegExp(`<${name}\\b`).test(body);
  if (!['CasualtyChart', 'CasualtyDetails', 'NationalFigures', 'CasualtyCounter'].some(uses)) return [];
  const { editions, countries } = await load();
  const ids: string[] = [];
  if (uses('CasualtyChart')) ids.push(...chartSourceIds(editions));
  if (uses('CasualtyDetails')) ids.push(...detailsSourceIds(editions));
  if (uses('NationalFigures')) ids.push(...countries.flatMap(countrySourceIds));
  if (uses('CasualtyCounter')) {
    ids.push(latestEdition(editions).casualties.source);
    for (const match of body.matchAll(/<CasualtyCounter\b[^>]*\brecord\s*=\s*["']([^"']+)["']/g)) {
      const record = countries.find((c) => c.id === match[1]);
      if (record) ids.push(...countrySourceIds(record));
    }
  }
  return [...new Set(ids)];
}
