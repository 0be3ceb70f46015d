/**
 * Typesetting the story in both scripts: Arabic texts set right to left wherever they are placed,
 * upright (the script has no italics), quoted between guillemets; a date held together where a
 * line would break it, and a label's dash kept with its date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { drawdownStory } from '../../src/data/drawdown.js';
import type { Formatters } from '../../src/locale/format.js';
import { seriesValue } from '../../src/locale/describe.js';
import { validateDocument } from '../../src/schema/validate.js';
import type { DrawdownTimeline } from '../../src/index.js';
import { mount, q, rectsOf, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The boxes of the lines a text within `node` takes: one per line it is set on. */
function linesOf(node: Element, text: string): DOMRect[] {
  // A line's fragments share a top: count distinct tops.
  const rects = rectsOf(node, text);
  return rects.filter((r, i) => rects.findIndex((s) => Math.abs(s.top - r.top) < 2) === i);
}

/** The element's own formatters, as it writes every text. */
function formattersOf(el: DrawdownTimeline): Formatters {
  return Reflect.get(el, 'formatters') as Formatters;
}

/** A text as read: its no-break spaces as spaces, its word joiners (unseen) left out. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
}

/**
 * Whether every occurrence of `phrase` in `node`'s text (read as `plain`) is set on one line:
 * each of its characters shares a top with its first.
 */
function onOneLine(node: Element, phrase: string): boolean {
  const chars: Array<{ c: string; top: number }> = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    for (let i = 0; i < t.textContent!.length; i++) {
      const c = t.textContent![i]!;
      if (c === '\u2060') continue;
      const range = document.createRange();
      range.setStart(t, i);
      range.setEnd(t, i + 1);
      chars.push({ c: c === '\u00a0' ? ' ' : c, top: range.getClientRects()[0]?.top ?? NaN });
    }
  }
  const text = chars.map((ch) => ch.c).join('');
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const own = chars.slice(at, at + phrase.length).filter((ch) => ch.c.trim());
    if (own.some((ch) => !(Math.abs(ch.top - own[0]!.top) < 4))) return false;
  }
  return true;
}

describe('Arabic set right to left and upright', () => {
  it('the figures track’s title and the note told under a phone’s track run right to left', async () => {
    const el = await mount({ lang: 'ar' }, 375);
    const notes = q(el, '.annotation.note-text');
    const titles = q(el, '.annotation.series-title');
    expect(notes.length).toBeGreaterThan(0);
    expect(titles.length).toBeGreaterThan(0);
    for (const node of [...notes, ...titles]) expect(getComputedStyle(node).direction).toBe('rtl');
    // The note's text starts at its right edge: its first word stands right of its last.
    const note = notes[0]!;
    const words = note.textContent!.trim().split(/\s+/);
    const first = linesOf(note, words[0]!)[0]!;
    expect(first.right).toBeGreaterThan(note.getBoundingClientRect().right - 12);
  });

  it.each([
    ['ar', 'normal'],
    ['en', 'italic'],
  ])('in %s, the word that marks the compressed stretch is set %s', async (lang, style) => {
    const el = await mount({ lang }, 1280);
    const word = q(el, '.compressed-text')[0]!;
    expect(getComputedStyle(word).fontStyle).toBe(style);
  });

  it('a speaker’s words in an Arabic card stand between guillemets', async () => {
    const el = await mount({ lang: 'ar' }, 1280);
    el.select('mission-end');
    await settle(el);
    const quote = q(el, '.sources q')[0]!;
    expect(getComputedStyle(quote).quotes).toBe('"«" "»"');
  });
});

describe('dates held together', () => {
  it.each(['en', 'ar'])('in %s, a core label’s dash stays on its date’s line', async (lang) => {
    for (const width of [1280, 680, 375]) {
      const el = await mount({ lang }, width);
      const labels = q(el, '.label.core');
      expect(labels.length).toBe(4);
      for (const label of labels) {
        const text = label.textContent!;
        expect(text).toContain('\u00a0—');
        const [dash] = linesOf(label, '—');
        const [before] = linesOf(label, '\u00a0');
        expect(Math.abs(dash!.top - before!.top), `${text.trim()} at ${width} px`).toBeLessThan(2);
      }
      el.remove();
    }
  });

  it.each(['en', 'ar'])(
    'in %s, a core label’s date never breaks, and its label takes the lines the layout gave it',
    async (lang) => {
      // A wide page, an article column and phones, each less its margins.
      for (const width of [1248, 648, 343, 288]) {
        const el = await mount({ lang }, width);
        const f = formattersOf(el);
        const marks = el.currentLayout!.events.filter((m) => m.label && m.event.importance === 'core');
        expect(marks.length).toBe(4);
        for (const m of marks) {
          const label = q(el, `.label.core[data-id="${m.event.id}"]`)[0]!;
          const text = plain(label.textContent!);
          // The date with the word that introduces it, on one line wherever a line is as wide as
          // they are; on phones, where none is, the introducing word may stand apart: never the
          // date's own words.
          const whole = f.date(m.event.start, m.event.qualifier);
          const bare = f.date(m.event.start);
          expect(text).toContain(whole);
          const apart = !onOneLine(label, whole);
          if (apart) expect(width, whole).toBeLessThan(600);
          expect(onOneLine(label, bare), `${bare} at ${width} px`).toBe(true);
          // The lines its number and words take, as set: a line's pieces share a top within a
          // few px (the number's badge is shorter than a line and raised a px).
          const range = document.createRange();
          range.selectNodeContents(label);
          const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
          const lines = tops.filter((t, i) => tops.findIndex((u) => Math.abs(u - t) < 6) === i);
          expect(lines.length, `${m.event.id} at ${width} px`).toBe(m.label!.lines);
        }
        el.remove();
      }
    },
  );

  it.each(['en', 'ar'])(
    'in %s on a phone, no drawn line ends inside a date or a figure with its hedge',
    async (lang) => {
      const { model } = validateDocument(drawdownStory);
      for (const width of [343, 288]) {
        const el = await mount({ lang }, width);
        const f = formattersOf(el);
        // Every date and figure the chart's texts may tell: the events', the figures' and their
        // notes', and the reference date.
        const phrases = new Set([
          f.date(model.referenceDate!),
          ...model.events.flatMap((e) => [f.date(e.start), ...(e.end ? [f.date(e.end)] : [])]),
          ...model.series.flatMap((s) => [
            ...s.points.flatMap((p) => [f.date(p.date), seriesValue(p, f)]),
            ...s.annotations.map((n) => f.date(n.date)),
          ]),
        ]);
        const told: string[] = [];
        // On the narrowest phone the Arabic reference date is wider than the tick column can be
        // while the labels beside it hold their own dates whole: only there do its words break.
        const cramped = lang === 'ar' && width < 300 ? '.now-text' : '';
        for (const node of q(el, '.label, .now-text, .annotation')) {
          if (cramped && node.matches(cramped)) continue;
          const text = plain(node.textContent!);
          for (const phrase of phrases) {
            if (!text.includes(phrase)) continue;
            told.push(phrase);
            expect(onOneLine(node, phrase), `"${phrase}" in "${text.trim()}" at ${width} px`).toBe(true);
          }
        }
        // The texts that told them were found: the reference date, and both disputed estimates.
        if (!cramped) expect(told).toContain(f.date(model.referenceDate!));
        for (const p of model.series[0]!.points.filter((p) => p.low !== undefined || p.approximate))
          expect(told).toContain(seriesValue(p, f));
        // The reference words are composed once: as measured, as drawn.
        expect(q(el, '.now-text')[0]!.textContent!.trim()).toBe(el.currentLayout!.nowLabel!.text);
        el.remove();
      }
    },
  );
});
