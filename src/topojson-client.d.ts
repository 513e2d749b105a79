// topojson-client ships no types; the world outline (src/pages/world.svg.ts) uses only feature().
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
