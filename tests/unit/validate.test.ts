import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate.js';
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
    const { issues } = validateDocument({ events: [], extra: deep });
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
