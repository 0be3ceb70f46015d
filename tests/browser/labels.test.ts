/**
 * Each label of the built-in story by its own mark, at every width it is read at: a leader runs
 * from its mark to its own label and passes behind no other, and no label stands higher above
 * the axis than the labels and leaders under it make it.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Box, EventMark, Segment } from '../../src/layout/types.js';
import type { DrawdownTimeline } from '../../src/index.js';
import { METRICS } from '../../src/layout/metrics.js';
import { LABEL_GAP } from '../../src/layout/labels.js';
import { mount, mountData, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

afterAll(() => page.viewport(414, 896));

/**
 * The story at a wide page and the same page less its margins, down through an article column
 * (680 px, and 648 inside its margins), and phones from the smallest in use.
 */
const WIDTHS = [1280, 1248, 1200, 1100, 1000, 900, 800, 680, 648, 375, 343, 320] as const;
const LAYOUTS = (['en', 'ar'] as const).flatMap((lang) => WIDTHS.map((width) => [lang, width] as const));
const DESKTOP = LAYOUTS.filter(([, width]) => width >= 600);

/** One label lane: a label's height and the gap above it. */
const LANE = METRICS.labelHeight + METRICS.laneGap;

/** True when the segment passes through the box shrunk by `inset` on every side. */
function crosses(s: Segment, b: Box, inset = 1): boolean {
  const x0 = b.x + inset;
  const x1 = b.x + b.width - inset;
  const y0 = b.y + inset;
  const y1 = b.y + b.height - inset;
  // Clip the segment to the box (Liang–Barsky): it crosses when some part of it is left.
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  for (const [p, q] of [
    [-dx, s.x1 - x0],
    [dx, x1 - s.x1],
    [-dy, s.y1 - y0],
    [dy, y1 - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when two segments meet (at a point of each, ends included). */
function cross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) =>
    Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  const apart = (s: Segment, t: Segment) => side(s, t.x1, t.y1) * side(s, t.x2, t.y2) > 0;
  // Collinear pieces are never drawn here (leaders run up, arms across): two segments whose ends
  // do not stand on one side of each other meet.
  return !apart(a, b) && !apart(b, a);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function story(lang: 'en' | 'ar', width: number) {
  const el = await mount({ lang }, width);
  const layout = el.currentLayout!;
  const labelled = layout.events.filter((m): m is EventMark & { label: Box; leader: Segment } =>
    Boolean(m.label && m.leader),
  );
  return { el, layout, labelled };
}

/** The story at a width, zoomed in `zooms` times with the + button. */
async function zoomedStory(lang: 'en' | 'ar', width: number, zooms: number) {
  const { el } = await story(lang, width);
  for (let k = 0; k < zooms; k++) {
    q<HTMLButtonElement>(el, 'button')
      .find((b) => b.textContent!.trim() === '+')!
      .click();
    await settle(el);
  }
  return el;
}

describe('each label by its own mark', () => {
  it.each(LAYOUTS)('no leader passes behind a label other than its own (%s, %i px)', async (lang, width) => {
    const { el, labelled } = await story(lang, width);
    expect(labelled.length).toBe(el.events.length);
    for (const m of labelled) {
      for (const other of labelled) {
        if (other === m) continue;
        expect(crosses(m.leader, other.label), `${m.event.id}'s leader across ${other.event.id}`).toBe(false);
        // A bent leader's arm too, and it crosses no other leader.
        if (!m.arm) continue;
        expect(crosses(m.arm, other.label), `${m.event.id}'s arm across ${other.event.id}`).toBe(false);
        for (const s of [other.leader, other.arm]) {
          if (s) expect(cross(m.arm, s), `${m.event.id}'s arm across ${other.event.id}'s leader`).toBe(false);
        }
      }
    }
    // As drawn: one leader line per label, and one more for each bent leader's arm.
    const arms = labelled.filter((m) => m.arm).length;
    expect(q(el, 'line.leader')).toHaveLength(labelled.length + arms);
    expect(q(el, 'line.leader.arm')).toHaveLength(arms);
  });

  it.each(DESKTOP)(
    'no label could stand a lane nearer its mark: the lane under it holds a label or a leader in its way (%s, %i px)',
    async (lang, width) => {
      const { layout, labelled } = await story(lang, width);
      expect(layout.orientation).toBe('horizontal');
      const lane = METRICS.labelHeight + METRICS.laneGap;
      const lowest = Math.max(...labelled.map((m) => m.label.y + m.label.height));
      for (const m of labelled) {
        if (m.label.y + m.label.height >= lowest - 0.5) continue;
        const down = { ...m.label, y: m.label.y + lane };
        const blocked = labelled.some(
          (o) =>
            o !== m &&
            (overlaps(down, o.label) ||
              // Another leader under the box, in the lane it would move into.
              (o.leader.x1 > down.x - 1 &&
                o.leader.x1 < down.x + down.width + 1 &&
                Math.min(o.leader.y1, o.leader.y2) < down.y + down.height)),
        );
        expect(blocked, `${m.event.id} could move down a lane`).toBe(true);
      }
    },
  );
});

describe('leaders clear of the labels they pass', () => {
  it.each(DESKTOP)(
    'a leader passing beside another label’s box keeps the gap any text keeps from what else is drawn (%s, %i px)',
    async (lang, width) => {
      const { labelled } = await story(lang, width);
      let beside = 0;
      for (const m of labelled) {
        for (const other of labelled) {
          if (other === m) continue;
          const { label } = other;
          const [top, bottom] = [Math.min(m.leader.y1, m.leader.y2), Math.max(m.leader.y1, m.leader.y2)];
          // Only where the leader runs level with the box.
          if (bottom <= label.y || top >= label.y + label.height) continue;
          beside++;
          const gap = Math.max(label.x - m.leader.x1, m.leader.x1 - label.x - label.width);
          expect(gap, `${m.event.id}'s leader by ${other.event.id}`).toBeGreaterThanOrEqual(
            METRICS.textGap - 0.01,
          );
        }
      }
      // Some leaders do pass beside other boxes: the check is not empty.
      expect(beside).toBeGreaterThan(0);
    },
  );
});

describe('short leaders', () => {
  // The five context marks of 2014–2021 crowd into the first 100 px of the chart, each label
  // covering the marks after it, so they stand in a staircase of five lanes: on a wide page no
  // leader climbs further than that staircase. In an article column the four headlines need
  // room of their own beside it: no leader climbs past eight lanes (ten to eleven before).
  it.each(DESKTOP.filter(([, width]) => [1280, 1248, 680, 648].includes(width)))(
    'no leader climbs further than the crowd of marks under it makes it (%s, %i px)',
    async (lang, width) => {
      const { labelled } = await story(lang, width);
      expect(labelled.length).toBe(9);
      const lanes = width >= 1200 ? 5 : 8;
      for (const m of labelled) {
        const length = Math.abs(m.leader.y2 - m.leader.y1);
        expect(length, `${m.event.id}'s leader`).toBeLessThanOrEqual(14 + lanes * LANE);
      }
    },
  );
});

describe('the room the labels take', () => {
  it.each(DESKTOP.filter(([, width]) => [1280, 1248, 680, 648].includes(width)))(
    'no more lanes than a page takes for the staircase over the marks of 2014–2021, and an article column ten (%s, %i px)',
    async (lang, width) => {
      const { layout, labelled } = await story(lang, width);
      expect(labelled.length).toBe(9);
      // The column's tenth lane is the Arabic agreement label's third line: it names the
      // coalition's military mission, as the agreement did.
      expect(layout.placement.laneCount).toBeLessThanOrEqual(width >= 1200 ? 5 : 10);
    },
  );
});

/** Widths of a desktop page and an article column, every 50 px and those read most. */
const RULE_WIDTHS = [600, 648, 650, 700, 750, 800, 850, 900, 950, 1000, 1050, 1100, 1150, 1200, 1248, 1280];

describe('the reference date’s rule', () => {
  it.each((['en', 'ar'] as const).flatMap((lang) => RULE_WIDTHS.map((width) => [lang, width] as const)))(
    'spans the marks’ row and the figures, not the label lanes: from above the tallest mark down to the figures track’s foot, struck by no leader, its words touching it (%s, %i px)',
    async (lang, width) => {
      const { el, layout, labelled } = await story(lang, width);
      expect(layout.orientation).toBe('horizontal');
      const now = layout.now!;
      const drawn = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
      const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
      expect(Math.abs(drawn.left + drawn.width / 2 - chart.left - now.x1)).toBeLessThan(1.5);
      const top = drawn.top - chart.top;
      const bottom = drawn.bottom - chart.top;
      // Above every mark, its deadline's dash and the largest marker (a core diamond) included.
      for (const m of layout.events) {
        const reach = m.deadline ? Math.max(m.deadline.y1, m.deadline.y2) - m.y : 11;
        expect(top, `over ${m.event.id}`).toBeLessThan(m.y - reach);
      }
      // Down to the figures track's foot.
      expect(bottom).toBeGreaterThanOrEqual(layout.series!.bottom);
      // No leader, nor a leader's arm, meets the rule as drawn; no box stands on it.
      const rule = { x1: now.x1, y1: top, x2: now.x1, y2: bottom };
      for (const m of labelled) {
        for (const s of [m.leader, m.arm]) {
          if (s) expect(cross(s, rule), `${m.event.id}'s leader across the rule`).toBe(false);
        }
        expect(crosses(rule, m.label, 0), `${m.event.id}'s box on the rule`).toBe(false);
      }
      // The rule's words touch it: beside it, or under its foot, a few px off at most.
      const words = q(el, '.now-text')[0]!.getBoundingClientRect();
      expect(Math.max(words.left - drawn.right, drawn.left - words.right, 0)).toBeLessThanOrEqual(6);
      expect(words.top).toBeGreaterThanOrEqual(drawn.top - 0.5);
      expect(words.top - drawn.bottom).toBeLessThanOrEqual(6);
    },
  );
});

describe('labels past the reference date’s rule', () => {
  it.each(DESKTOP)(
    'a box stands wholly on its own mark’s side of the rule wherever the room between the rule and the chart’s edge is 100 px or more: it is wrapped narrower to fit there, its leader straight (%s, %i px)',
    async (lang, width) => {
      const { layout, labelled } = await story(lang, width);
      const rule = layout.now!.x1;
      const ends = [layout.axis.x1, layout.axis.x2];
      let past = 0;
      for (const m of labelled) {
        if (Math.abs(m.x - rule) < 1) continue;
        const room = Math.abs(ends.find((e) => e > rule === m.x > rule)! - rule);
        // In an article column the room (about 90 px) holds no label of this story whole.
        if (room < 100) continue;
        past++;
        const across = m.label.x < rule - 1 && m.label.x + m.label.width > rule + 1;
        expect(across, `${m.event.id}'s box across the rule (${Math.round(room)} px of room)`).toBe(false);
        expect(m.leader.x1, m.event.id).toBe(m.leader.x2);
      }
      // The deadline for the Syria operations, after the rule, is checked at every width but the column's.
      expect(past).toBe(width > 700 ? 8 : 7);
    },
  );
});

describe('no label across the reference date’s rule', () => {
  it.each(DESKTOP)(
    'every box stands wholly on one side of the rule; one with no room on its mark’s side stands on the other, by the rule, its leader bent across to it (%s, %i px)',
    async (lang, width) => {
      const { el, layout, labelled } = await story(lang, width);
      const rule = layout.now!.x1;
      for (const m of labelled) {
        const across = m.label.x < rule - 1 && m.label.x + m.label.width > rule + 1;
        expect(across, `${m.event.id}'s box across the rule`).toBe(false);
        // Whole: no word cut to make room.
        const label = q(el, `[part~="label"][data-id="${m.event.id}"]`)[0]!;
        expect(
          cutLines(label).filter((why) => !why.includes('empty line')),
          m.event.id,
        ).toEqual([]);
        const over = m.x >= m.label.x && m.x <= m.label.x + m.label.width;
        expect(Boolean(m.arm), `${m.event.id}'s leader bent`).toBe(!over);
        if (!m.arm) continue;
        // Only a mark past the rule, with its box before it, or a mark on it; as near the rule as
        // a lane gap.
        if (Math.abs(m.x - rule) > 0.5) expect(m.x > rule === m.label.x < rule, m.event.id).toBe(true);
        const before = m.label.x < rule;
        const side = before ? m.label.x + m.label.width : m.label.x;
        // From a mark on the rule, the leader rises a text's gap off the rule, towards the box.
        const on = Math.abs(m.x - rule) < 0.5;
        const foot = on ? m.x + (before ? -METRICS.textGap : METRICS.textGap) : m.x;
        expect(Math.abs(side - rule), m.event.id).toBeLessThanOrEqual(
          LABEL_GAP + 1 + (on ? METRICS.textGap : 0),
        );
        // Straight up from the mark, then across level with the middle of the box's lowest line.
        expect(m.leader.x1, m.event.id).toBeCloseTo(foot, 5);
        expect(m.leader.x2, m.event.id).toBe(m.leader.x1);
        const top = Math.min(m.leader.y1, m.leader.y2);
        expect(m.arm.y1).toBe(top);
        expect(m.arm.y2).toBe(top);
        expect(top).toBe(m.label.y + m.label.height - METRICS.labelHeight / 2);
        expect([m.arm.x1, m.arm.x2].sort((a, b) => a - b)).toEqual([side, m.leader.x1].sort((a, b) => a - b));
        // Drawn: the arm meets the box's side.
        const arm = q(el, `[part~="event"][data-id="${m.event.id}"] line.leader.arm`)[0]!;
        const box = label.getBoundingClientRect();
        const drawn = arm.getBoundingClientRect();
        expect(Math.abs((before ? drawn.left : drawn.right) - (before ? box.right : box.left))).toBeLessThan(
          1.5,
        );
        expect(drawn.top).toBeGreaterThan(box.top);
        expect(drawn.bottom).toBeLessThan(box.bottom);
      }
      // The deadline for the Syria operations, past the rule, stands so in an article column
      // (about 90 px remain past the rule, too narrow for its words), and over its mark, past the
      // rule, wherever its date (held on one line, with its dash) fits a line of a box there.
      const syria = labelled.find((m) => m.event.id === 'syria-operations-deadline')!;
      const end =
        syria.x > rule ? Math.max(layout.axis.x1, layout.axis.x2) : Math.min(layout.axis.x1, layout.axis.x2);
      if (width === 648) expect(syria.arm, 'the Syria deadline’s leader bent').toBeDefined();
      const label = q(el, '[part~="label"][data-id="syria-operations-deadline"]')[0]!;
      const text = [...label.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('\u00a0—'))!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.indexOf(text.textContent!.trim()));
      range.setEnd(text, text.textContent!.indexOf('\u00a0—') + 2);
      expect(range.toString()).not.toMatch(/ /);
      const date = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
      const room = Math.abs(end - rule) - LABEL_GAP - 1 - METRICS.labelPadding;
      if (room > date + 2) expect(syria.arm, 'the Syria deadline’s leader bent').toBeUndefined();
      // Its date never breaks to stand there.
      expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, 'its date').toBe(1);
    },
  );
});

describe('the headlines in their order', () => {
  it.each(DESKTOP)(
    'where two numbered labels stand over one another, the later one stands above: they climb in their order (%s, %i px)',
    async (lang, width) => {
      const { labelled } = await story(lang, width);
      const core = labelled.filter((m) => m.label.number !== undefined);
      expect(core.map((m) => m.label.number).sort()).toEqual([1, 2, 3, 4]);
      for (const a of core) {
        for (const b of core) {
          const over = a.label.x < b.label.x + b.label.width && b.label.x < a.label.x + a.label.width;
          // Where the earlier box stands over the later one's mark, the earlier must stand above
          // (the later leader would run behind it): 1, over the marks of 2014–2021, may stand over 2.
          const forced = b.x > a.label.x && b.x < a.label.x + a.label.width;
          if (a.label.number! < b.label.number! && over && !forced) {
            expect(
              b.label.y + b.label.height,
              `${b.label.number} over ${a.label.number}`,
            ).toBeLessThanOrEqual(a.label.y);
          }
        }
      }
    },
  );

  it.each(DESKTOP.flatMap(([lang, width]) => [[lang, width, 0] as const, [lang, width, 2] as const]))(
    'a mark on the As-of rule, its leader and the rule read as one place but two lines: the mark on the rule, its leader up beside the rule, a text’s gap off it, and across to a box a label’s gap beyond; no other leader and no box’s edge within a text’s gap of the rule (%s, %i px, zoomed in %i times)',
    async (lang, width, zooms) => {
      const el = await zoomedStory(lang, width, zooms);
      const layout = el.currentLayout!;
      const labelled = layout.events.filter((m): m is EventMark & { label: Box; leader: Segment } =>
        Boolean(m.label && m.leader),
      );
      const rule = layout.now!.x1;
      // The deadline set for the reference date ends where the rule stands: on it, at every zoom.
      const on = labelled.filter((m) => Math.abs(m.x - rule) < 1);
      expect(on.map((m) => m.event.id)).toEqual(['mission-end']);
      for (const m of on) {
        expect(Math.abs(m.x - rule), m.event.id).toBeLessThan(0.5);
        // Straight up beside the rule, a text's gap off it (on it, or a px or two off, the two
        // read as one line), from by the mark's corner, level with its centre below.
        const before = m.label.x < rule;
        expect(m.leader.x1, m.event.id).toBeCloseTo(rule + (before ? -1 : 1) * METRICS.textGap, 5);
        expect(m.leader.x2, m.event.id).toBe(m.leader.x1);
        expect(Math.max(m.leader.y1, m.leader.y2), m.event.id).toBeCloseTo(m.y, 5);
        // Then across to the side of its box, which stands a label's gap beyond the leader.
        expect(m.arm, `${m.event.id}'s leader bent`).toBeDefined();
        const side = before ? m.label.x + m.label.width : m.label.x;
        const beyond = Math.abs(side - m.leader.x1);
        expect(beyond, m.event.id).toBeGreaterThanOrEqual(LABEL_GAP - 0.01);
        expect(beyond, m.event.id).toBeLessThanOrEqual(LABEL_GAP + 1);
        expect([m.arm!.x1, m.arm!.x2].sort((a, b) => a - b)).toEqual(
          [side, m.leader.x1].sort((a, b) => a - b),
        );
        expect(m.arm!.y1).toBe(Math.min(m.leader.y1, m.leader.y2));
        // Drawn so: the leader's line stands a visible gap off the rule's.
        const drawn = q(el, `[part~="event"][data-id="${m.event.id}"] line.leader:not(.arm)`)[0]!;
        const ruleLine = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
        const leaderLine = drawn.getBoundingClientRect();
        const apart = Math.abs(leaderLine.left + leaderLine.width / 2 - (ruleLine.left + ruleLine.width / 2));
        expect(apart, m.event.id).toBeGreaterThanOrEqual(METRICS.textGap - 0.5);
      }
      for (const m of labelled) {
        if (on.includes(m)) continue;
        // No leader runs along the rule a few px off it: two lines side by side read as a mistake.
        expect(Math.abs(m.leader.x1 - rule), `${m.event.id}'s leader`).toBeGreaterThanOrEqual(
          METRICS.textGap,
        );
      }
      // The figures dated the reference date stand on the rule too.
      const figures = layout.series!.lines.flatMap((l) => [...l.marks, ...l.disputes]);
      const dated = figures.filter((m) =>
        ('point' in m ? [m.point] : m.points).some((p) => p.date.iso === '2025-09-30'),
      );
      expect(dated.length).toBeGreaterThanOrEqual(2);
      for (const m of dated) expect(Math.abs(m.x - rule), `a figure of ${m.time}`).toBeLessThan(0.5);
      // No box's edge (and so none of its words) on the rule, or so near it that the two touch.
      const line = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
      const drawnRule = line.left + line.width / 2;
      for (const label of q(el, '[part~="label"]')) {
        const box = label.getBoundingClientRect();
        const gap = Math.max(box.left - drawnRule, drawnRule - box.right);
        expect(gap, `${label.dataset.id}'s box by the rule`).toBeGreaterThanOrEqual(METRICS.textGap - 0.5);
      }
    },
  );
});

describe('the leader of a mark on the As-of rule', () => {
  it.each(DESKTOP.flatMap(([lang, width]) => [[lang, width, 0] as const, [lang, width, 2] as const]))(
    'meets its marker: drawn over the marker’s outline, down beside the marker’s edge to its middle (%s, %i px, zoomed in %i times)',
    async (lang, width, zooms) => {
      const el = await zoomedStory(lang, width, zooms);
      const group = q(el, '[part~="event"][data-id="mission-end"]')[0]!;
      const leader = group.querySelector('line.leader:not(.arm)')!;
      const marker = group.querySelector('.marker')!;
      // Under the marker's outline the leader's foot would be hidden, a px or two short of it.
      expect(marker.compareDocumentPosition(leader) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const l = leader.getBoundingClientRect();
      const m = marker.getBoundingClientRect();
      const x = l.left + l.width / 2;
      const edge = Math.min(Math.abs(x - m.left), Math.abs(x - m.right));
      expect(edge, 'the leader off the marker’s edge').toBeLessThanOrEqual(1.5);
      expect(l.bottom, 'the leader’s foot').toBeGreaterThanOrEqual(m.top + m.height / 2 - 0.5);
    },
  );
});

describe('the As-of rule', () => {
  it.each(DESKTOP)(
    'reads the same at rest and zoomed in twice: it rises as far above the axis, at least a lifted mark’s height and a deadline’s dash, and above every mark in view (%s, %i px)',
    async (lang, width) => {
      const { el } = await story(lang, width);
      const plus = q<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === '+')!;
      const rises: number[] = [];
      for (let k = 0; k <= 2; k++) {
        if (k) {
          plus.click();
          await settle(el);
        }
        const layout = el.currentLayout!;
        expect(layout.now, `zoomed in ${k} times`).toBeDefined();
        const rise = layout.axis.y1 - layout.now!.y1;
        rises.push(Math.round(rise));
        // Drawn so.
        const rule = q(el, '[part~="now"] line')[0]!.getBoundingClientRect();
        const chart = q(el, 'svg[part~="chart"]')[0]!.getBoundingClientRect();
        expect(rule.top - chart.top, `zoomed in ${k} times`).toBeCloseTo(layout.now!.y1, 0);
        expect(rise, `zoomed in ${k} times`).toBeGreaterThanOrEqual(METRICS.lift + METRICS.deadlineReach);
        for (const m of layout.events)
          expect(layout.now!.y1, `${m.event.id}, zoomed in ${k} times`).toBeLessThanOrEqual(
            m.y - METRICS.deadlineReach,
          );
      }
      expect(new Set(rises).size, `${rises.join(', ')} px`).toBe(1);
    },
  );
});

describe('context labels are set to a measure', () => {
  it.each(DESKTOP)(
    'no context label runs wider than about 34 characters: a longer one wraps (%s, %i px)',
    async (lang, width) => {
      const { el, labelled } = await story(lang, width);
      const context = labelled.filter((m) => m.event.importance !== 'core');
      expect(context.length).toBe(5);
      for (const m of context) expect(m.label.width, m.event.id).toBeLessThanOrEqual(METRICS.maxLabelWidth);
      // The longest, the Syria operations' deadline, wraps onto two lines near its mark.
      const syria = q(el, '[part~="label"][data-id="syria-operations-deadline"]')[0]!;
      const range = document.createRange();
      range.selectNodeContents(syria);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(tops.size).toBeGreaterThanOrEqual(2);
      for (const line of [...range.getClientRects()])
        expect(line.width).toBeLessThanOrEqual(METRICS.maxLabelWidth);
    },
  );
});

describe('context labels wrap sensibly', () => {
  it.each(DESKTOP)(
    'a context label whose words fit two lines of its measure takes no more than two, even to stand a lane nearer its mark (%s, %i px)',
    async (lang, width) => {
      const { el, labelled } = await story(lang, width);
      const inner = METRICS.maxLabelWidth - 16;
      const context = labelled.filter((m) => m.event.importance !== 'core');
      expect(context.length).toBe(5);
      for (const m of context) {
        const label = q(el, `[part~="label"][data-id="${m.event.id}"]`)[0]!;
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const words = lines.reduce((sum, r) => sum + r.width, 0);
        // Well within two lines of the measure: a third line would hold a word or two.
        if (words > 1.6 * inner) continue;
        expect(new Set(lines.map((r) => Math.round(r.top))).size, m.event.id).toBeLessThanOrEqual(2);
        expect(m.label.lines, m.event.id).toBeLessThanOrEqual(2);
      }
    },
  );
});

/** What of a label's text the browser draws outside its box, or cuts with an ellipsis. */
function cutLines(label: HTMLElement): string[] {
  const box = label.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(label);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const cut = rects.filter(
    (r) =>
      r.left < box.left - 0.5 ||
      r.right > box.right + 0.5 ||
      r.top < box.top - 0.5 ||
      r.bottom > box.bottom + 0.5,
  );
  return [
    ...(label.scrollWidth > label.clientWidth + 1
      ? [`${label.scrollWidth} px wide in ${label.clientWidth}`]
      : []),
    ...(label.scrollHeight > label.clientHeight + 1
      ? [`${label.scrollHeight} px tall in ${label.clientHeight}`]
      : []),
    ...cut.map((r) => `a line at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} outside`),
    // Nor is a box a line taller than its text: an empty line would push the labels under it away.
    ...(box.bottom - Math.max(...rects.map((r) => r.bottom)) > 12 ? ['an empty line at its end'] : []),
  ];
}

describe('phone labels show their whole text', () => {
  it.each(['en', 'ar'] as const)(
    'at every width from 300 to 599 px no label is cut or ends in an ellipsis, nor ends in an empty line (%s)',
    async (lang) => {
      const el = await mount({ lang }, 300);
      const cut: string[] = [];
      for (let width = 300; width < 600; width += 2) {
        el.style.width = `${width}px`;
        await settle(el);
        expect(el.currentLayout!.orientation).toBe('vertical');
        const labels = q(el, '[part~="label"]');
        expect(labels.length, `${width} px`).toBe(el.events.length);
        for (const label of labels) {
          for (const why of cutLines(label)) cut.push(`${width} px: ${label.dataset.id} ${why}`);
        }
      }
      expect(cut).toEqual([]);
    },
  );
});

describe('dashed words stay together', () => {
  /** Every label's dashed pairs ("US–Iraq"), each checked to stand on one line. */
  function dashedPairs(el: DrawdownTimeline): number {
    let seen = 0;
    for (const label of q(el, '[part~="label"]')) {
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent!.matchAll(/\p{L}[-–]\u2060?\p{L}/gu)) {
          seen++;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(tops.size, `${label.dataset.id}: “${m[0]}” across a line break`).toBe(1);
        }
      }
    }
    return seen;
  }

  it.each(DESKTOP.filter(([lang]) => lang === 'en'))(
    'no label line of the story ends at a dash between two words (%s, %i px)',
    async (lang, width) => {
      const { el } = await story(lang, width);
      expect(dashedPairs(el)).toBeGreaterThan(0);
    },
  );

  it('a dashed pair that reaches a line’s end moves to the next line whole', async () => {
    // Titles whose dashed pair falls at every place of a wrapped line.
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      start: `${1990 + 3 * i}`,
      title: `${'Talks '.repeat(1 + (i % 6))}${'a'.repeat(i % 3)}US–Iraq accord on al-Asad`,
    }));
    const el = await mountData({ version: 1, events }, { lang: 'en' }, 1000);
    expect(q(el, '[part~="label"]').length).toBe(12);
    expect(dashedPairs(el)).toBe(24);
  });
});

/** How many lines a label's words take in a copy of its box `narrower` px narrower, grown to fit them. */
function linesAt(label: HTMLElement, narrower: number): number {
  const copy = label.cloneNode(true) as HTMLElement;
  const box = label.getBoundingClientRect();
  Object.assign(copy.style, { width: `${box.width - narrower}px`, height: 'auto', webkitLineClamp: 'none' });
  copy.style.setProperty('display', 'block');
  label.parentElement!.append(copy);
  const range = document.createRange();
  range.selectNodeContents(copy);
  // A line's pieces (its words, a headline's number badge) stand within a few px of each other.
  const tops = [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .map((r) => r.top + r.height / 2)
    .sort((a, b) => a - b);
  copy.remove();
  return tops.filter((t, k) => k === 0 || t - tops[k - 1]! > 10).length;
}

describe('wrapped labels are balanced', () => {
  it.each(DESKTOP)(
    'a label wrapped onto several lines stands in the narrowest box that keeps their count: 8 px narrower, its words take another line; scheduled labels aside (%s, %i px)',
    async (lang, width) => {
      const { el, labelled } = await story(lang, width);
      let wrapped = 0;
      for (const m of labelled) {
        const label = q(el, `[part~="label"][data-id="${m.event.id}"]`)[0]!;
        // A scheduled event's label set in the room past the rule is wrapped to that room.
        if (m.label.lines < 2 || label.classList.contains('scheduled')) continue;
        wrapped++;
        expect(linesAt(label, 0), `${m.event.id} as drawn`).toBe(m.label.lines);
        expect(linesAt(label, 8), `${m.event.id} 8 px narrower`).toBeGreaterThan(m.label.lines);
      }
      expect(wrapped).toBeGreaterThan(0);
    },
  );
});

describe('a headline’s number keeps to its words', () => {
  /** The label's first drawn character after its number badge, as a range. */
  function firstWord(label: HTMLElement): Range {
    const text = [...label.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim())!;
    const range = document.createRange();
    const at = text.textContent!.search(/\S/);
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range;
  }

  /**
   * The width the label's first piece is drawn at: its first word, or its date held on one line
   * with its dash (no-break spaces hold it; a word joiner holds its introducing word to it).
   */
  function firstPiece(label: HTMLElement): number {
    const range = firstWord(label);
    const text = range.startContainer.textContent!;
    const end = text.slice(range.startOffset).search(/ |$/);
    range.setEnd(range.startContainer, range.startOffset + end);
    return [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
  }

  /**
   * Checks every core label: its badge on its first word's line (or, where its first piece is
   * wider than the room beside the badge, on a line of its own above it), its lines as the
   * layout counted.
   */
  function check(el: DrawdownTimeline, where: string, wrong: string[]): number {
    let seen = 0;
    for (const m of el.currentLayout!.events) {
      if (!m.label || m.event.importance !== 'core') continue;
      const label = q(el, `[part~="label"][data-id="${m.event.id}"]`)[0]!;
      const badge = label.querySelector('.number')!.getBoundingClientRect();
      const word = firstWord(label).getBoundingClientRect();
      seen++;
      // The room beside the badge: the label's width less its padding (7 px a side) and borders.
      const room = label.getBoundingClientRect().width - 16 - METRICS.numberWidth;
      if (
        Math.abs(badge.top + badge.height / 2 - (word.top + word.height / 2)) > 10 &&
        firstPiece(label) <= room
      )
        wrong.push(`${where}: ${m.event.id}’s number on a line of its own`);
      const drawn = linesAt(label, 0);
      if (drawn !== m.label.lines)
        wrong.push(`${where}: ${m.event.id} drawn on ${drawn} lines, laid out on ${m.label.lines}`);
    }
    return seen;
  }

  it.each(['en', 'ar'] as const)(
    'on a phone, at every width from 300 to 599 px, a headline’s number stands on the line of its first word unless its date is too wide to stand beside it, and the label is drawn on the lines the layout counted (%s)',
    async (lang) => {
      const el = await mount({ lang }, 300);
      const wrong: string[] = [];
      for (let width = 300; width < 600; width++) {
        el.style.width = `${width}px`;
        await settle(el);
        expect(check(el, `${width} px`, wrong), `${width} px`).toBe(4);
      }
      expect(wrong).toEqual([]);
    },
    // 300 widths laid out and drawn take about 10 s alone on a 2-core machine, more beside other runs.
    60_000,
  );

  it.each(DESKTOP)(
    'a headline’s number stands on the line of its first word, and the label is drawn on the lines the layout counted (%s, %i px)',
    async (lang, width) => {
      const { el } = await story(lang, width);
      const wrong: string[] = [];
      expect(check(el, `${width} px`, wrong)).toBe(4);
      expect(wrong).toEqual([]);
    },
  );
});
