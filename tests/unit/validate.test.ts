import { describe, expect, it } from 'vitest';
import { LIMITS, validateDocument } from '../../src/schema/validate.js';
import { safeUrl } from '../../src/schema/url.js';

const event = (over: Record<string, unknown> = {}) => ({ id: 'e', start: '2020', title: 'T', ...over });

describe('validateDocument', () => {
  it('valid events survive an invalid neighbour, which is reported with its path', () => {
    const { model, issues } = validateDocument({
      version: 1,
      events: [
        event({ id: 'a' }),
        event({ id: 'b', start: '2024-02-30' }),
        event({ id: 'c', start: '2021' }),
      ],
    });
    expect(model.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(issues).toEqual([
      { path: 'events[1].start', message: '"2024-02-30" is not a calendar date', severity: 'error' },
    ]);
  });

  it('a missing title is reported as required at its path', () => {
    const { issues } = validateDocument({ events: [{ id: 'x', start: '2020' }] });
    expect(issues).toEqual([{ path: 'events[0].title', message: 'is required', severity: 'error' }]);
  });

  it('a bare array of events is a document', () => {
    const { model, issues } = validateDocument([event({ id: 'z', start: '2001' })]);
    expect(issues).toEqual([]);
    expect(model.events[0]!.id).toBe('z');
  });

  it('an end before the start is rejected with the end path', () => {
    const { model, issues } = validateDocument({
      events: [event({ start: '2024-09-01', end: '2024-08-01' })],
    });
    expect(model.events).toEqual([]);
    expect(issues[0]!.path).toBe('events[0].end');
  });

  it('an end inside a coarser start is a valid period', () => {
    const { model, issues } = validateDocument({ events: [event({ start: '2024', end: '2024-03' })] });
    expect(issues).toEqual([]);
    expect(model.events[0]!.kind).toBe('period');
  });

  it('duplicate ids keep the first and report the second', () => {
    const { model, issues } = validateDocument({
      events: [event({ id: 'd' }), event({ id: 'd', start: '2022' })],
    });
    expect(model.events).toHaveLength(1);
    expect(issues[0]!.path).toBe('events[1].id');
  });

  it('an unknown category is dropped with a warning; the event stays', () => {
    const { model, issues } = validateDocument({ events: [event({ category: 'nope' })] });
    expect(model.events).toHaveLength(1);
    expect(model.events[0]!.category).toBeUndefined();
    expect(issues[0]).toMatchObject({ path: 'events[0].category', severity: 'warning' });
  });

  it('a javascript: link is dropped with a warning', () => {
    const { model, issues } = validateDocument({
      events: [event({ sources: [{ name: 'S', url: ' java\tscript:alert(1)' }] })],
    });
    expect(model.events[0]!.sources[0]!.url).toBeUndefined();
    expect(issues[0]).toMatchObject({ path: 'events[0].sources[0].url', severity: 'warning' });
  });

  it('__proto__ keys are ignored, reported, and never reach Object.prototype', () => {
    const input = JSON.parse(
      '{"events":[{"id":"p","start":"2020","title":"T","__proto__":{"polluted":true}}]}',
    );
    const { model, issues } = validateDocument(input);
    expect(model.events).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(issues[0]).toMatchObject({ path: 'events[0].__proto__', severity: 'warning' });
  });

  it('an unsupported version is refused as a whole', () => {
    const { model, issues } = validateDocument({ version: 2, events: [event()] });
    expect(model.events).toEqual([]);
    expect(issues[0]!.path).toBe('version');
  });

  it('non-documents are reported, never thrown', () => {
    for (const input of [null, 42, 'text', true, undefined]) {
      const { model, issues } = validateDocument(input);
      expect(model.events).toEqual([]);
      expect(issues.length).toBeGreaterThan(0);
    }
  });

  it('a 10 MB title is cut with an ellipsis', () => {
    const { model, issues } = validateDocument({ title: 'x'.repeat(10_000_000), events: [] });
    expect(typeof model.title).toBe('string');
    expect((model.title as string).length).toBeLessThanOrEqual(2000);
    expect((model.title as string).endsWith('…')).toBe(true);
    expect(issues[0]).toMatchObject({ path: 'title', severity: 'warning' });
  });

  it('deep nesting is cut off at a bounded depth', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    // Under a field the schema knows (an unknown key is reported and never walked).
    const { issues } = validateDocument({ events: [], title: { en: deep } });
    expect(issues.some((i) => i.message.includes('nested deeper'))).toBe(true);
  });

  it('events are sorted by time with the id as tie-breaker', () => {
    const { model } = validateDocument({
      events: [
        event({ id: 'b', start: '2020-05-05' }),
        event({ id: 'a', start: '2020-05-05' }),
        event({ id: 'c', start: '2019' }),
      ],
    });
    expect(model.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('hostile values', () => {
  it('a category colour that is not only a colour is dropped with a warning; the category stays', () => {
    const colours = [
      'url(http://other-origin/track#g)',
      'var(--x)',
      'image-set("a.png" 1x)',
      'red;x',
      '\\75rl(x)',
    ];
    const { model, issues } = validateDocument({
      categories: [
        ...colours.map((color, i) => ({ id: `c${i}`, label: 'L', color })),
        { id: 'ok', label: 'L', color: '#7a1f1f' },
        { id: 'named', label: 'L', color: 'rebeccapurple' },
        { id: 'fn', label: 'L', color: 'rgb(10 20 30 / 50%)' },
      ],
      events: [],
    });
    expect(model.categories.map((c) => c.color)).toEqual([
      ...colours.map(() => undefined),
      '#7a1f1f',
      'rebeccapurple',
      'rgb(10 20 30 / 50%)',
    ]);
    expect(issues.map((i) => i.path)).toEqual(colours.map((_, i) => `categories[${i}].color`));
    expect(issues.every((i) => i.severity === 'warning' && /not a CSS colour/.test(i.message))).toBe(true);
  });

  it('Infinity, NaN and 300-digit numbers are refused as series values, lows and highs', () => {
    const { model, issues } = validateDocument({
      events: [],
      series: [
        {
          id: 's',
          label: 'S',
          points: [
            { date: '2020', value: Infinity },
            { date: '2021', low: 1e308 },
            { date: '2022', high: -Infinity },
            { date: '2023', value: NaN },
            { date: '2024', value: 2500 },
          ],
        },
      ],
    });
    expect(model.series[0]!.points.map((p) => p.value)).toEqual([2500]);
    expect(issues.map((i) => i.path)).toEqual([
      'series[0].points[0].value',
      'series[0].points[1].low',
      'series[0].points[2].high',
      'series[0].points[3].value',
    ]);
  });

  it('a link longer than the text limit is left out whole, never cut and linked', () => {
    const url = `https://example.org/${'a'.repeat(2_100)}`;
    const { model, issues } = validateDocument({
      events: [event({ sources: [{ name: 'N', url }] })],
    });
    expect(model.events[0]!.sources[0]!.url).toBeUndefined();
    expect(issues).toEqual([
      {
        path: 'events[0].sources[0].url',
        message: 'a link longer than 2000 characters was left out',
        severity: 'warning',
      },
    ]);
  });

  it('an unknown key is a warning with its path and the nearest known key; the event is kept', () => {
    const { model, issues } = validateDocument({
      evnets: [],
      events: [
        event({ id: 'a' }),
        event({ id: 'b', sumary: 'lost?', sources: [{ name: 'N', ulr: 'https://x.org' }] }),
        event({ id: 'c', zzzzzzzz: 1 }),
      ],
    });
    expect(model.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(issues).toEqual([
      { path: 'evnets', message: 'unknown key; did you mean "events"?', severity: 'warning' },
      { path: 'events[1].sumary', message: 'unknown key; did you mean "summary"?', severity: 'warning' },
      { path: 'events[1].sources[0].ulr', message: 'unknown key; did you mean "url"?', severity: 'warning' },
      { path: 'events[2].zzzzzzzz', message: 'unknown key; ignored', severity: 'warning' },
    ]);
  });

  it('unknown keys are known from the schema: series points, notes, categories and the document', () => {
    const { issues } = validateDocument({
      titel: 'x',
      categories: [{ id: 'c', label: 'L', colour: 'red' }],
      events: [],
      series: [
        {
          id: 's',
          label: 'S',
          points: [{ date: '2020', vaule: 1, value: 1 }],
          annotations: [{ date: '2020', txt: 'n' }],
        },
      ],
    });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'titel: unknown key; did you mean "title"?',
      'categories[0].colour: unknown key; did you mean "color"?',
      'series[0].points[0].vaule: unknown key; did you mean "value"?',
      'series[0].annotations[0].txt: unknown key; did you mean "text"?',
      'series[0].annotations[0].text: is required',
    ]);
  });

  it('problems come back in document order, whichever check found them', () => {
    const { issues } = validateDocument({
      title: 5,
      events: [
        event({ id: 'd', category: 'nope' }),
        event({ id: 'x', start: '2024-02-30' }),
        event({ id: 'd' }),
        event({ id: 'y', end: '2019' }),
      ],
      categories: [{ id: 'c', label: 'L', color: 'url(x)' }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'title',
      'events[0].category',
      'events[1].start',
      'events[2].id',
      'events[3].end',
      'categories[0].color',
    ]);
  });

  it('every list is read only up to its limit, sparse or not, with one warning saying how long it was', () => {
    const points = new Array(50_000_000);
    points[0] = { date: '2020', value: 1 };
    const { model, issues } = validateDocument({
      categories: Array.from({ length: 3_000 }, () => ({})),
      events: [],
      series: [{ id: 's', label: 'S', points }],
    });
    expect(model.series[0]!.points).toHaveLength(1);
    expect(issues[0]).toEqual({
      path: 'categories',
      message: `only the first ${LIMITS.categories} of 3000 items are read`,
      severity: 'warning',
    });
    expect(issues).toContainEqual({
      path: 'series[0].points',
      message: `only the first ${LIMITS.points} of 50000000 items are read`,
      severity: 'warning',
    });
    expect(issues.at(-1)!.message).toMatch(/^\d+ more problems not listed$/);
  });

  it('a list stops being read after 200 problems, and says how many items were left unread', () => {
    const events = new Array(5_000_000);
    events[0] = event({ id: 'first' });
    const { model, issues } = validateDocument({ events });
    expect(model.events.map((e) => e.id)).toEqual(['first']);
    expect(issues).toContainEqual({
      path: 'events',
      message: `stopped after ${LIMITS.issues} problems; ${LIMITS.events - 201} more items were not read`,
      severity: 'error',
    });
  });

  it('a throwing getter, a throwing Proxy or a revoked Proxy is a reported problem, never an exception', () => {
    const getter = { events: [event()] };
    Object.defineProperty(getter.events[0], 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({ events: [] }, {});
    revoke();
    for (const data of [getter, trap, proxy, [trap], { events: [proxy] }]) {
      const { model, issues } = validateDocument(data);
      expect(model.events).toEqual([]);
      expect(issues[0]).toMatchObject({ path: '', severity: 'error' });
      expect(issues[0]!.message).toMatch(/^the data could not be read: /);
    }
  });
});

describe('safeUrl', () => {
  it.each(['https://example.org/a', 'http://example.org', '/relative/path', 'page.html', '//example.org/x'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url)).toBe(url);
    },
  );
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:x',
    'java\nscript:x',
    'data:text/html,x',
    'vbscript:x',
    '\u0001javascript:x',
    'java script:x',
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});
