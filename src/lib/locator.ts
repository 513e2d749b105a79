// The locator on each region page: a dot on a simplified outline of the world's land
// (Natural Earth 1:110m "land", which has coastlines and no borders, so it shows no
// border, disputed or not). Equirectangular: x is longitude, y latitude, in degrees,
// cropped to 84° N to 60° S. Pure, unit-tested; the outline is drawn by src/pages/world.svg.ts.

export const LOCATOR_WIDTH = 360;
export const LOCATOR_NORTH = 84;
export const LOCATOR_SOUTH = -60;
export const LOCATOR_HEIGHT = LOCATOR_NORTH - LOCATOR_SOUTH;

/** Approximate centre of each region page's country, [latitude, longitude] in degrees. */
export const REGION_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  afghanistan: [33.9, 67.7],
  azerbaijan: [40.1, 47.6],
  'bosnia-and-herzegovina': [43.9, 17.7],
  cambodia: [12.6, 105.0],
  colombia: [4.6, -74.3],
  'lao-pdr': [19.9, 102.5],
  mozambique: [-18.7, 35.5],
  myanmar: [21.9, 96.0],
  syria: [34.8, 39.0],
  ukraine: [48.4, 31.2],
  'viet-nam': [14.1, 108.3],
  yemen: [15.6, 48.5],
};

/** A longitude and latitude as a point on the locator. */
export function project(latitude: number, longitude: number): { x: number; y: number } {
  return { x: round(longitude + 180), y: round(LOCATOR_NORTH - latitude) };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The locator's point for a region page slug ("regions/cambodia"), or undefined. */
export function regionPoint(slug: string): { x: number; y: number } | undefined {
  const point = REGION_POINTS[slug.replace(/^regions\//, '')];
  return point && project(point[0], point[1]);
}

/**
 * An SVG path of polygon rings given in [longitude, latitude], projected and rounded to
 * whole degrees (a schematic outline, a few kilobytes), dropping repeated points and
 * rings that shrink to nothing.
 */
export function ringsToPath(rings: readonly (readonly (readonly [number, number])[])[]): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const points: string[] = [];
    for (const [longitude, latitude] of ring) {
      if (latitude < LOCATOR_SOUTH) continue;
      const point = `${Math.round(longitude + 180)} ${Math.round(LOCATOR_NORTH - Math.min(latitude, LOCATOR_NORTH))}`;
      if (points.at(-1) !== point) points.push(point);
    }
    if (new Set(points).size >= 3) parts.push(`M${points.join('L')}Z`);
  }
  return parts.join('');
}
