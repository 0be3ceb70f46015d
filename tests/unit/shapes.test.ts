/**
 * The marker symbols are drawn without d3-shape, which stays only as the oracle here: the same
 * corners and the same circle, compared as geometry (the path strings may differ).
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { relativeSymbolPath, symbolPath } from '../../src/layout/shapes.js';
import type { Shape } from '../../src/schema/model.js';

/** Both sides round to 3 decimals, and d3 sums rounded figures in its relative commands. */
const TOLERANCE = 2e-3;

type Point = readonly [number, number];
interface Segment {
  readonly from: Point;
  /** Cubic control points; a straight segment has none. */
  readonly controls?: readonly [Point, Point];
  readonly to: Point;
  /** Arc radii, and the large-arc and sweep flags. */
  readonly radii?: Point;
  readonly flags?: Point;
}

const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, A: 7, Z: 0 };

/** The segments of path data in the commands d3 and shapes.ts write, in absolute coordinates. */
function parse(d: string): Segment[] {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  const segments: Segment[] = [];
  let start: Point = [0, 0];
  let at: Point = [0, 0];
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++]!;
    const upper = command.toUpperCase();
    const arity = ARITY[upper];
    if (arity === undefined) throw new Error(`unexpected ${command} in ${d}`);
    const n = tokens.slice(i, i + arity).map(Number);
    i += arity;
    if (n.length !== arity || n.some(Number.isNaN)) throw new Error(`bad arguments to ${command} in ${d}`);
    const [dx, dy] = command === upper ? [0, 0] : at;
    const abs = (x: number, y: number): Point => [x + dx, y + dy];
    const push = (segment: Segment) => {
      segments.push(segment);
      at = segment.to;
    };
    if (upper === 'M') at = start = abs(n[0]!, n[1]!);
    else if (upper === 'L') push({ from: at, to: abs(n[0]!, n[1]!) });
    else if (upper === 'H') push({ from: at, to: [n[0]! + dx, at[1]] });
    else if (upper === 'V') push({ from: at, to: [at[0], n[0]! + dy] });
    else if (upper === 'C')
      push({ from: at, controls: [abs(n[0]!, n[1]!), abs(n[2]!, n[3]!)], to: abs(n[4]!, n[5]!) });
    else if (upper === 'A')
      push({ from: at, radii: [n[0]!, n[1]!], flags: [n[3]!, n[4]!], to: abs(n[5]!, n[6]!) });
    else push({ from: at, to: start });
  }
  return segments;
}

const near = (a: Point, b: Point, tolerance = TOLERANCE) =>
  Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;

/** The corners of a closed polygon's path, without the closing return to the first. */
function corners(d: string): Point[] {
  expect(d.endsWith('Z'), `${d} is closed`).toBe(true);
  const segments = parse(d);
  return [segments[0]!.from, ...segments.slice(0, -1).map((s) => s.to)];
}

/** Shoelace area; positive when the corners run clockwise on screen (y down). */
function area(points: readonly Point[]): number {
  let sum = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    sum += x0 * y1 - x1 * y0;
  });
  return sum / 2;
}

describe('marker symbols', () => {
  const D3 = {
    square: symbolSquare,
    diamond: symbolDiamond,
    triangle: symbolTriangle,
    star: symbolStar,
  } as const;
  const SIZES = [64, 130, 1, 1000];

  for (const [shape, type] of Object.entries(D3) as Array<[Exclude<Shape, 'circle'>, typeof symbolStar]>) {
    it(`a ${shape} has d3's corners, in d3's order, and the area asked for`, () => {
      for (const size of SIZES) {
        const ours = corners(symbolPath(shape, size));
        const theirs = corners(symbol(type, size)()!);
        expect(ours.length).toBe(theirs.length);
        // The same polygon whichever corner it starts from.
        const offset = theirs.findIndex((p) => near(p, ours[0]!));
        expect(offset, `${shape} ${size}: first corner`).toBeGreaterThanOrEqual(0);
        ours.forEach((p, i) => {
          const q = theirs[(i + offset) % theirs.length]!;
          expect(near(p, q), `${shape} ${size}: corner ${i} (${p}) against d3's (${q})`).toBe(true);
        });
        expect(Math.abs(area(ours) / size - 1), `${shape} ${size}: area`).toBeLessThan(5e-3);
      }
    });
  }

  it("a circle has d3's radius and extent, and the area asked for", () => {
    for (const size of SIZES) {
      const ours = parse(symbolPath('circle', size));
      const theirs = parse(symbol(symbolCircle, size)()!);
      expect(ours.length).toBe(theirs.length);
      const r = Math.sqrt(size / Math.PI);
      ours.forEach((s, i) => {
        const t = theirs[i]!;
        expect(s.radii, `${size}: arc ${i}`).toBeDefined();
        expect(
          near(s.radii!, t.radii!) && near(s.from, t.from) && near(s.to, t.to),
          `${size}: arc ${i}`,
        ).toBe(true);
        expect(s.flags).toEqual(t.flags);
        expect(near(s.radii!, [r, r])).toBe(true);
      });
      // Two half turns the same way round, between the ends of a diameter, make the circle.
      const ends = [ours[0]!.from, ours[0]!.to, ours[1]!.to];
      expect(
        ends.every((p, i) => near(p, [i % 2 ? -r : r, 0])),
        `${size}: ${ends}`,
      ).toBe(true);
    }
  });
});

describe('marker symbols in relative steps', () => {
  const SHAPES: Shape[] = ['circle', 'square', 'diamond', 'triangle', 'star'];

  it('after a move to (x, y), a relative symbol draws the same symbol centred there', () => {
    for (const shape of SHAPES)
      for (const size of [64, 130])
        for (const [x, y] of [
          [0, 0],
          [412.015625, 264],
          [-3.5, 1000.25],
        ] as const) {
          const ours = parse(`M${x},${y}${relativeSymbolPath(shape, size)}`);
          const theirs = parse(symbolPath(shape, size));
          expect(ours.length, `${shape} ${size}`).toBe(theirs.length);
          ours.forEach((s, i) => {
            const t = theirs[i]!;
            const moved = (p: Point): Point => [p[0] + x, p[1] + y];
            expect(
              near(s.from, moved(t.from)) && near(s.to, moved(t.to)),
              `${shape} ${size} at ${x},${y}: segment ${i} ${s.from} → ${s.to}`,
            ).toBe(true);
            expect(s.radii).toEqual(t.radii);
            expect(s.flags).toEqual(t.flags);
          });
        }
  });
});
