/**
 * Typesetting the story in both scripts: Arabic texts set right to left wherever they are placed,
 * upright (the script has no italics), quoted between guillemets; a date held together where a
 * line would break it, and a label's dash kept with its date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { METRICS } from '../../src/layout/metrics.js';
import { mount, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The boxes of the lines a text within `node` takes: one per line it is set on. */
function linesOf(node: Element, text: string): DOMRect[] {
  // A line's fragments share a top: count distinct tops.
  const rects = rectsOf(node, text);
  return rects.filter((r, i) => rects.findIndex((s) => Math.abs(s.top - r.top) < 2) === i);
}

/** Every box a text within `node` is set in (a line may hold several, one per run of a direction). */
function rectsOf(node: Element, text: string): DOMRect[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return [...range.getClientRects()];
  }
  throw new Error(`"${text}" is not in the node`);
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
    'in %s, a core label’s date (with the word that introduces it) never breaks, and its label takes the lines the layout gave it',
    async (lang) => {
      // A wide page, an article column and phones, each less its margins.
      for (const width of [1248, 648, 343, 288]) {
        const el = await mount({ lang }, width);
        const marks = el.currentLayout!.events.filter((m) => m.label && m.event.importance === 'core');
        expect(marks.length).toBe(4);
        for (const m of marks) {
          const label = q(el, `.label.core[data-id="${m.event.id}"]`)[0]!;
          const number = label.querySelector('.number')?.textContent ?? '';
          const date = label.textContent!.replace(number, '').trim().split('\u00a0—')[0]!;
          // Held on one line wherever a line is as wide as it (with its dash) beside the number;
          // on phones, where no line is, broken only between its words: the number keeps to its
          // first word rather than stand alone on its line.
          if (!date.includes(' ')) {
            expect(linesOf(label, date), `${date} at ${width} px`).toHaveLength(1);
          } else {
            expect(width, date).toBeLessThan(600);
            const ink = rectsOf(label, `${date}\u00a0—`).reduce((sum, r) => sum + r.width, 0);
            expect(ink + METRICS.numberWidth, date).toBeGreaterThan(label.getBoundingClientRect().width - 16);
            for (const word of date.split(' '))
              expect(linesOf(label, word), `${word} at ${width} px`).toHaveLength(1);
          }
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
    'in %s on a phone, "As of" may wrap, but inside its date only where the date is wider than the column',
    async (lang) => {
      for (const width of [375, 320, 300]) {
        const el = await mount({ lang }, width);
        const words = q(el, '.now-text')[0]!;
        const box = el.currentLayout!.nowLabel!;
        const text = words.textContent!.trim();
        expect(text).toBe(box.text);
        // The words before the date are joined by plain spaces, the date's own by no-break ones.
        const date = text.split(' ').at(-1)!;
        if (date.includes('\u00a0')) {
          expect(linesOf(words, date), `${date} at ${width} px`).toHaveLength(1);
        } else {
          // Released only on the narrowest phones, where the held date is wider than the column.
          expect(width, text).toBeLessThan(375);
        }
        // Either way, every line it is set on stays inside its box.
        const range = document.createRange();
        range.selectNodeContents(words);
        const outer = words.getBoundingClientRect();
        for (const r of [...range.getClientRects()].filter((r) => r.width > 0)) {
          expect(r.left, `${text} at ${width} px`).toBeGreaterThanOrEqual(outer.left - 0.5);
          expect(r.right, `${text} at ${width} px`).toBeLessThanOrEqual(outer.right + 0.5);
        }
        el.remove();
      }
    },
  );
});
