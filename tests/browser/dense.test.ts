/**
 * Dense views for keyboard and screen-reader users, in real Chromium: the chart is written in
 * the order the arrow keys take (so the accessibility tree reads it in time order, clusters
 * among the labelled events), and a cluster's count is always in its name and drawn in its
 * bubble when there is room for it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { DrawdownTimeline } from '../../src/index.js';
import { focusedId, key, mountData, q, settle } from './helpers.js';
import { DAY } from '../../src/time/partial-date.js';
import { syntheticDocument } from '../fixtures/synthetic.js';

afterEach(() => {
  document.body.replaceChildren();
});

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** 600 events from 2000 to 2019, one core event in twenty. */
function dense(): unknown {
  const start = Date.UTC(2000, 0, 1);
  const step = (Date.UTC(2019, 11, 31) - start) / 600;
  return {
    version: 1,
    title: 'Twenty years',
    events: Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      start: iso(start + Math.floor(i * step)),
      title: `Event ${i}`,
      importance: i % 20 === 0 ? 'core' : 'context',
    })),
  };
}

/** The chart's marks and clusters in the order they are written. */
function written(el: DrawdownTimeline): string[] {
  return q(el, 'svg [part~="event"], svg [part~="cluster"]').map((n) => n.getAttribute('data-id')!);
}

/** Home, then the forward arrow until the focus stops moving: the ids met in order. */
async function walked(el: DrawdownTimeline, forward: string): Promise<string[]> {
  const stop = q(el, '[part~="event"][tabindex="0"], [part~="cluster"][tabindex="0"]')[0]!;
  stop.focus();
  key(stop, 'Home');
  await settle(el);
  const met = [focusedId(el)!];
  for (let i = 0; i < 2000; i++) {
    key(el.shadowRoot!.activeElement!, forward);
    await el.updateComplete;
    await el.updateComplete;
    const id = focusedId(el)!;
    if (id === met[met.length - 1]) break;
    met.push(id);
  }
  return met;
}

describe('dense views in time order', () => {
  for (const [name, attrs, width, forward] of [
    ['English, horizontal', { lang: 'en' }, 1000, 'ArrowRight'],
    ['Arabic, right to left', { lang: 'ar' }, 1000, 'ArrowLeft'],
    ['English, vertical', { lang: 'en' }, 420, 'ArrowDown'],
  ] as const) {
    it(`600 events from 2000 to 2019 are written in the order the arrow keys take (${name})`, async () => {
      const el = await mountData(dense(), attrs, width);
      const layout = el.currentLayout!;
      expect(layout.clusters.length).toBeGreaterThan(5);
      const order = written(el);
      // Clusters sit among the labelled events, not all before them.
      const firstEvent = order.findIndex((id) => !id.startsWith('cluster-'));
      const lastCluster = order.findLastIndex((id) => id.startsWith('cluster-'));
      expect(firstEvent).toBeLessThan(lastCluster);
      expect(await walked(el, forward)).toEqual(order);
      // Nothing reorders the tree behind the DOM's back.
      expect(q(el, '[aria-owns]')).toHaveLength(0);
    });
  }
});

describe('cluster counts', () => {
  /** Clusters of 2, 3, 4 and 50 events, far apart, among enough events to make the view dense. */
  function separated(): unknown {
    const events: Array<{ id: string; start: string; title: string; importance: string }> = [];
    const add = (day: number, n: number, tag: string) => {
      for (let i = 0; i < n; i++)
        events.push({
          id: `${tag}-${i}`,
          start: iso(Date.UTC(2000, 0, 1) + day * DAY),
          title: `${tag} ${i}`,
          importance: 'context',
        });
    };
    add(0, 2, 'two');
    add(700, 3, 'three');
    add(1400, 4, 'four');
    for (let k = 0; k < 5; k++) add(2100 + 700 * k, 50, `fifty${k}`);
    return { version: 1, title: 'Clusters with room', events };
  }

  it('a cluster with room around it shows its count inside its bubble, however small (en and ar)', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mountData(separated(), { lang }, 1000);
      const clusters = el.currentLayout!.clusters;
      expect(clusters.map((k) => k.count)).toEqual([2, 3, 4, 50, 50, 50, 50, 50]);
      const digits = new Intl.NumberFormat(lang);
      for (const k of clusters) {
        const bubble = q(el, `[data-cluster="${k.id}"]`)[0]!;
        const text = q(el, `.cluster-count[data-count="${k.id}"]`)[0];
        expect(text?.textContent, `${lang}: ${k.count}`).toBe(digits.format(k.count));
        // The count sits inside its circle.
        const circle = bubble.querySelector('circle')!.getBoundingClientRect();
        const box = text!.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(circle.left);
        expect(box.right).toBeLessThanOrEqual(circle.right);
        expect(getComputedStyle(text!).fontSize).toMatch(/^1[23]px$/);
        // And the name says it too.
        const control = q(el, `[part~="cluster"][data-id="${k.id}"]`)[0]!;
        expect(control.getAttribute('aria-label')).toContain(digits.format(k.count));
      }
      el.remove();
    }
  });

  it('in a crowded view every cluster is named with its count; counts are drawn only where bubbles do not touch', async () => {
    const el = await mountData(dense(), { lang: 'en' }, 1000);
    const clusters = el.currentLayout!.clusters;
    expect(clusters.length).toBeGreaterThan(5);
    for (const k of clusters) {
      const control = q(el, `[part~="cluster"][data-id="${k.id}"]`)[0]!;
      expect(control.getAttribute('aria-label')).toMatch(new RegExp(`^${k.count} events from `));
    }
    const sorted = [...clusters].sort((a, b) => a.x - b.x);
    sorted.forEach((k, i) => {
      const next = sorted[i + 1];
      if (next && (k.countShown || next.countShown))
        expect(next.x - k.x, `${k.id} and ${next.id}`).toBeGreaterThanOrEqual(k.radius + next.radius);
      const text = q(el, `.cluster-count[data-count="${k.id}"]`);
      expect(text).toHaveLength(k.countShown ? 1 : 0);
    });
    expect(clusters.some((k) => k.countShown)).toBe(true);
  });

  it('no mark’s colour shows inside a drawn count’s box: the digits stand on the background (1,000 events, en and ar)', async () => {
    // A desktop page, so that the whole chart is painted in the viewport.
    await page.viewport(1280, 800);
    for (const lang of ['en', 'ar']) {
      const el = await mountData(syntheticDocument(1000, 7), { lang }, 1248);
      await settle(el);
      // At rest: what the page fetches once it is idle after the first frame (the overview
      // strip) has come, so that the picture and the boxes read after it are of one frame.
      await document.fonts.ready;
      await new Promise((done) => requestIdleCallback(done));
      await settle(el);
      const counts = q<SVGTextElement>(el, '.cluster-count');
      expect(counts.length).toBeGreaterThan(20);
      // The chart as painted, read back pixel by pixel.
      const shot = await page.screenshot({ element: el, save: false });
      const image = new Image();
      image.src = `data:image/png;base64,${shot}`;
      await image.decode();
      const host = el.getBoundingClientRect();
      const scale = image.naturalWidth / host.width;
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const crossed: string[] = [];
      for (const count of counts) {
        // Where its digits are drawn: the box of the text's dark pixels, inside its line box.
        const box = count.getBoundingClientRect();
        const [bx, by] = [
          Math.round((box.left - host.left) * scale),
          Math.round((box.top - host.top) * scale),
        ];
        const line = context.getImageData(
          bx,
          by,
          Math.round(box.width * scale),
          Math.round(box.height * scale),
        );
        const rgb = (i: number) => [line.data[i]!, line.data[i + 1]!, line.data[i + 2]!] as const;
        let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
        for (let i = 0; i < line.data.length; i += 4) {
          const [r, g, b] = rgb(i);
          if (Math.max(r, g, b) < 90) {
            const [x, y] = [(i / 4) % line.width, Math.floor(i / 4 / line.width)];
            [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
          }
        }
        expect(x1, `${count.textContent}: no digits drawn`).toBeGreaterThan(x0);
        // A mark's colour: a saturated pixel (the text, its halo and the background are greys).
        let coloured = 0;
        for (let y = y0; y <= y1; y++)
          for (let x = x0; x <= x1; x++) {
            const [r, g, b] = rgb((y * line.width + x) * 4);
            if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
          }
        if (coloured > 0) crossed.push(`${count.textContent} (${count.dataset.count}): ${coloured} px`);
      }
      expect(crossed, lang).toEqual([]);
      el.remove();
    }
    await page.viewport(414, 896);
  });

  it('a count is drawn over every mark, on a halo of the background, and leaves the clicks to what is under it', async () => {
    const el = await mountData(dense(), { lang: 'en' }, 1000);
    const counts = q<SVGTextElement>(el, '.cluster-count');
    expect(counts.length).toBeGreaterThan(0);
    const markers = q(el, '.event .marker, .raised .marker, .mark-paths path');
    expect(markers.length).toBeGreaterThan(0);
    const background = getComputedStyle(el).backgroundColor;
    for (const count of counts) {
      const box = count.getBoundingClientRect();
      // Every marker whose box meets the count's is painted before it (under it).
      for (const m of markers) {
        const r = m.getBoundingClientRect();
        const meets = r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
        if (meets) {
          expect(
            m.compareDocumentPosition(count) & Node.DOCUMENT_POSITION_FOLLOWING,
            `${count.dataset.count} under a mark`,
          ).toBeTruthy();
        }
      }
      const style = getComputedStyle(count);
      expect(style.paintOrder).toMatch(/^stroke/);
      expect(style.stroke).toBe(background);
      expect(parseFloat(style.strokeWidth)).toBeGreaterThanOrEqual(2);
      expect(style.pointerEvents).toBe('none');
    }
  });
});
