import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromTimelineJsCsv } from '../../src/adapters/csv.js';
import { readTimelineText } from '../../src/adapters/detect.js';
import { fromTimelineJs } from '../../src/adapters/timelinejs.js';
import { htmlToText } from '../../src/adapters/html-text.js';

/** Runs per property: 1,000 in `npm test`, 10,000 in `npm run fuzz`. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
import { validateDocument } from '../../src/schema/validate.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../stories/fixtures/${name}`, import.meta.url), 'utf8');

const errors = (issues: readonly { severity: string }[]) => issues.filter((i) => i.severity === 'error');

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** A TimelineJS3 sheet row with the given cells filled in, in the template's column order. */
function sheetRow(cells: Partial<Record<string, string>>): string {
  return HEADER.split(',')
    .map((column) => {
      const value = cells[column] ?? '';
      return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

const tjsEvent = (over: Record<string, unknown> = {}) => ({
  start_date: { year: 1969, month: 7, day: 20 },
  text: { headline: 'Apollo 11 lands' },
  ...over,
});

describe('fixtures', () => {
  it('the TimelineJS3 JSON fixture converts cleanly and validates without errors', () => {
    const { document, issues } = fromTimelineJs(JSON.parse(fixture('timelinejs.json')));
    expect(issues).toEqual([]);
    const result = validateDocument(document);
    expect(errors(result.issues)).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.model.events).toHaveLength(9);
    expect(result.model.title).toBe('The Apollo program');
    expect(result.model.description).toBe(
      "NASA's crewed lunar program, from Kennedy’s challenge to the last Moon landing.",
    );
  });

  it('the TimelineJS3 CSV fixture converts cleanly and validates without errors', () => {
    const { document, issues } = fromTimelineJsCsv(fixture('timelinejs.csv'));
    expect(issues).toEqual([]);
    const result = validateDocument(document);
    expect(result.issues).toEqual([]);
    expect(result.model.events).toHaveLength(9);
    expect(result.model.title).toBe('The Apollo program');
  });

  it('the CSV and JSON fixtures describe the same timeline', () => {
    const summary = (doc: ReturnType<typeof fromTimelineJs>['document']) =>
      doc.events.map(({ start, end, title, summary, category, displayDate, importance, sources }) => ({
        start,
        end,
        title,
        summary,
        category,
        displayDate,
        importance,
        sources,
      }));
    const json = fromTimelineJs(JSON.parse(fixture('timelinejs.json'))).document;
    const csv = fromCsv(fixture('timelinejs.csv')).document;
    expect(summary(csv)).toEqual(summary(json));
    expect(csv.categories).toEqual(json.categories);
  });

  it('the fixtures keep an end date, a year-only date, a display date and plain text from HTML', () => {
    const { document } = fromTimelineJs(JSON.parse(fixture('timelinejs.json')));
    const byId = new Map(document.events.map((e) => [e.id, e]));
    expect(byId.get('apollo-8')).toMatchObject({ start: '1968-12-21', end: '1968-12-27' });
    expect(byId.get('saturn-ib-tests')!.start).toBe('1966');
    expect(byId.get('apollo-10')!.start).toBe('1969-05');
    expect(byId.get('apollo-11')).toMatchObject({
      displayDate: '20 July 1969, 20:17 UTC',
      summary:
        'Neil Armstrong & Buzz Aldrin land the lunar module Eagle in the Sea of Tranquility. Michael Collins stays in lunar orbit aboard Columbia.',
      sources: [{ name: 'NASA', url: 'https://www.nasa.gov/mission/apollo-11/' }],
    });
  });
});

describe('htmlToText', () => {
  it('turns markup into plain text with entities decoded and whitespace collapsed', () => {
    expect(htmlToText('<b>Apollo</b> &amp; co<br>next')).toBe('Apollo & co next');
    expect(htmlToText('<p>one</p><p>two</p>')).toBe('one two');
    expect(htmlToText('&lt;b&gt; &quot;q&quot; &#39;s&#39; &#65;&#x42; 10&nbsp;km')).toBe(
      '<b> "q" \'s\' AB 10\u00a0km',
    );
  });

  it('decodes entities once, so an escaped entity stays visible text', () => {
    expect(htmlToText('&amp;lt;')).toBe('&lt;');
    expect(htmlToText('&unknown; &#0; &#x110000;')).toBe('&unknown; \ufffd \ufffd');
  });

  it('drops script, style and embed content and comments, and keeps a lone "<" as text', () => {
    expect(htmlToText('a<script>alert("<b>x</b>")</script>b')).toBe('ab');
    expect(htmlToText('a<style>p{}</style><!-- note -->b')).toBe('ab');
    expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
  });

  it('lets an unclosed tag swallow the rest of the text, as a browser would', () => {
    expect(htmlToText('safe <img src=x onerror=alert(1)')).toBe('safe');
    expect(htmlToText('a <a title="x>y">link</a> b')).toBe('a link b');
  });
});

describe('fromTimelineJs', () => {
  it('turns HTML in headline and text into plain text', () => {
    const { document } = fromTimelineJs({
      events: [
        tjsEvent({ text: { headline: '<i>Eagle</i> lands', text: '<b>Apollo</b> &amp; co<br>next' } }),
      ],
    });
    expect(document.events[0]).toMatchObject({ title: 'Eagle lands', summary: 'Apollo & co next' });
  });

  it('leaves no tag of an img with an onerror handler in a headline', () => {
    const { document } = fromTimelineJs({
      events: [tjsEvent({ text: { headline: 'Apollo <img src=x onerror=alert(1)>11' } })],
    });
    const title = document.events[0]!.title as string;
    expect(title).toBe('Apollo 11');
    expect(title).not.toMatch(/<[a-z/!?]/i);
  });

  it('reports month 13 at its path and skips that event, keeping the others', () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ unique_id: 'a' }),
        tjsEvent({ unique_id: 'b', start_date: { year: 1969, month: 13 } }),
        tjsEvent({ unique_id: 'c' }),
      ],
    });
    expect(document.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(issues).toEqual([
      { path: 'events[1].start_date', message: '"13" is not a month', severity: 'error' },
    ]);
  });

  it('refuses 31 April instead of rolling it over into May', () => {
    const { document, issues } = fromTimelineJs({
      events: [tjsEvent({ end_date: { year: 1970, month: 4, day: 31 } })],
    });
    expect(document.events).toEqual([]);
    expect(issues).toEqual([
      { path: 'events[0].end_date', message: '"31" is not a day of 1970-04', severity: 'error' },
    ]);
  });

  it('reports non-numeric parts, missing years and unsupported years', () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ start_date: { year: '1969', month: 'July' } }),
        tjsEvent({ start_date: { month: 7 } }),
        tjsEvent({ start_date: { year: -500 } }),
        tjsEvent({ start_date: { year: 1969, day: 4 } }),
        tjsEvent({ start_date: undefined }),
      ],
    });
    expect(document.events).toEqual([]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'events[0].start_date: "July" is not a month',
      'events[1].start_date: a date needs a year',
      'events[2].start_date: year "-500" is outside the supported years 1–9999',
      'events[3].start_date: a day is given without a month',
      'events[4].start_date: is required',
    ]);
  });

  it('keeps the precision given, from numbers or numeric strings', () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ start_date: { year: 1969 } }),
        tjsEvent({ start_date: { year: '1969', month: '7' } }),
        tjsEvent({ start_date: { year: ' 1969 ', month: 7, day: '09', hour: 13 } }),
        tjsEvent({ start_date: { year: 5 } }),
      ],
    });
    expect(issues).toEqual([]);
    expect(document.events.map((e) => e.start)).toEqual(['1969', '1969-07', '1969-07-09', '0005']);
  });

  it('treats an end date with only empty parts as no end date', () => {
    const { document, issues } = fromTimelineJs({
      events: [tjsEvent({ end_date: { year: '', month: '' } })],
    });
    expect(issues).toEqual([]);
    expect(document.events[0]!.end).toBeUndefined();
  });

  it('reports an end before the start where it was written', () => {
    const { issues } = fromTimelineJs({ events: [tjsEvent({ end_date: { year: 1968 } })] });
    expect(issues).toEqual([
      {
        path: 'events[0].end_date',
        message: 'the end "1968" is before the start "1969-07-20"',
        severity: 'error',
      },
    ]);
  });

  it('uses the start of the text for a missing headline, and skips an event with neither', () => {
    const long = `${'word '.repeat(30)}end`;
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ text: { text: 'Short <b>text</b>' } }),
        tjsEvent({ text: { text: long } }),
        tjsEvent({ text: {} }),
      ],
    });
    expect(document.events.map((e) => e.title)).toEqual(['Short text', `${long.slice(0, 80).trimEnd()}…`]);
    expect(document.events[0]!.summary).toBeUndefined();
    expect(document.events[1]!.summary).toBe(long);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['events[0].text.headline', 'warning'],
      ['events[1].text.headline', 'warning'],
      ['events[2].text', 'error'],
    ]);
  });

  it('takes ids from unique_id, numbers missing ones and suffixes duplicates', () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ unique_id: 'x' }),
        tjsEvent({ unique_id: 'x' }),
        tjsEvent(),
        tjsEvent({ unique_id: 'event-3' }),
        tjsEvent(),
      ],
    });
    expect(document.events.map((e) => e.id)).toEqual(['x', 'x-2', 'event-2', 'event-3', 'event-4']);
    expect(issues).toEqual([
      { path: 'events[1].unique_id', message: 'duplicate id "x"; renamed "x-2"', severity: 'warning' },
    ]);
    expect(errors(validateDocument(document).issues)).toEqual([]);
  });

  it('keeps http(s) media that is no image as a source and drops other media with a warning', () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({ media: { url: 'https://www.youtube.com/watch?v=x', credit: '<a href="#">NASA</a>' } }),
        tjsEvent({ media: { url: 'http://example.org/story' } }),
        tjsEvent({ media: { url: 'javascript:alert(1)', credit: 'x' } }),
        tjsEvent({ media: { url: '<iframe src="https://example.org"></iframe>' } }),
      ],
    });
    expect(document.events.map((e) => e.sources)).toEqual([
      [{ name: 'NASA', url: 'https://www.youtube.com/watch?v=x' }],
      [{ name: 'Media', url: 'http://example.org/story' }],
      undefined,
      undefined,
    ]);
    expect(document.events.map((e) => e.media)).toEqual([undefined, undefined, undefined, undefined]);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['events[2].media.url', 'warning'],
      ['events[3].media.url', 'warning'],
    ]);
  });

  it("turns an image address into the event's image with its caption, credit and alt text", () => {
    const { document, issues } = fromTimelineJs({
      events: [
        tjsEvent({
          media: {
            url: 'img/lander.png',
            caption: '<p>The <b>lander</b></p>',
            credit: 'NASA',
            alt: 'A lander',
          },
        }),
        tjsEvent({ media: { url: 'https://upload.wikimedia.org/x/Apollo', caption: 'Crew' } }),
        tjsEvent({ media: { url: 'https://example.org/moon.JPG?size=2' } }),
      ],
    });
    expect(document.events.map((e) => e.media)).toEqual([
      { url: 'img/lander.png', alt: 'A lander', caption: 'The lander', credit: 'NASA' },
      { url: 'https://upload.wikimedia.org/x/Apollo', alt: 'Crew', caption: 'Crew' },
      { url: 'https://example.org/moon.JPG?size=2', alt: 'Apollo 11 lands' },
    ]);
    expect(document.events.map((e) => e.sources)).toEqual([undefined, undefined, undefined]);
    expect(issues).toEqual([
      {
        path: 'events[1].media.alt',
        message: 'no alt text; the caption describes the image',
        severity: 'warning',
      },
      {
        path: 'events[2].media.alt',
        message: 'no alt text; the headline describes the image',
        severity: 'warning',
      },
    ]);
    const model = validateDocument(document).model;
    expect(model.events.map((e) => e.media?.kind)).toEqual(['image', 'image', 'image']);
  });

  it('reads the image columns of a TimelineJS3 sheet', () => {
    const csv = [
      HEADER,
      sheetRow({
        Year: '1969',
        Headline: 'Landing',
        Media: 'lander.svg',
        'Media Caption': 'Eagle',
        'Media Credit': 'NASA',
      }),
    ].join('\n');
    const { document } = fromCsv(csv);
    expect(document.events[0]!.media).toEqual({
      url: 'lander.svg',
      alt: 'Eagle',
      caption: 'Eagle',
      credit: 'NASA',
    });
  });

  it('turns groups into categories with slug ids and the group name as label', () => {
    const { document } = fromTimelineJs({
      events: [
        tjsEvent({ group: 'Crewed missions' }),
        tjsEvent({ group: 'Politics' }),
        tjsEvent({ group: 'Crewed missions' }),
        tjsEvent({ group: 'Crewed  Missions!' }),
        tjsEvent({ group: 'رحلات مأهولة' }),
        tjsEvent({ group: 'Échec' }),
      ],
    });
    expect(document.categories).toEqual([
      { id: 'crewed-missions', label: 'Crewed missions' },
      { id: 'politics', label: 'Politics' },
      { id: 'crewed-missions-2', label: 'Crewed Missions!' },
      { id: 'رحلات-مأهولة', label: 'رحلات مأهولة' },
      { id: 'echec', label: 'Échec' },
    ]);
    expect(document.events.map((e) => e.category)).toEqual([
      'crewed-missions',
      'politics',
      'crewed-missions',
      'crewed-missions-2',
      'رحلات-مأهولة',
      'echec',
    ]);
    const { model, issues } = validateDocument(document);
    expect(issues).toEqual([]);
    expect(model.events.every((e) => e.category !== undefined)).toBe(true);
  });

  it('turns eras into context periods of an "era" category', () => {
    const { document, issues } = fromTimelineJs({
      events: [tjsEvent({ group: 'Era' })],
      eras: [
        {
          start_date: { year: 1968, month: 10 },
          end_date: { year: 1972, month: 12 },
          text: { headline: 'Crewed flights' },
        },
        { start_date: { year: 1961 }, text: { headline: 'No end' } },
      ],
    });
    expect(issues).toEqual([
      { path: 'eras[1].end_date', message: 'an era needs an end date', severity: 'error' },
    ]);
    const { model } = validateDocument(document);
    const era = model.events.find((e) => e.id === 'era-0')!;
    expect(era).toMatchObject({ kind: 'period', importance: 'context', category: 'era' });
    expect(model.categories.map((c) => c.id)).toEqual(['era-2', 'era']);
  });

  it('takes the document title and description from the title slide', () => {
    const { document } = fromTimelineJs({
      title: { text: { headline: '<b>Apollo</b>', text: '<p>The Moon flights</p>' } },
      events: [],
    });
    expect(document).toMatchObject({ version: 1, title: 'Apollo', description: 'The Moon flights' });
  });

  it('reports input that is no TimelineJS3 document instead of throwing', () => {
    expect(fromTimelineJs(null).issues[0]!.path).toBe('');
    expect(fromTimelineJs({ events: 'no' }).issues).toEqual([
      { path: 'events', message: 'expected a list', severity: 'error' },
    ]);
    expect(fromTimelineJs({ events: [5] }).issues[0]!.path).toBe('events[0]');
  });

  it('never assigns prototype keys from the data', () => {
    const input = JSON.parse(
      '{"events":[{"unique_id":"__proto__","group":"constructor","start_date":{"year":1969,"__proto__":{"x":1}},"text":{"headline":"h"},"__proto__":{"polluted":1}}]}',
    ) as unknown;
    const { document } = fromTimelineJs(input);
    expect(document.events[0]).toMatchObject({ id: '__proto__', category: 'constructor', start: '1969' });
    expect(Object.getPrototypeOf(document.events[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fromTimelineJsCsv', () => {
  it('reports month 13 with its line and skips the row, keeping the others', () => {
    const text = [
      HEADER,
      sheetRow({ Year: '1969', Headline: 'ok' }),
      sheetRow({ Year: '1969', Month: '13', Headline: 'bad' }),
      sheetRow({ Year: '1970', Headline: 'also ok' }),
    ].join('\n');
    const { document, issues } = fromTimelineJsCsv(text);
    expect(document.events.map((e) => e.title)).toEqual(['ok', 'also ok']);
    expect(issues).toEqual([{ path: 'line 3', message: '"13" is not a month', severity: 'error' }]);
  });

  it('reads quoted fields with commas, quotes and newlines, and counts lines across them', () => {
    const text = [
      HEADER,
      sheetRow({ Year: '1969', Headline: 'Armstrong, Aldrin', Text: 'one\nsaid "hello"\ntwo, three' }),
      sheetRow({ Year: '1969', Month: '13', Headline: 'bad' }),
    ].join('\n');
    const { document, issues } = fromTimelineJsCsv(text);
    expect(document.events[0]).toMatchObject({
      title: 'Armstrong, Aldrin',
      summary: 'one said "hello" two, three',
    });
    expect(issues[0]!.path).toBe('line 5');
  });

  it('handles a byte order mark and CRLF line endings', () => {
    const text = `\ufeff${[HEADER, sheetRow({ Year: '1969', Month: '7', Headline: 'Landing', Text: 'a\r\nb' }), sheetRow({ Year: 'x', Headline: 'bad' })].join('\r\n')}\r\n`;
    const { document, issues } = fromTimelineJsCsv(text);
    expect(document.events).toEqual([{ id: 'event-0', start: '1969-07', title: 'Landing', summary: 'a b' }]);
    expect(issues).toEqual([{ path: 'line 4', message: '"x" is not a year', severity: 'error' }]);
  });

  it('reports a row with the wrong number of fields with its line and skips it', () => {
    const text = [HEADER, '1969,7,20', '', sheetRow({ Year: '1970', Headline: 'kept' })].join('\n');
    const { document, issues } = fromTimelineJsCsv(text);
    expect(document.events.map((e) => e.title)).toEqual(['kept']);
    expect(issues).toEqual([{ path: 'line 2', message: 'expected 18 fields, found 3', severity: 'error' }]);
  });

  it('matches headers case-insensitively in any order and ignores unknown columns', () => {
    const text = ['  headline ,NOTES,year,GROUP,month', 'Landing,ignored,1969,Crewed,7'].join('\n');
    const { document, issues } = fromTimelineJsCsv(text);
    expect(issues).toEqual([]);
    expect(document).toEqual({
      version: 1,
      categories: [{ id: 'crewed', label: 'Crewed' }],
      events: [{ id: 'event-0', start: '1969-07', title: 'Landing', category: 'crewed' }],
    });
  });

  it('takes the title from a title row and periods from era rows', () => {
    const text = [
      HEADER,
      sheetRow({ Type: 'Title', Headline: 'Apollo', Text: 'Moon flights' }),
      sheetRow({ Type: 'era', Year: '1968', 'End Year': '1972', Headline: 'Crewed flights' }),
      sheetRow({ Year: '1969', Headline: 'Landing', Group: 'Missions' }),
    ].join('\n');
    const { document, issues } = fromTimelineJsCsv(text);
    expect(issues).toEqual([]);
    expect(document.title).toBe('Apollo');
    expect(document.description).toBe('Moon flights');
    expect(document.events).toContainEqual({
      id: 'era-0',
      start: '1968',
      end: '1972',
      title: 'Crewed flights',
      category: 'era',
      importance: 'context',
    });
    expect(validateDocument(document).issues).toEqual([]);
  });

  it('refuses a header without the TimelineJS3 columns', () => {
    expect(fromTimelineJsCsv('id,start,title\na,1969,x').issues).toEqual([
      {
        path: 'line 1',
        message: 'expected the TimelineJS3 columns, including Year and Headline',
        severity: 'error',
      },
    ]);
    expect(fromTimelineJsCsv('').issues[0]!.severity).toBe('error');
  });
});

describe('fromCsv', () => {
  it('reads the TimelineJS3 layout when the header has Year and Headline', () => {
    const { document } = fromCsv('Year,Headline\n1969,Landing');
    expect(document.events).toEqual([{ id: 'event-0', start: '1969', title: 'Landing' }]);
  });

  it('reads the simple layout straight into event fields, leaving empty cells out', () => {
    const text = [
      'ID,Start,End,Title,Summary,Category,Importance,Qualifier,DisplayDate',
      'a11,1969-07-20,,Apollo 11,"Armstrong, Aldrin",landing,core,,20 July',
      ',1968-12,1968-12-27,Apollo 8,,orbit,,about,',
      ',1972,,"Apollo 17, the last",,landing,context,late,',
    ].join('\n');
    const { document, issues } = fromCsv(text);
    expect(issues).toEqual([]);
    expect(document).toEqual({
      version: 1,
      categories: [
        { id: 'landing', label: 'landing' },
        { id: 'orbit', label: 'orbit' },
      ],
      events: [
        {
          id: 'a11',
          start: '1969-07-20',
          displayDate: '20 July',
          title: 'Apollo 11',
          summary: 'Armstrong, Aldrin',
          category: 'landing',
          importance: 'core',
        },
        {
          id: 'event-1',
          start: '1968-12',
          end: '1968-12-27',
          qualifier: 'about',
          title: 'Apollo 8',
          category: 'orbit',
        },
        {
          id: 'event-2',
          start: '1972',
          qualifier: 'late',
          title: 'Apollo 17, the last',
          category: 'landing',
          importance: 'context',
        },
      ],
    });
    expect(validateDocument(document).issues).toEqual([]);
  });

  it('reports bad rows of the simple layout with their lines', () => {
    const text = [
      'start,title,importance,qualifier',
      '1969-13,a,,',
      '1969,,,',
      '1969,c,major,',
      '1969,d,,soon',
      '1969,kept,,',
    ].join('\n');
    const { document, issues } = fromCsv(text);
    expect(document.events.map((e) => e.title)).toEqual(['kept']);
    expect(issues.map((i) => i.path)).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    expect(issues[0]!.message).toBe('start: "1969-13" has no month 13');
  });

  it('refuses a header that fits neither layout', () => {
    expect(fromCsv('a,b\n1,2').issues).toEqual([
      {
        path: 'line 1',
        message: 'expected the TimelineJS3 columns (Year, Headline, …) or the columns start and title',
        severity: 'error',
      },
    ]);
  });
});

describe('readTimelineText', () => {
  it('converts TimelineJS3 JSON', () => {
    const { value, issues } = readTimelineText(fixture('timelinejs.json'));
    expect(issues).toEqual([]);
    expect(validateDocument(value).issues).toEqual([]);
    expect((value as { title: string }).title).toBe('The Apollo program');
  });

  it('returns the document format as it is, for the caller to validate', () => {
    const text = fixture('apollo.json');
    expect(readTimelineText(text, 'application/json')).toEqual({ value: JSON.parse(text), issues: [] });
    expect(readTimelineText('[]')).toEqual({ value: [], issues: [] });
  });

  it('reads CSV whose first line has commas, whatever the content type', () => {
    const { value, issues } = readTimelineText(fixture('timelinejs.csv'), 'text/plain');
    expect(issues).toEqual([]);
    expect(validateDocument(value).model.events).toHaveLength(9);
    expect(readTimelineText('\ufeffstart,title\n1969,x').value).toMatchObject({ events: [{ title: 'x' }] });
  });

  it('reads a CSV content type even without commas', () => {
    const { issues } = readTimelineText('title\nx', 'text/csv; charset=utf-8');
    expect(issues[0]!.path).toBe('line 1');
  });

  it('reports broken JSON once, with the parser message', () => {
    const { value, issues } = readTimelineText('{"events": [1, 2,');
    expect(value).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('');
    let parserMessage = '';
    try {
      JSON.parse('{"events": [1, 2,');
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    expect(issues[0]!.message).toContain(parserMessage);
    expect(readTimelineText('hello').issues[0]!.message).toContain('JSON');
  });
});

describe('robustness', () => {
  const csvish = fc.string({
    unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '<', '>', '&', ';', '#', '\ufeff', '-'),
    maxLength: 200,
  });
  const part = fc.oneof(
    fc.anything(),
    fc.integer({ min: -20, max: 40 }),
    fc.constantFrom('', '7', ' 12 ', 'x'),
  );
  const tjsDocument = fc.record(
    {
      title: fc.oneof(
        fc.anything(),
        fc.record({ text: fc.record({ headline: fc.anything(), text: fc.string() }) }),
      ),
      events: fc.array(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              start_date: fc.oneof(fc.anything(), fc.record({ year: part, month: part, day: part })),
              end_date: fc.oneof(fc.anything(), fc.record({ year: part, month: part, day: part })),
              text: fc.record({ headline: fc.oneof(fc.string(), fc.anything()), text: fc.string() }),
              unique_id: fc.oneof(fc.string(), fc.anything()),
              group: fc.oneof(fc.string(), fc.anything()),
              media: fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), credit: fc.anything() }),
              display_date: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 5 },
      ),
      eras: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('readTimelineText never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish, fc.json()), fc.option(fc.string()), (text, type) => {
        readTimelineText(text, type ?? undefined);
      }),
      { numRuns: FUZZ_RUNS },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        readTimelineText(value as string);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('fromTimelineJs never throws and its output always validates as a document', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), tjsDocument), (value) => {
        const { document } = fromTimelineJs(value);
        expect(errors(validateDocument(document).issues)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('fromCsv never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          csvish,
          csvish.map((rows) => `${HEADER}\n${rows}`),
        ),
        (text) => {
          fromCsv(text);
          fromTimelineJsCsv(text);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fromCsv(value as string);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
