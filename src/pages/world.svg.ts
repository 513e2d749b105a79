// /world.svg: the outline of the world's land for the region pages' locator (see
// src/lib/locator.ts), drawn at build time from Natural Earth's 1:110m land (world-atlas,
// public domain), which has coastlines only: no borders. One file, cached by the browser,
// referenced by every region page with <use href="/world.svg#land">.
import type { APIRoute } from 'astro';
import { feature } from 'topojson-client';
import land from 'world-atlas/land-110m.json' with { type: 'json' };
import { LOCATOR_HEIGHT, LOCATOR_WIDTH, ringsToPath } from '../lib/locator.ts';

export const GET: APIRoute = () => {
  const geo = feature(land, land.objects.land) as { features: { geometry: { type: string; coordinates: number[][][][] | number[][][] } }[] };
  const rings: [number, number][][] = [];
  for (const { geometry } of geo.features) {
    const polygons = geometry.type === 'MultiPolygon' ? (geometry.coordinates as number[][][][]) : [geometry.coordinates as number[][][]];
    for (const polygon of polygons) for (const ring of polygon) rings.push(ring as [number, number][]);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOCATOR_WIDTH} ${LOCATOR_HEIGHT}"><path id="land" d="${ringsToPath(rings)}"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
