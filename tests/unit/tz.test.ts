import { afterAll, describe, expect, it } from 'vitest';
import { drawdownStory } from '../../src/data/drawdown.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { createFormatters, resolveText } from '../../src/locale/format.js';
import { validateDocument } from '../../src/schema/validate.js';

/** Everything the pure stages produce for the story, as plain data. */
function snapshot() {
  const { model } = validateDocument(drawdownStory);
  const f = createFormatters({ language: 'en', numbering: 'latn' });
  const l = layoutTimeline({
    model,
    width: 1000,
    timeDirection: 'ltr',
    labelText: (e) => resolveText(e.title, 'en'),
    measure: (t) => t.length * 7,
    tickText: f.tick,
  });
  return {
    events: model.events.map((e) => [e.id, e.span, e.time, f.date(e.start, e.qualifier)]),
    ticks: l.ticks.map((t) => [t.textX, t.text]),
    marks: l.events.map((m) => [m.event.id, m.x, m.band, m.label]),
    series: l.series?.texts.map((t) => [t.key, t.x, t.y]),
  };
}

const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

describe('time zones', () => {
  it('the story gives identical dates, labels and positions in every zone', () => {
    process.env.TZ = 'UTC';
    const utc = snapshot();
    for (const zone of ['America/New_York', 'Asia/Baghdad', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      // The zone really changed for this process.
      expect(new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset()).not.toBe(0);
      expect(snapshot(), zone).toEqual(utc);
    }
  });
});
