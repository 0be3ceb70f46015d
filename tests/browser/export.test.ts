/**
 * The exported picture is the picture the reader sees: every label in the lines the browser drew,
 * inside its box; the number badges as badges; the chart's own background; the title, source and
 * credit lines; and a clean file. In real Chromium, in Arabic and English, wide and on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawdownTimeline } from '../../src/index.js';
import { mount, q, settle } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** First strong isolate and pop directional isolate, which the export puts around a `<bdi>`'s text. */
const ISOLATES = /[\u2068\u2069]/g;

const words = (text: string | null | undefined) =>
  (text ?? '').replace(ISOLATES, '').replace(/\s+/g, ' ').trim();

/** The exported SVG, parsed and shown in the page, so that its texts can be measured as drawn. */
async function shown(el: DrawdownTimeline): Promise<SVGSVGElement> {
  const source = await el.toSVG();
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:0;top:0';
  holder.append(svg);
  document.body.append(holder);
  await document.fonts.ready;
  return svg;
}

/**
 * The lines a live text shows: its line boxes, read over the whole text at once. Boxes of one line
 * (a run of Latin digits in Arabic, a bold word) overlap in height; a box below them starts a line.
 */
function liveLineCount(label: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(label);
  const clip = label.getBoundingClientRect();
  // The badge and empty boxes are no lines of text; clamped lines fall below the box.
  const badge = label.querySelector('.number')?.getBoundingClientRect();
  const inBadge = (r: DOMRect) =>
    badge !== undefined &&
    r.left >= badge.left - 0.5 &&
    r.right <= badge.right + 0.5 &&
    r.top >= badge.top - 1;
  const boxes = [...range.getClientRects()]
    .filter(
      (r) => r.width > 0 && r.bottom <= clip.bottom + 3 && !(inBadge(r) && r.bottom <= badge!.bottom + 1),
    )
    .sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = -Infinity;
  for (const r of boxes) {
    if ((r.top + r.bottom) / 2 > bottom) lines++;
    bottom = Math.max(bottom, r.bottom);
  }
  return lines;
}

/** The text of a live label as the reader reads it, without its number badge. */
function liveText(label: HTMLElement): string {
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelector('.number')?.remove();
  return words(copy.textContent);
}

/** Each exported block (a `<g>` with text): its face, if any, and its text lines. */
function blocks(svg: SVGSVGElement) {
  return [...svg.querySelectorAll('g')]
    .filter((g) => [...g.children].some((c) => c.localName === 'text'))
    .map((g) => {
      const texts = [...g.children].filter((c): c is SVGTextElement => c.localName === 'text');
      const rects = [...g.children].filter((c): c is SVGRectElement => c.localName === 'rect');
      // A badge is a rect as round as it is high, with its number centred on it.
      const badge = rects.find(
        (r) => Number(r.getAttribute('rx')) * 2 >= Number(r.getAttribute('height')) - 0.01,
      );
      const face = rects.find((r) => r !== badge);
      const number = badge ? texts.find((t) => t.getAttribute('text-anchor') === 'middle') : undefined;
      const lines = texts.filter((t) => t !== number);
      return { g, face, badge, number, lines, text: lines.map((t) => words(t.textContent)).join(' ') };
    });
}

const CASES = (['en', 'ar'] as const).flatMap((lang) => [1000, 375].map((width) => [lang, width] as const));

describe('exported labels', () => {
  for (const [lang, width] of CASES) {
    it(`every label keeps the lines the reader sees, each inside its box (${lang}, ${width} px)`, async () => {
      const el = await mount({ lang }, width);
      const labels = q(el, '.labels .label');
      expect(labels.length).toBeGreaterThan(5);
      const exported = blocks(await shown(el));
      let wrapped = 0;
      for (const label of labels) {
        const text = liveText(label);
        const block = exported.find((b) => b.face && b.text === text);
        expect(block, `an exported label reads "${text}"`).toBeDefined();
        const lines = liveLineCount(label);
        if (lines > 1) wrapped++;
        expect(block!.lines.length, `lines of "${text}"`).toBe(lines);
        const face = block!.face!.getBoundingClientRect();
        for (const line of block!.lines) {
          const drawn = line.getBoundingClientRect();
          expect(drawn.left, `"${line.textContent}" starts inside its box`).toBeGreaterThanOrEqual(
            face.left - 0.5,
          );
          expect(drawn.right, `"${line.textContent}" ends inside its box`).toBeLessThanOrEqual(
            face.right + 0.5,
          );
          expect(drawn.top).toBeGreaterThanOrEqual(face.top - 3);
          expect(drawn.bottom).toBeLessThanOrEqual(face.bottom + 3);
        }
        // Arabic lines are set from the right edge of their box, as the page sets them.
        if (lang === 'ar' && /[\u0600-\u06ff]/.test(text)) {
          block!.lines.forEach((line, i) => {
            expect(line.getAttribute('direction')).toBe('rtl');
            // The first line of a numbered label starts beside its badge.
            const start = i === 0 && block!.badge ? block!.badge.getBoundingClientRect().left : face.right;
            expect(start - line.getBoundingClientRect().right).toBeLessThan(12);
          });
        }
      }
      // The story wraps its headlines on a phone and its longest labels at any width.
      expect(wrapped, 'labels of more than one line').toBeGreaterThan(0);
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`the As-of words keep their lines and no tick text is written over them (${lang}, 375 px)`, async () => {
      const el = await mount({ lang }, 375);
      const asOf = q(el, '.now-text')[0]!;
      const text = liveText(asOf);
      const svg = await shown(el);
      const block = blocks(svg).find((b) => b.text === text);
      expect(block, `the As-of words "${text}"`).toBeDefined();
      expect(block!.lines.length).toBe(liveLineCount(asOf));
      expect(block!.lines.length).toBeGreaterThan(1);
      const ticks = [...svg.querySelectorAll('text')].filter((t) => t.closest('svg svg'));
      for (const line of block!.lines) {
        const a = line.getBoundingClientRect();
        for (const t of ticks) {
          const b = t.getBoundingClientRect();
          const overlap =
            a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `"${line.textContent}" over "${t.textContent}"`).toBe(false);
        }
      }
    });

    it(`a core label's number is a badge of its own, apart from its text (${lang})`, async () => {
      const el = await mount({ lang }, 1000);
      const numbered = q(el, '.labels .label .number');
      expect(numbered.length).toBeGreaterThan(2);
      const exported = blocks(await shown(el));
      for (const badge of numbered) {
        const label = badge.parentElement!;
        const block = exported.find((b) => b.face && b.text === liveText(label));
        expect(block, liveText(label)).toBeDefined();
        const digits = words(badge.textContent);
        expect(block!.number?.textContent).toBe(digits);
        // The first line begins with the label's own words, not with its number.
        expect(words(block!.lines[0]!.textContent).startsWith(liveText(label).slice(0, 6))).toBe(true);
        // Filled with the badge's colour, its digits in the label's background colour, as drawn.
        const style = getComputedStyle(badge);
        expect(block!.badge!.getAttribute('fill')).toBe(style.backgroundColor);
        expect(block!.number!.getAttribute('fill')).toBe(style.color);
        const disc = block!.badge!.getBoundingClientRect();
        const first = block!.lines[0]!.getBoundingClientRect();
        expect(
          first.left >= disc.right - 0.5 || first.right <= disc.left + 0.5,
          'the first line is beside the badge',
        ).toBe(true);
      }
    });
  }
});

/** The colour of the PNG's pixel at (x, y), in CSS px of the picture. */
async function pixel(png: Blob, x: number, y: number): Promise<[number, number, number, number]> {
  const image = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return [...context.getImageData(x * 2, y * 2, 1, 1).data] as [number, number, number, number];
}

function rgb(colour: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour)!;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

describe('the exported picture', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is drawn on the chart's own opaque background, in the SVG and the PNG (${theme})`, async () => {
      const el = await mount({ lang: 'en', theme }, 680);
      const background = getComputedStyle(el).backgroundColor;
      const svg = await shown(el);
      const ground = svg.querySelector(':scope > rect')!;
      expect(ground.getAttribute('fill')).toBe(background);
      expect(ground.getAttribute('width')).toBe('100%');
      const [r, g, b, a] = await pixel(await el.toPNG(), 1, 1);
      expect(a).toBe(255);
      expect([r, g, b]).toEqual(rgb(background));
    });
  }

  it("a page's background colour reaches the picture; an element made transparent is drawn on its theme's", async () => {
    const el = await mount({ lang: 'en' }, 680);
    el.style.setProperty('--drawdown-color-background', '#fdf6e3');
    await settle(el);
    expect((await shown(el)).querySelector(':scope > rect')!.getAttribute('fill')).toBe('rgb(253, 246, 227)');
    el.style.removeProperty('--drawdown-color-background');
    el.setAttribute('theme', 'dark');
    el.style.backgroundColor = 'transparent';
    await settle(el);
    expect((await shown(el)).querySelector(':scope > rect')!.getAttribute('fill')).toBe('rgb(13, 17, 23)');
  });

  for (const [lang, width] of CASES) {
    it(`carries the title, the source and the credit, each inside the picture (${lang}, ${width} px)`, async () => {
      const el = await mount({ lang }, width);
      const svg = await shown(el);
      const picture = svg.getBoundingClientRect();
      const exported = blocks(svg);
      const title = q(el, 'figcaption')[0]!;
      const footer = q(el, '[part~="footer"] p');
      expect(footer.length).toBe(2);
      for (const node of [title, ...footer]) {
        const block = exported.find((b) => b.text === words(node.textContent));
        expect(block, words(node.textContent)).toBeDefined();
        // Wrapped as the page wraps it, to the picture's width.
        expect(block!.lines.length).toBe(liveLineCount(node));
        for (const line of block!.lines) {
          const drawn = line.getBoundingClientRect();
          expect(drawn.left).toBeGreaterThanOrEqual(picture.left);
          expect(drawn.right).toBeLessThanOrEqual(picture.right + 0.5);
          expect(drawn.bottom).toBeLessThanOrEqual(picture.bottom);
        }
      }
      // The title above the chart, the source and credit below it.
      const chart = svg.querySelector('svg')!.getBoundingClientRect();
      const titleBlock = exported.find((b) => b.text === words(title.textContent))!;
      expect(titleBlock.g.getBoundingClientRect().bottom).toBeLessThanOrEqual(chart.top);
      const source = exported.find((b) => b.text === words(footer[0]!.textContent))!;
      expect(source.g.getBoundingClientRect().top).toBeGreaterThanOrEqual(chart.bottom);
    });
  }

  it('holds no comment, no page attribute, and keeps the notes in italics', async () => {
    const el = await mount({ lang: 'en' }, 1000);
    const source = await el.toSVG();
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    const comments = parsed.createTreeWalker(parsed, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode(), 'a comment node').toBeNull();
    for (const name of ['part', 'class', 'role', 'tabindex', 'aria-label', 'data-id']) {
      expect(parsed.querySelectorAll(`[${name}]`).length, name).toBe(0);
    }
    const note = words(q(el, '.annotation.note-text')[0]!.textContent);
    const text = [...parsed.querySelectorAll('text')].find((t) => words(t.textContent) === note);
    expect(text, note).toBeDefined();
    expect(text!.getAttribute('font-style')).toBe('italic');
  });

  it('toSVG() and toPNG() both reject, with one message, when no chart is drawn (the list view)', async () => {
    const el = await mount({ lang: 'en', view: 'list' }, 680);
    expect(q(el, '.chart')).toHaveLength(0);
    const svg = await el.toSVG().then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    const png = await el.toPNG().then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(svg).toMatch(/nothing is drawn to export/);
    expect(png).toBe(svg);
  });
});
