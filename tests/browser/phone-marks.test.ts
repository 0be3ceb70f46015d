/**
 * The phone's picture of the story's marks: time runs down a vertical axis whose compressed
 * background holds years in a few px, so crowded marks step out across the axis instead of
 * along it, each at its own time, joined to the axis by a straight stem.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import type { Box } from '../../src/layout/geometry.js';
import type { EventMark, Layout, Segment } from '../../src/layout/types.js';
import { eventNode, mount, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

afterAll(() => page.viewport(414, 896));

/** Phones from the smallest in use to the largest, in both languages. */
const PHONES = (['en', 'ar'] as const).flatMap((lang) =>
  [300, 320, 343, 375, 414].map((w) => [lang, w] as const),
);

/** The centre of a mark's click target (a square around its marker), in chart px. */
function targetCentre(el: DrawdownTimeline, id: string): { x: number; y: number } {
  const svg = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
  const r = eventNode(el, id).querySelector('.hit')!.getBoundingClientRect();
  return { x: r.x + r.width / 2 - svg.x, y: r.y + r.height / 2 - svg.y };
}

/** The time a mark stands for: a period's start, any other event's instant. */
function markTime(m: EventMark): number {
  return m.event.kind === 'period' ? m.event.span.start : m.event.time;
}

/** The shortest distance between two segments, by sampling each half-px along the first. */
function distance(a: Segment, b: Segment): number {
  const steps = Math.max(1, Math.ceil(Math.hypot(a.x2 - a.x1, a.y2 - a.y1) * 2));
  let best = Infinity;
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    const px = a.x1 + (a.x2 - a.x1) * t;
    const py = a.y1 + (a.y2 - a.y1) * t;
    const dx = b.x2 - b.x1;
    const dy = b.y2 - b.y1;
    const len = dx * dx + dy * dy;
    const u = len ? Math.max(0, Math.min(1, ((px - b.x1) * dx + (py - b.y1) * dy) / len)) : 0;
    best = Math.min(best, Math.hypot(px - (b.x1 + u * dx), py - (b.y1 + u * dy)));
  }
  return best;
}

/** Whether a segment (chart px) passes through a mark's drawn marker's body, its fill (sampled each half-px). */
function crosses(el: DrawdownTimeline, s: Segment, m: EventMark): boolean {
  const path = eventNode(el, m.event.id).querySelector<SVGGeometryElement>('.marker')!;
  const steps = Math.max(1, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) * 2));
  for (let k = 0; k <= steps; k++) {
    const p = new DOMPoint(
      s.x1 + ((s.x2 - s.x1) * k) / steps - m.x,
      s.y1 + ((s.y2 - s.y1) * k) / steps - m.y,
    );
    if (path.isPointInFill(p)) return true;
  }
  return false;
}

/** Room a leader keeps from another mark's outline, beyond the leader's own half width. */
const OUTLINE_GAP = 2;

/**
 * Whether a segment drawn 1 px wide (chart px) comes within `OUTLINE_GAP` of a mark's drawn
 * marker: its fill, or its outline as drawn (the stroke, at its own width). The outline is
 * widened by the leader's half width and the gap on each side, and the segment sampled each
 * quarter px.
 */
function grazes(el: DrawdownTimeline, s: Segment, m: EventMark): boolean {
  const path = eventNode(el, m.event.id).querySelector<SVGGeometryElement>('.marker')!;
  const drawn = parseFloat(getComputedStyle(path).strokeWidth) || 0;
  return segmentInOutline(path, s, m, drawn + 2 * (0.5 + OUTLINE_GAP));
}

/**
 * Whether a segment, sampled each quarter px, meets a marker drawn with its outline `width` px
 * wide (the marker's own outline put back after).
 */
function segmentInOutline(path: SVGGeometryElement, s: Segment, m: EventMark, width: number): boolean {
  path.style.strokeWidth = String(width);
  try {
    const steps = Math.max(1, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) * 4));
    for (let k = 0; k <= steps; k++) {
      const p = new DOMPoint(
        s.x1 + ((s.x2 - s.x1) * k) / steps - m.x,
        s.y1 + ((s.y2 - s.y1) * k) / steps - m.y,
      );
      if (path.isPointInFill(p) || path.isPointInStroke(p)) return true;
    }
    return false;
  } finally {
    path.style.strokeWidth = '';
  }
}

/** A mark's segment in chart px (segments are drawn relative to their mark). */
function absolute(s: Segment, m: EventMark): Segment {
  return { x1: s.x1 + m.x, y1: s.y1 + m.y, x2: s.x2 + m.x, y2: s.y2 + m.y };
}

/** The story mounted at a phone's width, and its layout (vertical). */
async function phone(lang: string, width: number): Promise<{ el: DrawdownTimeline; layout: Layout }> {
  const el = await mount({ lang }, width);
  const layout = el.currentLayout!;
  expect(layout.orientation).toBe('vertical');
  return { el, layout };
}

describe('marks on a phone', () => {
  it.each(PHONES)(
    'every mark is drawn at its own time; a crowd steps out across the axis on straight stems that never meet (%s, %i px)',
    async (lang, width) => {
      const { el, layout } = await phone(lang, width);
      const marks = layout.events.filter((m) => !m.offscreen);
      expect(marks.length).toBe(el.events.length);
      const axisX = layout.axis.x1;
      const [lo, hi] = [layout.axis.y1, layout.axis.y2];
      // A mark's time, where the axis is, in px: the bound is rounding only (a mark is drawn
      // at its own time, not a few px off it).
      const own = (m: EventMark) => Math.max(lo, Math.min(hi, layout.position(markTime(m))));
      for (const m of marks) expect(targetCentre(el, m.event.id).y, m.event.id).toBeCloseTo(own(m), 0);
      // Some of the story's marks share a time to the px and must step out.
      const out = marks.filter((m) => Math.abs(m.x - axisX) > 0.5);
      expect(out.length).toBeGreaterThanOrEqual(2);
      const stems = new Map<string, Segment>();
      for (const m of out) {
        const line = eventNode(el, m.event.id).querySelector<SVGLineElement>('.pin');
        expect(line, m.event.id).not.toBeNull();
        const s = absolute(
          {
            x1: line!.x1.baseVal.value,
            y1: line!.y1.baseVal.value,
            x2: line!.x2.baseVal.value,
            y2: line!.y2.baseVal.value,
          },
          m,
        );
        // Straight across the axis at the mark's own time, from the axis side to the mark.
        expect(s.y1, m.event.id).toBeCloseTo(own(m), 1);
        expect(s.y2, m.event.id).toBeCloseTo(own(m), 1);
        expect(Math.abs(s.x1 - axisX), m.event.id).toBeLessThan(Math.abs(s.x2 - axisX));
        expect(Math.abs(s.x2 - m.x), m.event.id).toBeLessThanOrEqual(10);
        stems.set(m.event.id, s);
      }
      // No two stems meet, and none runs through another mark.
      const ids = [...stems.keys()];
      for (const a of ids)
        for (const b of ids)
          if (a < b) expect(distance(stems.get(a)!, stems.get(b)!), `${a} / ${b}`).toBeGreaterThanOrEqual(3);
      for (const [id, s] of stems)
        for (const m of marks)
          if (m.event.id !== id) expect(crosses(el, s, m), `${id} through ${m.event.id}`).toBe(false);
    },
  );

  it.each(PHONES)(
    'each mark can be clicked at its centre, no two targets overlap by more than a sixth, and every leader passes a clear gap from every other mark’s outline (%s, %i px)',
    async (lang, width) => {
      const { el, layout } = await phone(lang, width);
      const marks = layout.events.filter((m) => !m.offscreen);
      for (const m of marks) {
        // Brought into view, as a reader scrolls to it: the point must be on screen to be hit.
        eventNode(el, m.event.id).scrollIntoView({ block: 'center' });
        const svg = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
        const c = targetCentre(el, m.event.id);
        const hit = el.shadowRoot!.elementFromPoint(c.x + svg.x, c.y + svg.y);
        expect(hit?.closest('[part~="event"]')?.getAttribute('data-id'), m.event.id).toBe(m.event.id);
      }
      const targets = marks.map((m) =>
        eventNode(el, m.event.id).querySelector('.hit')!.getBoundingClientRect(),
      );
      for (let i = 0; i < targets.length; i++)
        for (let j = i + 1; j < targets.length; j++) {
          const [a, b] = [targets[i]!, targets[j]!];
          const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
          const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
          expect(
            (w * h) / (a.width * a.height),
            `${marks[i]!.event.id} / ${marks[j]!.event.id}`,
          ).toBeLessThanOrEqual(1 / 6 + 0.01);
        }
      for (const m of marks) {
        if (!m.leader) continue;
        for (const other of marks)
          if (other !== m)
            expect(
              grazes(el, m.leader, other),
              `${m.event.id}'s leader within ${OUTLINE_GAP} px of ${other.event.id}'s outline`,
            ).toBe(false);
      }
    },
  );
});

describe('phone labels by their marks', () => {
  it.each(PHONES)(
    'each crowd of labels is centred on its marks, a lone label is level with its mark, and no leader runs further than half its crowd’s labels and marks (%s, %i px)',
    async (lang, width) => {
      const { el, layout } = await phone(lang, width);
      const labelled = layout.events
        .filter((m) => m.label && m.leader)
        .sort((a, b) => a.label!.y - b.label!.y);
      expect(labelled.length).toBe(el.events.length);
      // Crowds: labels stacked edge to edge (a lane gap apart), from the top down.
      const crowds: EventMark[][] = [];
      for (const m of labelled) {
        const prev = crowds.at(-1)?.at(-1);
        if (prev && m.label!.y - (prev.label!.y + prev.label!.height) <= 4.5) crowds.at(-1)!.push(m);
        else crowds.push([m]);
      }
      for (const crowd of crowds) {
        const ids = crowd.map((m) => m.event.id).join(', ');
        const owns = crowd.map((m) => layout.position(markTime(m)));
        const centres = crowd.map((m) => m.label!.y + m.label!.height / 2);
        // Centred: as far above its marks as below them on the whole, never pushed off by the
        // chart's top (which starts lower where a crowd needs the room).
        const mean = centres.reduce((n, c, k) => n + c - owns[k]!, 0) / crowd.length;
        expect(Math.abs(mean), `${ids}: ${mean.toFixed(1)} px off their marks`).toBeLessThanOrEqual(1);
        expect(crowd[0]!.label!.y).toBeGreaterThanOrEqual(-0.5);
        // No label stands further off its mark than half its crowd's height and the spread of
        // its marks: the least a stack of those labels round those marks can take.
        const height = crowd.at(-1)!.label!.y + crowd.at(-1)!.label!.height - crowd[0]!.label!.y;
        const spread = Math.max(...owns) - Math.min(...owns);
        for (const m of crowd) {
          const run = Math.abs(m.leader!.y2 - m.leader!.y1);
          expect(run, `${m.event.id} in ${ids}`).toBeLessThanOrEqual(height / 2 + spread + 0.5);
          // A lone label beside a mark on the axis is reached straight across.
          if (crowd.length === 1 && Math.abs(m.x - layout.axis.x1) < 0.5)
            expect(run, m.event.id).toBeLessThanOrEqual(0.5);
        }
      }
    },
  );
});

describe('the phone chart’s top across zoom steps', () => {
  it.each(['en', 'ar'] as const)(
    'the axis starts at the same y through +, + and − at 375 px, with room above it for the whole story’s first labels (%s)',
    async (lang) => {
      const { el, layout } = await phone(lang, 375);
      const svg = () => q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const axisLine = () => q(el, 'svg[part~="chart"] .axis-line')[0]!.getBoundingClientRect();
      const start = () => ({ layout: el.currentLayout!.axis.y1, drawn: axisLine().top - svg().top });
      const first = start();
      // The story's first labels need room above its first marks: the chart starts lower for them.
      expect(layout.axis.y1).toBeGreaterThan(30);
      const [zoomIn, zoomOut] = q<HTMLButtonElement>(el, '[part~="controls"] button');
      const seen = [first];
      for (const button of [zoomIn!, zoomIn!, zoomOut!]) {
        button.click();
        await settle(el);
        expect(el.currentLayout!.window).not.toEqual(layout.window);
        seen.push(start());
      }
      for (const [k, s] of seen.entries()) {
        expect(s.layout, `step ${k}`).toBeCloseTo(first.layout, 1);
        expect(s.drawn, `step ${k}`).toBeCloseTo(first.drawn, 0);
      }
      // Every label still stands inside the chart.
      for (const m of el.currentLayout!.events) if (m.label) expect(m.label.y).toBeGreaterThanOrEqual(-0.5);
    },
  );
});

/** Clear background kept between one mark's drawn pieces and another's. */
const CLEAR = 3;

/** A mark's marker fill, as a box in chart px. */
function markerBox(el: DrawdownTimeline, m: EventMark): Box {
  const b = eventNode(el, m.event.id).querySelector<SVGGraphicsElement>('.marker')!.getBBox();
  return { x: b.x + m.x, y: b.y + m.y, width: b.width, height: b.height };
}

/** The background between two boxes: 0 when they touch or overlap. */
function boxGap(a: Box, b: Box): number {
  const dx = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), 0);
  const dy = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height), 0);
  return Math.hypot(dx, dy);
}

/** A box grown by `d` on every side. */
const grown = (b: Box, d: number): Box => ({
  x: b.x - d,
  y: b.y - d,
  width: b.width + 2 * d,
  height: b.height + 2 * d,
});

/** Whether a drawn band lies wholly inside another mark's marker fill (hidden behind it). */
function hiddenBehind(el: DrawdownTimeline, band: Box, m: EventMark): boolean {
  const path = eventNode(el, m.event.id).querySelector<SVGGeometryElement>('.marker')!;
  const corners = [
    [band.x, band.y],
    [band.x + band.width, band.y],
    [band.x, band.y + band.height],
    [band.x + band.width, band.y + band.height],
  ];
  return corners.every(([x, y]) => path.isPointInFill(new DOMPoint(x! - m.x, y! - m.y)));
}

/**
 * Whether a segment drawn 1 px wide (chart px) comes within `gap` of a mark's marker fill: the
 * marker's outline is widened by the segment's half width and the gap on each side (its own
 * outline is drawn in the background's colour, so it counts as clear), sampled each quarter px.
 */
function nearMarker(el: DrawdownTimeline, s: Segment, m: EventMark, gap: number): boolean {
  const path = eventNode(el, m.event.id).querySelector<SVGGeometryElement>('.marker')!;
  return segmentInOutline(path, s, m, 2 * (0.5 + gap));
}

/** The nearest a segment (sampled each quarter px) comes to a box. */
function segmentToBox(s: Segment, b: Box): number {
  const steps = Math.max(1, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) * 4));
  let best = Infinity;
  for (let k = 0; k <= steps; k++) {
    const x = s.x1 + ((s.x2 - s.x1) * k) / steps;
    const y = s.y1 + ((s.y2 - s.y1) * k) / steps;
    best = Math.min(best, boxGap({ x, y, width: 0, height: 0 }, b));
  }
  return best;
}

describe('a crowd of marks on a phone', () => {
  it.each(PHONES.filter(([, w]) => w === 375 || w === 320))(
    'reads as separate marks: markers, bands and stems keep clear background between them, and stems are drawn as leaders (%s, %i px)',
    async (lang, width) => {
      const { el, layout } = await phone(lang, width);
      const marks = layout.events.filter((m) => !m.offscreen);
      const leaderColour = getComputedStyle(q(el, '.leader')[0]!).stroke;
      // A band is drawn with a 1 px edge, half of it outside its box.
      const bandBox = (m: EventMark) => grown(m.band, 0.5);
      // A band in sight: drawn, and not wholly behind another mark's marker.
      const seen = (m: EventMark) =>
        eventNode(el, m.event.id).querySelector('.band') !== null &&
        !marks.some((k) => k !== m && hiddenBehind(el, bandBox(m), k));
      let stems = 0;
      for (const m of marks) {
        const id = m.event.id;
        const pin = eventNode(el, id).querySelector('.pin');
        if (pin) {
          stems++;
          expect(getComputedStyle(pin).stroke, `${id}'s stem`).toBe(leaderColour);
          expect(getComputedStyle(pin).strokeWidth, `${id}'s stem`).toBe(
            getComputedStyle(q(el, '.leader')[0]!).strokeWidth,
          );
        }
        for (const other of marks) {
          if (other === m) continue;
          const of = `${id} / ${other.event.id}`;
          expect(boxGap(markerBox(el, m), markerBox(el, other)), `markers ${of}`).toBeGreaterThanOrEqual(
            CLEAR,
          );
          // Another mark's band stands clear of this marker, or wholly behind a marker.
          if (seen(other))
            expect(
              boxGap(markerBox(el, m), bandBox(other)),
              `${id}'s marker / ${other.event.id}'s band`,
            ).toBeGreaterThanOrEqual(CLEAR);
          if (m.pin) {
            // A stem (1 px wide) passes clear of every other marker and band.
            expect(nearMarker(el, m.pin, other, CLEAR), `${id}'s stem / ${other.event.id}'s marker`).toBe(
              false,
            );
            if (seen(other))
              expect(
                segmentToBox(m.pin, bandBox(other)) - 0.5,
                `${id}'s stem / ${other.event.id}'s band`,
              ).toBeGreaterThanOrEqual(CLEAR);
          }
        }
        if (m.pin) {
          expect(nearMarker(el, m.pin, m, CLEAR), `${id}'s stem / its marker`).toBe(false);
          if (seen(m))
            expect(segmentToBox(m.pin, bandBox(m)) - 0.5, `${id}'s stem / its band`).toBeGreaterThanOrEqual(
              CLEAR,
            );
        }
      }
      // The story's 2014 group steps out across the axis: the check has stems to look at.
      expect(stems).toBeGreaterThanOrEqual(2);
      // A band never reaches past its own span (it is drawn 1 px long at the least). On the axis,
      // it spans its own year or month and shows past its own marker: along the axis, or, where
      // its span takes fewer px than the marker (the compressed background), across it on both
      // sides. A day's band stays behind its marker: the marker is the day.
      const [lo, hi] = [layout.axis.y1, layout.axis.y2];
      const at = (time: number) => Math.max(lo, Math.min(hi, layout.position(time)));
      let along = 0;
      let across = 0;
      for (const m of marks) {
        const e = m.event;
        if (!eventNode(el, e.id).querySelector('.band')) continue;
        const [start, end] = [at(e.focus.start), at(e.focus.end)].sort((a, b) => a - b) as [number, number];
        expect(m.band.y, `${e.id}'s band's start`).toBeGreaterThanOrEqual(start - 0.5);
        expect(m.band.y + m.band.height, `${e.id}'s band's end`).toBeLessThanOrEqual(
          Math.max(end, start + 1) + 0.5,
        );
        if (Math.abs(m.x - layout.axis.x1) > 0.5) continue;
        const band = bandBox(m);
        if (e.start.precision === 'day') {
          expect(hiddenBehind(el, band, m), `${e.id}'s band behind its marker`).toBe(true);
          continue;
        }
        expect(m.band.y, `${e.id}'s band's start`).toBeCloseTo(start, 0);
        expect(m.band.y + m.band.height, `${e.id}'s band's end`).toBeCloseTo(end, 0);
        const own = markerBox(el, m);
        if (Math.max(own.y - band.y, band.y + band.height - (own.y + own.height)) >= 3) {
          along++;
          continue;
        }
        expect(own.x - band.x, `${e.id}'s band before its marker, across`).toBeGreaterThanOrEqual(3);
        expect(
          band.x + band.width - (own.x + own.width),
          `${e.id}'s band past its marker, across`,
        ).toBeGreaterThanOrEqual(3);
        across++;
      }
      // The story's 2014 takes fewer px than its diamond: its band shows across the axis.
      expect(across).toBeGreaterThanOrEqual(1);
      expect(along + across).toBeGreaterThanOrEqual(2);
    },
  );
});
