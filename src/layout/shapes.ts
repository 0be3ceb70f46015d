/**
 * SVG path data for the marker symbols and the series line. d3-shape would bring its whole path
 * and curve machinery for five polygons, a circle and one curve; these few lines draw the same
 * paths, rounded to 3 decimals as d3 rounds them.
 */
import type { Shape } from '../schema/model.js';
import type { Box } from './geometry.js';
import { METRICS } from './metrics.js';

const { PI, cos, sin, sqrt } = Math;

const round = (v: number) => Math.round(v * 1e3) / 1e3;
const xy = (x: number, y: number) => `${round(x)},${round(y)}`;

/**
 * Corner count, radius of the odd corners as a share of the even ones, and the first corner's
 * angle clockwise from straight up: each polygon is a fan of triangles around (0,0).
 */
const POLYGONS: Record<Exclude<Shape, 'circle'>, readonly [number, number, number]> = {
  square: [4, 1, -PI / 4],
  diamond: [4, sqrt(1 / 3), 0],
  triangle: [3, 1, 0],
  star: [10, (3 - sqrt(5)) / 2, 0],
};

/**
 * A marker symbol centred on (0,0) whose area is `area` px², so that shapes of one size look
 * equally heavy: the same figures as d3's symbolCircle, symbolSquare, symbolDiamond,
 * symbolTriangle and symbolStar.
 */
export function symbolPath(shape: Shape, area: number): string {
  return `M0,0${relativeSymbolPath(shape, area)}`;
}

/**
 * The same symbol, written as a relative move from its centre and relative steps: placed after
 * `M x,y`, it draws the symbol centred on (x, y), so that many markers can be joined in one path
 * without a transform each.
 */
export function relativeSymbolPath(shape: Shape, area: number): string {
  if (shape === 'circle') {
    const r = round(sqrt(area / PI));
    return `m${r},0a${r},${r},0,1,1,${round(-2 * r)},0a${r},${r},0,1,1,${round(2 * r)},0`;
  }
  let path = '';
  let px = 0;
  let py = 0;
  // Steps between the rounded corners, so that the corners land where d3 puts them.
  corners(shape, area).forEach(([x, y], i) => {
    path += (i ? 'l' : 'm') + xy(x - px, y - py);
    px = x;
    py = y;
  });
  return path + 'Z';
}

/** A polygon's corners around (0,0), rounded. */
function corners(shape: Exclude<Shape, 'circle'>, area: number): Array<[number, number]> {
  const [n, k, start] = POLYGONS[shape];
  const step = (2 * PI) / n;
  // n triangles of sides R and kR with the angle `step` between them make up the area.
  const outer = sqrt((2 * area) / (n * k * sin(step)));
  return Array.from({ length: n }, (_, i) => {
    const r = i % 2 ? outer * k : outer;
    const a = start + i * step;
    return [round(r * sin(a)), round(-r * cos(a))];
  });
}

/**
 * How far a marker reaches from its centre along the time axis: across the page, or up and down
 * on a vertical axis.
 */
export function markerReach(shape: Shape, core: boolean, vertical: boolean): number {
  // Asked for every pair of a band and a marker: worked out once per kind of marker.
  const key = shape + core + vertical;
  let reach = REACH.get(key);
  if (reach === undefined) {
    const area = core ? METRICS.coreMarkerArea : METRICS.markerArea;
    reach =
      shape === 'circle'
        ? sqrt(area / PI)
        : Math.max(...corners(shape, area).map(([x, y]) => Math.abs(vertical ? y : x)));
    REACH.set(key, reach);
  }
  return reach;
}

const REACH = new Map<string, number>();

const PATHS = new Map<string, string>();
const RELATIVE = new Map<string, string>();

function cachedMarker(
  cache: Map<string, string>,
  draw: typeof symbolPath,
  shape: Shape,
  core: boolean,
): string {
  const key = `${shape}${core ? '+' : ''}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = draw(shape, core ? METRICS.coreMarkerArea : METRICS.markerArea);
    cache.set(key, path);
  }
  return path;
}

/** `markerPath` in relative steps from the marker's centre (see `relativeSymbolPath`). */
export function relativeMarkerPath(shape: Shape, core: boolean): string {
  return cachedMarker(RELATIVE, relativeSymbolPath, shape, core);
}

/** Marker path for a shape; core events are drawn larger. Ten shapes in all, each built once. */
export function markerPath(shape: Shape, core: boolean): string {
  return cachedMarker(PATHS, symbolPath, shape, core);
}

/** A mark's click target, centred on the marker. */
export const HIT: Box = {
  x: -METRICS.target / 2,
  y: -METRICS.target / 2,
  width: METRICS.target,
  height: METRICS.target,
};

/** Category colours in the theme: the seventh category takes the first colour again. */
const CATEGORY_COLOURS = 6;

/** The theme colour (1–6) of the category at an index in the document. */
export function categorySlot(index: number): number {
  return (index % CATEGORY_COLOURS) + 1;
}
