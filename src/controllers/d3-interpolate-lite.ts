/**
 * What d3-zoom needs of d3-interpolate, for the single-file bundle only: `interpolateZoom`,
 * which it calls to animate a zoom transition. This element never animates a zoom (see
 * d3-transition-lite.ts), so the function is never called here; it moves the view in a straight
 * line should anything call it. The real module brings d3-color with it (about 4 KB gzip),
 * because its colour interpolators are built when the module loads.
 */
export function interpolateZoom(from: readonly number[], to: readonly number[]): (t: number) => number[] {
  return (t) => from.map((value, i) => value + ((to[i] ?? value) - value) * t);
}
