/**
 * The figures track as drawn, in real Chromium: on a phone it runs on the timeline's own time
 * scale (the same window, the same compressed background and break, following zoom), and at
 * every width the story is checked at, each figure is written beside its point, no two texts
 * overlap and none sits on a rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import type { SeriesTrack } from '../../src/layout/series.js';
import type { SeriesPoint } from '../../src/schema/model.js';
import { PHONE_LAYOUTS, STORY_LAYOUTS } from '../fixtures/story.js';
import { mount, q, settle } from './helpers.js';
import { fill, stringsFor } from '../../src/locale/strings.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** A rectangle in the chart's px. */
interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where a node is drawn, in the chart's px (the chart's SVG has the same size as its viewBox). */
function rectOf(el: DrawdownTimeline, node: Element): Rect {
  const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
  const r = node.getBoundingClientRect();
  return {
    left: r.left - chart.left,
    right: r.right - chart.left,
    top: r.top - chart.top,
    bottom: r.bottom - chart.top,
  };
}

const centreX = (r: Rect) => (r.left + r.right) / 2;
const centreY = (r: Rect) => (r.top + r.bottom) / 2;

/**
 * Where an instant falls along the track's time axis as a share of it, from the start of time
 * (left in English, right in Arabic).
 */
function trackShare(track: SeriesTrack, x: number, rtl: boolean): number {
  return rtl ? (track.x1 - x) / (track.x1 - track.x0) : (x - track.x0) / (track.x1 - track.x0);
}

/** The same on the vertical timeline, from its top. */
function timelineShare(el: DrawdownTimeline, y: number): number {
  const axis = el.currentLayout!.axis;
  return (y - axis.y1) / (axis.y2 - axis.y1);
}

/** Checks every time tick and break of the phone track against the timeline's scale. */
function expectTrackOnTimelineScale(el: DrawdownTimeline, rtl: boolean): void {
  const layout = el.currentLayout!;
  const track = layout.series!;
  const ticks = track.timeAxis!;
  const lines = q(el, '#series-clip + g line.grid');
  expect(lines).toHaveLength(ticks.length);
  expect(ticks.filter((t) => t.labelled).length).toBeGreaterThanOrEqual(2);
  ticks.forEach((t, i) => {
    // The tick is drawn where the timeline's own scale puts its date, as a share of the axis.
    expect(t.time).toBeGreaterThanOrEqual(layout.window.start);
    expect(t.time).toBeLessThanOrEqual(layout.window.end);
    const drawn = trackShare(track, centreX(rectOf(el, lines[i]!)), rtl);
    expect(drawn, `${new Date(t.time).toISOString()}`).toBeCloseTo(
      timelineShare(el, layout.position(t.time)),
      2,
    );
  });
  // A break on the timeline's axis has its twin on the track's, at the same share.
  const timelineBreaks = q(el, 'g[part~="axis"] [part~="axis-break"]').map((b) =>
    timelineShare(el, centreY(rectOf(el, b))),
  );
  const trackBreaks = q(el, '#series-clip + g [part~="axis-break"]').map((b) =>
    trackShare(track, centreX(rectOf(el, b)), rtl),
  );
  expect(trackBreaks).toHaveLength(timelineBreaks.length);
  trackBreaks.forEach((share, i) => expect(share).toBeCloseTo(timelineBreaks[i]!, 2));
}

describe('on a phone the figures track keeps the timeline’s time axis', () => {
  it.each(['en', 'ar'])(
    'its ticks and its break stand where the timeline’s scale puts them, and follow zoom (%s)',
    async (lang) => {
      const el = await mount({ lang }, 375);
      expect(el.currentLayout!.orientation).toBe('vertical');
      const rtl = lang === 'ar';
      // The whole story: the background before the focus is compressed on both, with a break.
      expect(q(el, '#series-clip + g [part~="axis-break"]').length).toBeGreaterThan(0);
      expect(q(el, '#series-clip + g [part~="compressed"]').length).toBeGreaterThan(0);
      expectTrackOnTimelineScale(el, rtl);
      // Time runs with the reading direction on the track.
      const ticks = el.currentLayout!.series!.timeAxis!;
      expect(Math.sign(ticks.at(-1)!.textX - ticks[0]!.textX)).toBe(rtl ? -1 : 1);

      // Zoomed across the break, the track follows the timeline's new window.
      el.zoomTo('2019-01-01', '2025-12-31');
      await settle(el);
      expect(el.currentLayout!.window.start).toBeGreaterThanOrEqual(Date.UTC(2018, 11, 1));
      expectTrackOnTimelineScale(el, rtl);

      // Zoomed inside the focus, there is no break on either.
      el.zoomTo('2025-01-01', '2025-12-31');
      await settle(el);
      expect(q(el, '#series-clip + g [part~="axis-break"]')).toHaveLength(0);
      expectTrackOnTimelineScale(el, rtl);
      const years = el.currentLayout!.series!.timeAxis!.map((t) => new Date(t.time).getUTCFullYear());
      expect(Math.min(...years)).toBeGreaterThanOrEqual(2024);
    },
  );
});

describe('on a desktop and in an article column the figures track shows the compressed stretch', () => {
  it.each(
    (['light', 'dark'] as const).flatMap((theme) =>
      (['en', 'ar'] as const).flatMap((lang) => [1248, 648].map((width) => [theme, lang, width] as const)),
    ),
  )(
    'shaded and broken at the timeline’s x, behind the figures reported there (%s theme, %s, %i px)',
    async (theme, lang, width) => {
      const el = await mount({ lang, theme }, width);
      const layout = el.currentLayout!;
      expect(layout.orientation).toBe('horizontal');
      const track = layout.series!;
      // The timeline's stretches are drawn before the track's (the track is drawn under it).
      const shades = q(el, '.chart [part~="compressed"] rect.compressed');
      const own = q(el, '#series-clip + g [part~="compressed"] rect.compressed');
      const timeline = shades.filter((r) => !own.includes(r));
      expect(timeline.length).toBeGreaterThan(0);
      expect(own).toHaveLength(timeline.length);
      own.forEach((r, i) => {
        const a = rectOf(el, r);
        const b = rectOf(el, timeline[i]!);
        // The same x as the timeline's, across the whole plot.
        expect(a.left).toBeCloseTo(b.left, 1);
        expect(a.right).toBeCloseTo(b.right, 1);
        expect(a.top).toBeCloseTo(track.y, 1);
        expect(a.bottom).toBeCloseTo(track.bottom, 1);
        // The same shade.
        const [sa, sb] = [getComputedStyle(r), getComputedStyle(timeline[i]!)];
        expect([sa.fill, sa.opacity]).toEqual([sb.fill, sb.opacity]);
        expect(Number(sa.opacity)).toBeGreaterThan(0);
      });
      // A break on the timeline's axis has its twin on the track's baseline, at the same x.
      const breaks = q(el, 'g[part~="axis"] [part~="axis-break"]').map((b) => rectOf(el, b));
      const ownBreaks = q(el, '#series-clip + g [part~="axis-break"]').map((b) => rectOf(el, b));
      expect(breaks.length).toBeGreaterThan(0);
      expect(ownBreaks).toHaveLength(breaks.length);
      ownBreaks.forEach((b, i) => {
        expect(centreX(b)).toBeCloseTo(centreX(breaks[i]!), 1);
        expect(centreY(b)).toBeCloseTo(track.bottom, 0);
      });
      // The troop numbers reported in the background stand on its shade: the step between them
      // is read on a compressed scale.
      const focus = layout.warp.focus!;
      const early = track.lines.flatMap((l) => l.marks).filter((m) => m.time < focus.start);
      expect(early.length).toBeGreaterThan(1);
      // The stretch before the focus: the leftmost in English, the rightmost in Arabic.
      const byLeft = own.map((r) => rectOf(el, r)).sort((a, b) => a.left - b.left);
      const box = lang === 'ar' ? byLeft.at(-1)! : byLeft[0]!;
      for (const m of early) {
        expect(m.x).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(m.x).toBeLessThanOrEqual(box.right + 0.5);
      }
    },
  );
});

/** The track's texts as drawn, one node per text of the layout, in its order. */
function layoutTexts(el: DrawdownTimeline): HTMLElement[] {
  const nodes = q(el, '.annotation.value, .annotation.estimate, .annotation.note-text, .series-title');
  expect(nodes).toHaveLength(el.currentLayout!.series!.texts.length);
  return nodes;
}

/** The texts of the track, and the rules they must keep off, as drawn. */
function trackTexts(el: DrawdownTimeline): { node: HTMLElement; rect: Rect }[] {
  return q(
    el,
    '.annotation.value, .annotation.estimate, .note-text, .series-title, .tick-value, .series-axis',
  ).map((node) => ({ node, rect: rectOf(el, node) }));
}

function rules(el: DrawdownTimeline): Rect[] {
  const track = el.currentLayout!.series!;
  // The value grid, the reference date's rule (the timeline's across the desktop track, the
  // track's own on a phone) and any note's rule, cut to the track.
  const lines = [
    ...q(el, 'g[clip-path] line.grid, .series-rule, line.note'),
    ...q(el, '[part~="now"] line'),
  ].map((n) => rectOf(el, n));
  const top = track.ruleTop;
  const bottom = track.bottom;
  return lines
    .map((r) => ({ ...r, top: Math.max(r.top, top), bottom: Math.min(r.bottom, bottom) }))
    .filter((r) => r.top <= r.bottom);
}

const overlap = (a: Rect, b: Rect, slack = 0.5) =>
  a.left < b.right - slack &&
  b.left < a.right - slack &&
  a.top < b.bottom - slack &&
  b.top < a.bottom - slack;

describe('every figure on the track is written', () => {
  it.each([...STORY_LAYOUTS.filter(([, width]) => width > 375), ...PHONE_LAYOUTS])(
    'each figure has its value beside it, no two texts overlap and none sits on a rule (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const track = el.currentLayout!.series!;
      // The figures: each run of equal firm figures (a plateau reports one figure), written at
      // one of its points, and each estimate of a disputed observation.
      const written = new Set(
        track.texts.flatMap((t) => (t.kind === 'value' || t.kind === 'estimate' ? [t.point!] : [])),
      );
      for (const line of track.lines) {
        const runs: SeriesPoint[][] = [];
        for (const m of line.marks) {
          if (line.disputes.some((d) => d.time === m.time)) continue;
          const run = runs.at(-1);
          if (run && run[0]!.value === m.point.value) run.push(m.point);
          else runs.push([m.point]);
        }
        for (const run of runs) {
          expect(
            run.some((p) => written.has(p)),
            `${line.series.id} ${run[0]!.value} is written`,
          ).toBe(true);
        }
        for (const p of line.disputes.flatMap((d) => d.points)) {
          expect(written.has(p), `${line.series.id} estimate ${p.value ?? p.low} is written`).toBe(true);
        }
      }
      // As many value texts are drawn as the layout placed, each with words in it.
      const drawn = q(el, '.annotation.value, .annotation.estimate');
      expect(drawn).toHaveLength(written.size);
      for (const d of drawn) expect(d.textContent!.trim()).not.toBe('');

      const texts = trackTexts(el);
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          expect(
            overlap(texts[i]!.rect, texts[j]!.rect),
            `"${texts[i]!.node.textContent!.trim()}" overlaps "${texts[j]!.node.textContent!.trim()}"`,
          ).toBe(false);
        }
      }
      const ruled = rules(el);
      expect(ruled.length).toBeGreaterThan(3);
      for (const t of texts.filter((t) => t.node.matches('.value, .estimate, .note-text, .series-title'))) {
        for (const r of ruled) {
          expect(overlap(t.rect, r), `"${t.node.textContent!.trim()}" sits on a rule`).toBe(false);
        }
      }
    },
  );
});

describe('no text on the figures track sits across the compressed stretch’s edge', () => {
  it.each([
    ...PHONE_LAYOUTS,
    // A desktop page less its margins, and an article column inside its own.
    ...(['en', 'ar'] as const).flatMap((lang) =>
      [1248, 1280, 648, 680].map((width) => [lang, width] as const),
    ),
  ])(
    'each figure, estimate, note, title and value tick stands wholly on the shade or wholly off it (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const track = el.currentLayout!.series!;
      // The shade's edges as drawn, inside the track (an edge at the track's end is its end).
      const shades = q(el, '#series-clip + g [part~="compressed"] rect.compressed').map((r) => rectOf(el, r));
      const edges = shades
        .flatMap((r) => [r.left, r.right])
        .filter((x) => x > track.x0 + 1 && x < track.x1 - 1);
      expect(edges.length, 'an edge of the shade inside the track').toBeGreaterThan(0);
      const texts = trackTexts(el).filter(
        ({ node, rect }) =>
          !node.matches('.series-axis') && rect.right > rect.left && rect.top < track.bottom,
      );
      expect(texts.length).toBeGreaterThan(5);
      const across: string[] = [];
      for (const { node, rect } of texts)
        for (const x of edges)
          if (rect.left < x - 0.5 && rect.right > x + 0.5)
            across.push(
              `"${node.textContent!.trim()}" (${Math.round(rect.left)}–${Math.round(rect.right)}) across ${Math.round(x)}`,
            );
      expect(across).toEqual([]);
    },
  );
});

describe('the track’s texts stay inside the chart', () => {
  it.each([...PHONE_LAYOUTS, ['en', 680], ['ar', 680], ['en', 648], ['ar', 648]] as const)(
    'at rest and after each of two zooms in, no tick text or figure runs past its edge (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      for (const state of ['at rest', 'zoomed once', 'zoomed twice']) {
        if (state !== 'at rest') {
          plus.click();
          await settle(el);
        }
        const texts = [...q(el, '.tick-text'), ...trackTexts(el).map((t) => t.node)];
        expect(texts.length).toBeGreaterThan(4);
        for (const t of texts) {
          const r = t.getBoundingClientRect();
          if (r.width === 0) continue;
          const what = `${state}: "${t.textContent!.trim()}"`;
          expect(r.left, `${what} runs past the left edge`).toBeGreaterThanOrEqual(chart.left - 0.5);
          expect(r.right, `${what} runs past the right edge`).toBeLessThanOrEqual(chart.right + 0.5);
        }
      }
    },
  );
});

describe('on a phone the announced change is told', () => {
  it.each(PHONE_LAYOUTS)(
    'the note names its date and shows whole, inside the chart, over no other text or drawing (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      expect(el.currentLayout!.orientation).toBe('vertical');
      const notes = q(el, '.note-text');
      expect(notes, 'a note is drawn').toHaveLength(1);
      const note = notes[0]!;
      const words = note.textContent!.replace(/\s+/g, ' ').trim();
      expect(words).toContain('20%');
      // Away from its date, it names it.
      expect(words).toMatch(/2025/);
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(note);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      expect(lines.length).toBeGreaterThan(0);
      const box = note.getBoundingClientRect();
      for (const r of [box, ...lines]) {
        expect(r.left).toBeGreaterThanOrEqual(chart.left - 0.5);
        expect(r.right).toBeLessThanOrEqual(chart.right + 0.5);
        expect(r.bottom).toBeLessThanOrEqual(chart.bottom + 0.5);
        // Every line of it inside its own box: nothing is cut or runs over.
        expect(r.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
      }
      const others = [
        ...q(el, '[part~="label"], .tick-text, .annotation').filter((t) => t !== note),
        ...q(
          el,
          'svg[part~="chart"] line, svg[part~="chart"] path, svg[part~="chart"] circle, svg[part~="chart"] rect',
        ),
      ].filter((t) => !t.closest('clipPath'));
      for (const other of others) {
        const o = other.getBoundingClientRect();
        if (o.width + o.height === 0) continue;
        for (const r of lines) {
          expect(
            overlap(
              { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
              { left: o.left, right: o.right, top: o.top, bottom: o.bottom },
            ),
            `the note over ${other.tagName} ${other.getAttribute('class')} "${other.textContent!.trim()}"`,
          ).toBe(false);
        }
      }
    },
  );
});

describe('every tick a reader sees can be read with its year', () => {
  it.each([
    ['en', 375],
    ['ar', 375],
    ['en', 680],
    ['ar', 680],
  ] as const)(
    'at rest and after each of two zooms in, the first tick text of each axis and the first in each new year carry the year (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      for (const state of ['at rest', 'zoomed once', 'zoomed twice']) {
        if (state !== 'at rest') {
          plus.click();
          await settle(el);
        }
        const layout = el.currentLayout!;
        const axes = { timeline: layout.ticks, track: layout.series?.timeAxis ?? [] };
        // A phone's track has its own time axis; a wider page's track reads the timeline's.
        expect(axes.track.length > 0, state).toBe(layout.orientation === 'vertical');
        const drawn = new Set(q(el, '.tick-text').map((t) => t.textContent!.trim()));
        for (const [name, ticks] of Object.entries(axes)) {
          const labelled = ticks.filter((t) => t.labelled);
          if (name === 'timeline' || labelled.length)
            expect(labelled.length, `${state}, ${name}`).toBeGreaterThan(1);
          let before: number | undefined;
          for (const t of labelled) {
            const year = new Date(t.time).getUTCFullYear();
            if (year !== before)
              expect(t.text, `${state}, ${name}: the tick of ${new Date(t.time).toISOString()}`).toContain(
                String(year),
              );
            expect(drawn.has(t.text), `${state}, ${name}: "${t.text}" is drawn`).toBe(true);
            before = year;
          }
        }
      }
    },
  );
});

describe('a figure is written in one form everywhere', () => {
  // Phones from 320 to 375 px as a page gives them, with and without its 16 px padding.
  it.each(
    (['en', 'ar'] as const).flatMap((lang) => [288, 311, 320, 343, 375, 680].map((w) => [lang, w] as const)),
  )(
    'an approximate figure reads the same by its point, by its range, under the track and in its accessible name (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const track = el.currentLayout!.series!;
      const about = (value: number) =>
        fill(stringsFor(lang).approximately, { value: value.toLocaleString('en-US') });
      // The track's texts are drawn in the layout's order.
      const drawn = layoutTexts(el);
      let checked = 0;
      track.texts.forEach((t, i) => {
        if (!t.point?.approximate) return;
        const text = drawn[i]!.textContent!.replace(/\s+/g, ' ').trim();
        const figure = t.point.value!.toLocaleString('en-US');
        // The figure is written once in the text, in the long form.
        expect(text, `${t.kind} ${figure}`).toContain(about(t.point.value!));
        expect(text.split(figure).length, text).toBe(2);
        checked++;
      });
      // Its figures by their points, and the reports' estimate of the disputed pair.
      expect(checked).toBeGreaterThanOrEqual(3);
      // The focusable figures are named in the same form.
      for (const l of track.lines) {
        for (const m of l.marks) {
          if (!m.point.approximate) continue;
          const target = q(el, `.series-target[data-series-index="${l.index}"][data-time="${m.time}"]`);
          expect(target, `${m.point.value} is focusable`).toHaveLength(1);
          expect(target[0]!.getAttribute('aria-label')).toContain(about(m.point.value!));
        }
      }
    },
  );
});

/** A computed colour as [r, g, b] in 0–255, from rgb() or color(srgb …). */
function rgb(css: string): number[] {
  const n = css.match(/[\d.]+/g)!.map(Number);
  return css.startsWith('color(') ? n.slice(0, 3).map((v) => v * 255) : n.slice(0, 3);
}

describe('the value ticks’ texts on a phone', () => {
  it.each(['en', 'ar'] as const)(
    'over the compressed stretch their boxes take its shade, and the page’s colour off it (%s)',
    async (lang) => {
      const el = await mount({ lang, numbering: 'latn' }, 375);
      const shade = q(el, '#series-clip + g [part~="compressed"] rect')[0]!;
      const style = getComputedStyle(shade);
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'var(--drawdown-color-background)';
      el.shadowRoot!.append(probe);
      const page = rgb(getComputedStyle(probe).backgroundColor);
      probe.remove();
      const grid = rgb(style.fill);
      const shaded = page.map((p, i) => p + (grid[i]! - p) * Number(style.opacity));
      const ticks = () => q(el, '.tick-value');
      const box = shade.getBoundingClientRect();
      expect(ticks().length).toBeGreaterThanOrEqual(3);
      for (const t of ticks()) {
        const r = t.getBoundingClientRect();
        // It stands on the stretch.
        expect(r.left).toBeGreaterThanOrEqual(box.left - 1);
        expect(r.right).toBeLessThanOrEqual(box.right + 1);
        rgb(getComputedStyle(t).backgroundColor).forEach((v, i) =>
          expect(Math.abs(v - shaded[i]!), `"${t.textContent!.trim()}"`).toBeLessThanOrEqual(2),
        );
      }
      // Zoomed into the story's focus there is no stretch: the boxes are the page's colour.
      el.zoomTo('2025-01-01', '2025-12-31');
      await settle(el);
      expect(q(el, '#series-clip + g [part~="compressed"]')).toHaveLength(0);
      for (const t of ticks())
        rgb(getComputedStyle(t).backgroundColor).forEach((v, i) =>
          expect(Math.abs(v - page[i]!)).toBeLessThanOrEqual(2),
        );
    },
  );
});

/** Whether a straight piece of line (chart px) passes through a rectangle. */
function crossesRect(p: { x: number; y: number }, q: { x: number; y: number }, r: Rect): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) * 2));
  for (let k = 0; k <= steps; k++) {
    const x = p.x + ((q.x - p.x) * k) / steps;
    const y = p.y + ((q.y - p.y) * k) / steps;
    if (x > r.left && x < r.right && y > r.top && y < r.bottom) return true;
  }
  return false;
}

/** No text's box is crossed by a figures' line. */
function expectOffTheLines(
  track: SeriesTrack,
  texts: ReadonlyArray<{ node: HTMLElement; rect: Rect }>,
): void {
  for (const { node, rect } of texts)
    for (const line of track.lines)
      for (const [p, q2] of line.pieces)
        expect(crossesRect(p, q2, rect), `"${node.textContent!.trim()}" on ${line.series.id}'s line`).toBe(
          false,
        );
}

describe('the texts of a phone’s figures track', () => {
  it.each((['en', 'ar'] as const).flatMap((lang) => [288, 320, 343, 375].map((w) => [lang, w] as const)))(
    'a value is left unwritten only where its text, above its grid line and below it, would cover the figures’ line or touch a point (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const track = el.currentLayout!.series!;
      const written = trackTexts(el).filter((t) => t.node.matches('.tick-value'));
      expect(written.length).toBeGreaterThanOrEqual(3);
      // Every value's text is as wide as the widest written (the same count of digits and
      // separators) and stands at the same edge of the track.
      const widest = written.reduce((a, b) =>
        b.rect.right - b.rect.left > a.rect.right - a.rect.left ? b : a,
      ).rect;
      const left = lang === 'ar' ? track.x1 - (widest.right - widest.left) : track.x0;
      const right = left + widest.right - widest.left;
      const room = (top: number): Rect => ({ left, right, top, bottom: top + widest.bottom - widest.top });
      // Covers the line's stroke (2 px wide), or comes within a point's radius and a px of a point.
      const blocked = (r: Rect) =>
        track.lines.some(
          (l) =>
            l.pieces.some(([p, q2]) =>
              crossesRect(p, q2, {
                left: r.left - 1,
                right: r.right + 1,
                top: r.top - 1,
                bottom: r.bottom + 1,
              }),
            ) || l.marks.some((m) => Math.max(r.left - m.x, m.x - r.right, r.top - m.y, m.y - r.bottom) < 5),
        );
      for (const t of track.ticks.filter((t) => t.textTop === undefined)) {
        expect(blocked(room(t.y - 18)), `${t.value}: room above its grid line`).toBe(true);
        expect(blocked(room(t.y + 2)), `${t.value}: room below its grid line`).toBe(true);
      }
      // A value written: its box clear of the line's stroke.
      expectOffTheLines(track, written);
    },
  );

  it.each(PHONE_LAYOUTS.filter(([, width]) => width === 375 || width === 320))(
    'no value tick’s text sits on a shade’s edge, on the figures’ line or on a point, one in the shade’s colour stands inside the shade, and no figure’s text sits on the line (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const track = el.currentLayout!.series!;
      const shades = q(el, '#series-clip + g [part~="compressed"] rect').map((n) => rectOf(el, n));
      expect(shades.length).toBeGreaterThan(0);
      const all = trackTexts(el);
      // A figure's text keeps off the line (its own point stands right by it).
      expectOffTheLines(
        track,
        all.filter((t) => t.node.matches('.value, .estimate, .series-title')),
      );
      const texts = all.filter((t) => t.node.matches('.tick-value'));
      expect(texts.length).toBeGreaterThanOrEqual(3);
      // A value left unwritten keeps its grid line.
      expect(q(el, '#series-clip + g line.grid').length).toBeGreaterThanOrEqual(track.ticks.length);
      for (const { node, rect } of texts) {
        const what = `"${node.textContent!.trim()}"`;
        // Its box painted in the shade's colour stands inside the shade it matches.
        if (node.matches('.shaded'))
          expect(
            shades.some(
              (s) =>
                rect.left >= s.left - 0.5 &&
                rect.right <= s.right + 0.5 &&
                rect.top >= s.top - 0.5 &&
                rect.bottom <= s.bottom + 0.5,
            ),
            `${what} painted as the shade, outside it`,
          ).toBe(true);
        // Wholly on a shade or wholly off it.
        for (const s of shades) {
          const inside =
            rect.left >= s.left - 0.5 &&
            rect.right <= s.right + 0.5 &&
            rect.top >= s.top - 0.5 &&
            rect.bottom <= s.bottom + 0.5;
          expect(inside || !overlap(rect, s, 0), `${what} on a shade's edge`).toBe(true);
        }
        // Off the line and its points (drawn 4 px round), by a px at least.
        const room = {
          left: rect.left - 1,
          right: rect.right + 1,
          top: rect.top - 1,
          bottom: rect.bottom + 1,
        };
        for (const line of track.lines) {
          for (const [p, q2] of line.pieces)
            expect(crossesRect(p, q2, room), `${what} on ${line.series.id}'s line`).toBe(false);
          for (const m of line.marks) {
            const near = { left: m.x - 4, right: m.x + 4, top: m.y - 4, bottom: m.y + 4 };
            expect(overlap(room, near, 0), `${what} on a point of ${line.series.id}`).toBe(false);
          }
        }
      }
    },
  );
});

/** How far a point lies from a rectangle, in px (0 inside it). */
const distance = (r: Rect, x: number, y: number) =>
  Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

/** How near a reader must find a figure to its point (or range) to match the two at a glance, px. */
const WITHIN = 24;

/**
 * How near a series' title stands to its line (its points, steps and ranges), px: the title is
 * matched by its colour as well as by place. Beside a point or across the range from its
 * estimates, it stands within `WITHIN`; where the row across the range has no room for it (in an
 * article column, and for the Arabic title at 1248-1280 px, which is wider than the room between
 * the range and the shade's edge), it heads the texts beside the range, over its note, about 25 px
 * off the range's open top.
 */
const TITLE_WITHIN = 30;

describe('on a desktop and in an article column each figure text stands by what it names', () => {
  it.each((['en', 'ar'] as const).flatMap((lang) => [1280, 1248, 680, 648].map((w) => [lang, w] as const)))(
    'a value within 24 px of a point of its own figure, an estimate or a note of its range, a title within 30 px of its line, across no grid line, shade edge, line, point or other text (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const track = el.currentLayout!.series!;
      // Drawn in the layout's order.
      const nodes = layoutTexts(el);
      const shades = q(el, '#series-clip + g [part~="compressed"] rect.compressed').map((r) => rectOf(el, r));
      const edges = shades
        .flatMap((r) => [r.left, r.right])
        .filter((x) => x > track.x0 + 1 && x < track.x1 - 1);
      expect(edges.length).toBeGreaterThan(0);
      const all = trackTexts(el);
      const ruled = rules(el);
      const far: string[] = [];
      track.texts.forEach((t, i) => {
        const rect = rectOf(el, nodes[i]!);
        const what = `"${nodes[i]!.textContent!.trim()}"`;
        const line = track.lines[t.seriesIndex]!;
        // What the text names, as points along it.
        const named: Array<{ x: number; y: number }> = [];
        const along = ([p, q2]: readonly [{ x: number; y: number }, { x: number; y: number }]) => {
          const n = Math.max(1, Math.ceil(Math.hypot(q2.x - p.x, q2.y - p.y)));
          for (let k = 0; k <= n; k++)
            named.push({ x: p.x + ((q2.x - p.x) * k) / n, y: p.y + ((q2.y - p.y) * k) / n });
        };
        const band = (d: (typeof line.disputes)[number]) =>
          along([
            { x: d.x, y: d.open?.y ?? d.band.y },
            { x: d.x, y: d.band.y + d.band.height },
          ]);
        if (t.kind === 'value') {
          // Its point and the rest of its plateau, which report the same figure.
          const marks = line.marks.filter((m) => !line.disputes.some((d) => d.time === m.time));
          const at = marks.findIndex((m) => m.point === t.point);
          expect(at, what).toBeGreaterThanOrEqual(0);
          let a = at;
          let b = at;
          while (a > 0 && marks[a - 1]!.point.value === t.point!.value) a--;
          while (b < marks.length - 1 && marks[b + 1]!.point.value === t.point!.value) b++;
          named.push(...marks.slice(a, b + 1));
        } else if (t.kind === 'estimate') band(line.disputes.find((d) => d.points.includes(t.point!))!);
        else if (t.kind === 'note') {
          const n = line.notes.find((n) => n.annotation === t.note)!;
          if (n.dispute) band(n.dispute);
          else
            along([
              { x: n.x, y: track.y },
              { x: n.x, y: track.bottom },
            ]);
        } else {
          // A title names its line: its points, its steps and its ranges.
          named.push(...line.marks);
          line.pieces.forEach(along);
          line.disputes.forEach(band);
        }
        const off = Math.min(...named.map((p) => distance(rect, p.x, p.y)));
        if (!(off <= (t.kind === 'title' ? TITLE_WITHIN : WITHIN)))
          far.push(`${what} ${Math.round(off)} px off what it names`);
        // Across nothing.
        for (const r of ruled) if (overlap(rect, r)) far.push(`${what} on a rule`);
        for (const x of edges)
          if (rect.left < x - 0.5 && rect.right > x + 0.5)
            far.push(`${what} across the shade's edge at ${Math.round(x)}`);
        for (const l of track.lines) {
          for (const [p, q2] of l.pieces)
            if (crossesRect(p, q2, rect)) far.push(`${what} on ${l.series.id}'s line`);
          for (const m of l.marks)
            if (distance(rect, m.x, m.y) < 2.5) far.push(`${what} on a point of ${l.series.id}`);
        }
        for (const o of all)
          if (o.node !== nodes[i] && overlap(rect, o.rect))
            far.push(`${what} on "${o.node.textContent!.trim()}"`);
      });
      expect(far).toEqual([]);
    },
  );
});

describe('a line is named where it ends', () => {
  it.each((['en', 'ar'] as const).flatMap((lang) => [1280, 1248].map((w) => [lang, w] as const)))(
    'the Iraq title stands within two lines’ height of the 2025 range and is the nearest text to none of the earlier figures (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang }, width);
      const track = el.currentLayout!.series!;
      const nodes = layoutTexts(el);
      const drawn = track.texts.map((t, i) => ({ t, rect: rectOf(el, nodes[i]!) }));
      const iraq = track.lines.find((l) => l.series.id === 'us-troops-iraq')!;
      const title = drawn.find(({ t }) => t.kind === 'title' && t.series === iraq.series)!;
      expect(title).toBeDefined();
      const d = iraq.disputes.at(-1)!;
      expect(new Date(d.time).getUTCFullYear()).toBe(2025);
      const range = {
        left: d.band.x,
        right: d.band.x + d.band.width,
        top: d.open?.y ?? d.band.y,
        bottom: d.band.y + d.band.height,
      };
      const gap = (a: Rect, b: Rect) =>
        Math.hypot(
          Math.max(0, a.left - b.right, b.left - a.right),
          Math.max(0, a.top - b.bottom, b.top - a.bottom),
        );
      expect(gap(title.rect, range), 'the title off the range').toBeLessThanOrEqual(36);
      // A figure's nearest text reads with it: "about 2,500" over the title reads as "about
      // 2,500 US troops in Iraq", the headline figure.
      const values = drawn.filter(({ t }) => t.kind === 'value' && t.series === iraq.series);
      expect(values.length).toBeGreaterThanOrEqual(3);
      for (const v of values) {
        const nearest = drawn
          .filter((o) => o !== v)
          .reduce((a, b) => (gap(b.rect, v.rect) < gap(a.rect, v.rect) ? b : a));
        expect(
          nearest,
          `the text nearest "${nodes[track.texts.indexOf(v.t)]!.textContent!.trim()}"`,
        ).not.toBe(title);
      }
    },
  );

  it.each(PHONE_LAYOUTS)(
    'on a phone, an estimate or a note told under the track names its line first (%s, %i px)',
    async (lang, width) => {
      const el = await mount({ lang, numbering: 'latn' }, width);
      const track = el.currentLayout!.series!;
      const under = track.texts.filter((t) => t.wrap !== undefined);
      expect(under.length).toBeGreaterThan(0);
      const drawn = q(el, '.annotation.under');
      expect(drawn).toHaveLength(under.length);
      for (const [i, t] of under.entries()) {
        const label = t.series.label;
        expect(drawn[i]!.querySelector('bdi')!.textContent).toBe(
          typeof label === 'string' ? label : label[lang],
        );
      }
    },
  );
});
