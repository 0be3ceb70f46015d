/**
 * SVG path data for the marker symbols and the series line. d3-shape would bring its whole path
 * and curve machinery for five polygons, a circle and one curve; these few lines draw the same
 * paths, rounded to 3 decimals as d3 rounds them.
 */
import type { Shape } from '../schema/model.js';

const { PI, abs, cos, min, sign, sin, sqrt } = Math;

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
  if (shape === 'circle') {
    const r = round(sqrt(area / PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
  }
  const [n, k, start] = POLYGONS[shape];
  const step = (2 * PI) / n;
  // n triangles of sides R and kR with the angle `step` between them make up the area.
  const outer = sqrt((2 * area) / (n * k * sin(step)));
  let path = '';
  for (let i = 0; i < n; i++) {
    const r = i % 2 ? outer * k : outer;
    const a = start + i * step;
    path += (i ? 'L' : 'M') + xy(r * sin(a), -r * cos(a));
  }
  return path + 'Z';
}

/**
 * A smooth line through every point that is monotone between each two of them, so it never
 * shows a peak or a dip the data does not have (Steffen's 1990 monotone cubic interpolation, as
 * d3's curveMonotoneX draws it, for x running either way). Repeated points count once; two points
 * make a straight line, one point a closed empty path, none an empty string.
 */
export function monotoneXPath(points: readonly (readonly [number, number])[]): string {
  const p = points.filter((q, i) => !i || q[0] !== points[i - 1]![0] || q[1] !== points[i - 1]![1]);
  const n = p.length;
  if (n < 3) return n ? `M${xy(...p[0]!)}${n > 1 ? 'L' + xy(...p[1]!) : 'Z'}` : '';
  const x = p.map((q) => q[0]);
  const y = p.map((q) => q[1]);
  const h = x.slice(1).map((v, i) => v - x[i]!);
  const d = y.slice(1).map((v, i) => v - y[i]!);
  // The slope of segment i; a vertical one is infinite, signed as though it ran the way segment
  // j runs.
  const s = (i: number, j: number) => d[i]! / (h[i]! || (h[j]! < 0 ? -0 : 0));
  const t: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    const s0 = s(i - 1, i);
    const s1 = s(i, i - 1);
    const p0 = (s0 * h[i]! + s1 * h[i - 1]!) / (h[i - 1]! + h[i]!);
    t[i] = (sign(s0) + sign(s1)) * min(abs(s0), abs(s1), abs(p0) / 2) || 0;
  }
  // An end's tangent leaves the curve straight at that end (no curvature), as a natural spline.
  const end = (i: number, k: number) => (h[i] ? ((3 * d[i]!) / h[i]! - t[k]!) / 2 : t[k]!);
  t[0] = end(0, 1);
  t[n - 1] = end(n - 2, n - 2);
  let path = 'M' + xy(x[0]!, y[0]!);
  for (let i = 0; i < n - 1; i++) {
    const e = h[i]! / 3;
    path += `C${xy(x[i]! + e, y[i]! + e * t[i]!)},${xy(x[i + 1]! - e, y[i + 1]! - e * t[i + 1]!)},${xy(x[i + 1]!, y[i + 1]!)}`;
  }
  return path;
}
