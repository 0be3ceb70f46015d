/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { commands, server } from 'vitest/browser';
import '../../src/define.js';
import type { DrawdownTimeline } from '../../src/index.js';

const GOLDEN = 'tests/timezones/golden.json';
const ZONES: Record<string, string> = {
  'tz-utc': 'UTC',
  'tz-new-york': 'America/New_York',
  'tz-baghdad': 'Asia/Baghdad',
  'tz-kiritimati': 'Pacific/Kiritimati',
};

async function settle(el: DrawdownTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

/** What a reader sees of the story: tick texts, mark positions, and every date as text. */
async function rendering(lang: string): Promise<unknown> {
  const el = document.createElement('drawdown-timeline');
  el.setAttribute('lang', lang);
  el.setAttribute('numbering', 'latn');
  el.style.width = '1000px';
  document.body.append(el);
  await settle(el);
  const root = el.shadowRoot!;
  const ticks = [...root.querySelectorAll('[part~="axis"] text')].map((t) => t.textContent!.trim());
  const marks = [...root.querySelectorAll<SVGGElement>('[part~="event"]')].map((g) => {
    const box = g.querySelector('.marker')!.getBoundingClientRect();
    return [g.dataset.id, Math.round(box.x * 10) / 10];
  });
  el.view = 'list';
  await settle(el);
  const dates = [...root.querySelectorAll('[part~="list"] .detail-date')].map((d) => d.textContent!.trim());
  const figures = [...root.querySelectorAll('[part~="list"] tbody tr')].map((r) =>
    r.textContent!.replace(/\s+/g, ' ').trim(),
  );
  el.remove();
  return { ticks, marks, dates, figures };
}

describe('the same document in every time zone', () => {
  const instance = server.config.name ?? '';
  const zone = Object.entries(ZONES).find(([name]) => instance.includes(name))?.[1];

  it('runs in the zone it is meant to', () => {
    expect(zone, `instance ${instance}`).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it('gives identical day labels, dates and positions in Arabic and English', async () => {
    const seen = { en: await rendering('en'), ar: await rendering('ar') };
    if (zone === 'UTC' && import.meta.env.VITE_UPDATE_GOLDEN) {
      await commands.writeFile(GOLDEN, `${JSON.stringify(seen, null, 1)}\n`);
    }
    const golden = JSON.parse(await commands.readFile(GOLDEN)) as unknown;
    expect(seen).toEqual(golden);
  });
});
