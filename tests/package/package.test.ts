import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';
import { minify } from 'terser';

/**
 * These tests read the built package: `npm test` builds it first (the `pretest` script).
 * Budgets are gzip sizes; see the benchmark note for what fills them.
 */
const BUDGET = {
  /**
   * Every byte a page fetches to show the built-in story or a JSON document: the bundle, with lit
   * and d3 inlined (the optional readers are chunks it fetches only when needed). The aim is
   * 40 KB; the README's performance section says what fills the rest. Event images, the story
   * card (Previous/Next, title card) and the list view's years and series groups brought it from
   * under 50 to 50.6 KB (52.8 KB with main's growth since); the reader of a timeline written as HTML is a chunk of its own.
   * The picture's growth took it to 57.0 KB; SVG/PNG export as a chunk and templates without
   * their indentation brought it to 55.4 KB (`npm run bench -- --bytes` lists each module). The
   * series figures as keyboard stops with their names and keys, dense views written in key order
   * and cluster counts fitted to their bubbles add 1.6 KB (57.3 KB with main's growth).
   * Dated tooltips, the loading state's reserved room and core labels that wrap instead of
   * being cut add 0.4 KB (59,765 B measured): budget 59 KB. Tooltips and the reference words
   * placed clear of everything else the chart draws add 1.2 KB (61,307 B measured, against
   * 60,050 B without them): budget 60 KB. The story card and the list view as a chunk of their
   * own take 1.1 KB off, the English and Arabic date and number tables that spare the first frame
   * Intl add 0.7 KB (60,942 B measured, 61,293 B before): budget 59.6 KB. A dense view's
   * unlabelled marks drawn as paths, with one focus proxy and the pointer's nearest-mark lookup
   * (a view of over 100 such marks, e.g. 2,000 events zoomed to a few years), add 1.1 KB (62,022 B
   * measured): budget 60.7 KB. The element re-cut into controllers (locale, settings, window,
   * overview) with its toolbar and message as templates adds 0.1 KB (62,163 B measured):
   * budget 60.8 KB. Labels stacked around their marks on a phone and context labels shown whole
   * where a lane has room add 0.2 KB (62,390 B measured before this merge): budget 61.1 KB. The
   * phone's figures track drawn on the timeline's own scale (its compressed stretches and breaks)
   * and a value text for every figure add 0.1 KB (62,689 B measured): budget 61.3 KB. SVG/PNG
   * export through the shared chunk loader measured 62,720 B. A bundle that exports only the
   * element and the story (its other exports kept unused code in the file) and Terser reading it
   * as a module, dropping unused property reads, in three passes, take 1.2 KB off (61,464 B
   * measured): budget 60.1 KB. Every figure written on a phone page's track and context labels
   * that open a lane rather than being cut add 0.2 KB (61,737 B measured, 61,530 B before): budget
   * 60.4 KB. A dense view's paths as a chunk of their own take 0.4 KB off (61,354 B measured):
   * budget 60 KB. A phone's tooltip kept near its mark adds 0.1 KB (61,441 B measured): budget
   * 60.1 KB. Tooltips kept a gap from every text and near their marks at every width, against
   * text boxes as tall as the browser draws them, add 0.4 KB (61,886 B measured, 61,492 B
   * before): budget 60.5 KB. The element split into its public surface (a base class), one
   * figure template, and selection, media and export modules beside it adds 0.3 KB (62,205 B
   * measured, 61,886 B before): budget 60.8 KB. A phone's tick column as wide as its tick texts
   * and the reference words need, and the track's tick texts anchored inside the chart, add 0.3 KB
   * (62,476 B measured, 62,205 B before): budget 61.1 KB. A phone's announced change told under
   * its figures track, naming its date, adds 0.3 KB (62,769 B measured): budget 61.4 KB. Keys
   * that a jump hands on from the marks, bubbles and labels that left to those that arrive, in
   * order (so a jump at 10,000 events rewrites elements instead of building them: 0.91-0.93 of
   * the main thread's CPU time before), add 0.5 KB (63,274 B measured, 62,769 B before): budget
   * 61.9 KB. The overview strip (drawn only while zoomed) and a mark's tooltip placement (only on
   * a hover or a focus) as chunks of their own take 0.7 KB off (62,608 B measured, 63,274 B before):
   * budget 61.2 KB. Story labels placed clear of each other's leaders (a staircase over a crowd
   * of marks, boxes that slide along their lane, narrower wrapped shapes) add 1.5 KB (64,089 B
   * measured, 62,608 B before): budget 62.6 KB. A context label whose mark a core label stands
   * over may take a lane above it rather than go unlabelled: 37 B (64,126 B measured, 64,089 B
   * before): budget 62.7 KB. Every axis writing the year on its first tick and the first in each
   * new year, tick texts kept out of the chart's margin, and placement that ranks what it covers
   * in layers (a tooltip never over a core label) add 0.3 KB (64,398 B measured, 64,126 B
   * before): budget 63 KB. Label placement without a second placement per gesture frame or
   * arrays per slot, and text widths kept for the document after, add 80 B (64,478 B measured,
   * 64,398 B before). Label lines found as the browser breaks them, each line measured, and a
   * phone label's box as wide as its widest line, so that no phone label is cut: 181 B (64,659 B
   * measured, 64,478 B before): budget 63.2 KB. Series texts composed once per figure, not in
   * every layout, and text widths kept across an empty document add 105 B (64,764 B measured):
   * budget 63.3 KB. Plain events' dates read character by character (validating 10,000 events
   * takes 15% fewer instructions) and accessible names kept per document, not in one table for
   * every document a page swapped in: 68 B (64,832 B measured, 64,764 B before): budget 63.4 KB.
   * A drag or a pinch holding the chart's height (label lanes and period rows kept under the
   * pointer, the layout settling when it lifts): 121 B (64,953 B measured): budget 63.5 KB.
   * A render that does less for the same picture (a series text measured once rather than at
   * every spot it tries, the As-of words compared only with the boxes near their places, text
   * widths looked up by font then text): 164 B (65,117 B measured): budget 63.6 KB.
   * A phone's marks each drawn at its own time (a crowd stepped out across the axis on stems,
   * each mark keeping its column while a gesture moves the view) and its labels kept by their
   * marks (columns as wide as the marks beside them leave, a crowd's stack centred on it, leaders
   * meeting a label's edge level with their mark): 597 B (65,714 B measured): budget 64.2 KB.
   * Event labels composed once per document, not in every frame, a series title's spots made as
   * they are tried, and a cluster's bubble rewritten rather than built anew in a wheel zoom: 54 B
   * (65,768 B measured): budget 64.3 KB. Desktop labels placed at several measures (context
   * labels wrapped at about 34 characters), kept clear of the As-of rule and of the marks of
   * labels that must stand above them, the shortest leaders winning, and the rule drawn again
   * over the labels: about 1.05 KB: budget 65.4 KB. Calendar ticks of the layout's own instead
   * of d3-time's (which carries clock intervals and local-time calendars the axis never draws),
   * and a plain binary search instead of d3-array's bisector, take 1.16 KB off (65,572 B
   * measured, 66,731 B before): budget 64.1 KB. The story card's and the list view's own rules
   * moved into their chunk, adopted beside the element's sheet when it arrives, take 0.5 KB off
   * (65,045 B measured, 65,572 B before): budget 63.6 KB. Round tick steps of the layout's own
   * instead of d3-array's (no D3 module is inlined any more) take 0.5 KB off (64,561 B measured):
   * budget 63.1 KB. The list view's year sections and series rows moved into its chunk take 163 B
   * off (64,398 B measured): budget 62.9 KB. Label boxes that paint the dots under Arabic
   * letters whole and no toolbar over a timeline with no events: 87 B (64,485 B measured):
   * budget 63 KB. A phone's axis starting where the whole story's does in every window (no jump
   * on + or −), and a leader from a mark with others of its row further out leaving off its
   * marker's top or bottom, clear of their outlines: 127 B (64,525 B measured alone): budget
   * 63.2 KB. A fresh story label placement kept by its real inputs, so that the story set again
   * is not placed at ten measures again (each story re-render was 10-20% slower without it):
   * 138 B (64,536 B measured alone): budget 63.3 KB. The layout's fixed sizes written in as
   * numbers where they are read (one array of label measures had kept the whole size table a
   * table that every size was read from) take 0.5 KB off (64,250 B measured, 64,746 B before):
   * budget 62.8 KB. The overview strip's and a tooltip's own rules moved into their chunks (no
   * first frame draws either) take 143 B off (64,107 B measured): budget 62.7 KB. A tooltip's
   * search for a clear place and the converting readers' period check and id pool in modules of
   * their own (Rollup keeps a module whole in one chunk, so the bundle carried them for the
   * tooltip's and the readers' chunks) take 409 B off (63,698 B measured): budget 62.3 KB. A failed request told to readers in a
   * short note, its status and address to authors (a console line, `detail.url`, the debug view),
   * a ring on the hovered mark and the card brought into view by the render that draws it: 246 B (63,944 B measured, 63,698 B
   * before): budget 62.5 KB. A story-size view's labels placed once per distinct set of box
   * widths, not at all ten measures on every zoom step, add 48 B (64,038 B measured): budget
   * 62.6 KB. A dense view's cluster counts drawn in a layer over the marks, on a halo of the
   * background (a mark on a bubble hid its count): 53 B (64,053 B measured without the line
   * above): budget 62.7 KB. Desktop labels that keep the As-of rule clear, headlines placed in
   * their order and boxes as narrow as their lines, and figures kept on their points' side of the
   * grid lines add about 0.35 KB (64,412 B measured with all above): budget 63.1 KB. A scheduled
   * event's label set between the As-of rule and the chart's edge, and a phone tooltip narrowed
   * before it covers a label, add 263 B (64,675 B measured); a zoom step's label requests built
   * once per set of box widths, with each label's narrower boxes kept per chart, adds 111 B
   * (64,786 B measured; a 100-event zoom step's layout about 0.6 times the time): budget 63.3 KB.
   * A narrow phone's disputed estimates told under the track when one has no room by its range
   * (at 288 px one was left out, and the other read as the figure): 78 B (64,864 B measured):
   * budget 63.4 KB. A scheduled label with no room past the As-of rule set wholly before it, its
   * leader bent across the rule to its side, and leaders kept a text's gap off the boxes they pass:
   * 285 B (65,204 B measured, 64,919 B before): budget 63.7 KB. A story's label placement
   * banning positions with indexed loops and no closure per call (the story's layout, cold, 0.87
   * to 0.95 of the CPU time before): 68 B (65,272 B measured, 65,204 B before): budget 63.8 KB.
   * The story's Arabic dek writing its figures as the chart does and dating the announced
   * reduction rather than its start: 5 B (64,924 B measured alone). A desktop axis leaving out
   * the tick text the As-of rule would run through: 28 B (65,237 B measured with the line before).
   * Labels and the As-of date held to their dates by no-break spaces (which the layout's wrapping
   * reads as glue), the figures track's Arabic texts set right to left, and the compressed
   * stretch's word upright in Arabic: 81 B with the two sentences before (65,353 B measured,
   * 65,272 B before): budget 63.9 KB. A phone's story card opened under the timeline, in room the
   * chart keeps for it (a controller that measures it, the layout's room, the card drawn in the
   * chart's box), and the value ticks' boxes shaded on the compressed stretch: 410 B (65,682 B
   * measured alone, 65,272 B before; 65,756 B with all above): budget 64.3 KB. The legend's
   * entry for the compressed scale, a note of its own for a document with no valid event, a
   * period naming its year once, dashed words held on one line, and the story's corrected dek,
   * agreement label and credit: 415 B (66,171 B measured, 65,756 B before): budget 64.7 KB. A
   * deadline on the reference date drawn on the As-of rule (the rule at the end of that day), its
   * leader up the rule and bent across to a box a gap beside it, and the figures dated that day on
   * the rule: 162 B (66,333 B measured, 66,171 B before): budget 64.8 KB. A wrapped headline set
   * in the narrowest box that keeps its line count, its lines balanced: 52 B (66,385 B measured):
   * budget 64.9 KB. A dense view's cluster count drawn on a patch of the background over the
   * marks (a mark on a bubble ran through its digits): 122 B (65,942 B measured alone, 65,820 B
   * before); with all above and the figures table's sources named with their speaker and date,
   * 66,561 B measured: budget 65.1 KB. A zoom step's story label placement telling measure sets
   * apart by the widest box of each kind, comparing the fresh placement's inputs field by field
   * rather than as JSON, and searching a label's narrower boxes on its pieces' widths measured
   * once: 142 B (66,703 B measured, 66,561 B before): budget 65.2 KB. The desktop figures
   * track's compressed shade and break, and desktop tooltips kept off every other mark: 64 B
   * (66,767 B measured, 66,703 B before): budget 65.3 KB. A zoomable chart fetching the overview
   * strip once the page is idle after its first frame, and a story's label placement trying no
   * lane and shape twice with the same outcome (no lanes above its leader's first box, the lowest
   * lane once, whole shapes once): 135 B (66,902 B measured, 66,767 B before): budget 65.4 KB.
   * The As-of words placed beside their rule under the timeline's axis, where a reader meets the
   * rule, before its foot under the figures: 95 B (66,997 B measured, 66,902 B before): budget
   * 65.5 KB. Label places asked to be kept without their measures never making the chart taller
   * than a placement from scratch: 91 B (67,135 B measured, 67,044 B before): budget 65.6 KB.
   * A phone's value tick written under its grid line where the figures pass through its room
   * above it, and the compressed stretch's shade reaching up behind the top value it paints:
   * 141 B (67,276 B measured, 67,135 B before): budget 65.7 KB. A chart the page ends with
   * giving up its loading floor once drawn (nothing below it can move, and a smaller document
   * left an empty band): 139 B (67,415 B measured, 67,276 B before): budget 65.9 KB. A core
   * label's date held on one line with the word that introduces it (released only where a
   * phone's line is narrower than it), a story placement weighing a context label wrapped in a
   * box wider than its lines, and a leader from a mark on the As-of rule rising off the rule:
   * 149 B (67,564 B measured, 67,415 B before): budget 66 KB. A band keeping clear of the
   * markers past its ends, and on a phone showing past its own marker; a tick text the
   * reference date's rule would cross set beside its tick, away from the rule; a phone's value
   * tick left unwritten where the figures pass through both its rooms: 414 B (67,978 B measured,
   * 67,564 B before): budget 66.4 KB. A series' title kept two lines' height off the figures'
   * texts along its row (beside one it read with it as one phrase): 49 B (68,027 B measured,
   * 67,978 B before): budget 66.5 KB. Gesture and zoom frames that copy less (tick texts carrying
   * their stretch, unit and year beside them, a figure's spots made as they are tried, tick texts
   * remembered by time, a story's labels ranked once), the same layout for a cold 100-event drag
   * or wheel step in about 0.8-0.87 of the main-thread time: 97 B (68,124 B measured, 68,027 B
   * before): budget 66.6 KB. The list's and the story card's date lines saying that an event
   * after the reference date is scheduled as of it (the element hands them its predicate): 6 B
   * (68,204 B measured, 68,198 B before): budget 66.7 KB. A phone headline's held date released
   * where it does not fit beside its number, and a phone's figure texts kept off the compressed
   * stretch's shade edges (standing just past one rather than left out): 115 B (68,319 B
   * measured, main's last record 68,204 B): budget 66.8 KB. A fresh story layout placing its
   * labels once per set of requests (measures that ask for the same boxes take the placement
   * already made: 12 placements instead of 18 for the Arabic story): 34 B (68,425 B measured,
   * 68,391 B before): budget 66.9 KB. The As-of rule drawn from just above the marks' row rather
   * than through the label lanes, and desktop figure texts kept off the compressed stretch's
   * shade edges (past one, further off only where no spot of their own is free), a tooltip kept
   * two text gaps off the figures' heading: 52 B (68,477 B measured, main's last record 68,425 B):
   * within budget 66.9 KB. A tooltip's words, its place's inputs and its markup moved into its
   * chunk beside its placement (only a hover or a focus draws one) take 191 B off (68,311 B
   * measured, 68,502 B before): budget 66.8 KB. A download's picture, its PNG and its file
   * offered to the reader, made in the export chunk (the bundle only names the file): 112 B off
   * (68,188 B measured, 68,300 B before): budget 66.6 KB. A press on the overview strip handled
   * by the strip's own code in its chunk (only a drawn strip is pressed): 163 B off (68,025 B
   * measured): budget 66.5 KB. A figure on the compressed stretch slid back along its row to
   * stand short of the shade's edge, over or under its point, before it stands past the edge,
   * and the As-of rule rising at least a lifted mark's height above the axis at every zoom: 88 B
   * (68,113 B measured, 68,025 B before): budget 66.6 KB. A drag let go onto the same picture
   * laid out unheld and compared (no update, no frame), and no layout again on a hover after a
   * gesture: 157 B (68,271 B measured, 68,114 B before): budget 66.7 KB. The As-of rule's words
   * naming the report, set under no other mark and on two lines beside the rule where one has no
   * room: 122 B (68,393 B measured, 68,271 B before): budget 66.8 KB. A series' title placed by
   * its line's latest marks (across a disputed range from its estimates, or heading the texts
   * beside it) and never right over or under another figure, and the texts told under a phone's
   * track naming their line: 215 B (68,608 B measured, 68,393 B before): budget 67.1 KB. A
   * phone's dates and hedged figures kept on one line (a headline's number above a date too wide
   * to stand beside it, a date's introducing word set apart before its own words, the tick column
   * grown for the reference date as far as the labels keep room for theirs): 112 B (68,728 B
   * measured, 68,616 B before): budget 67.2 KB. Attribute values as a CMS writes them (in any
   * case, an id with spaces around it, an end before the start), the categories filter kept by
   * the selection and the list, and Arabic-Indic digits kept in order in left-to-right words:
   * 191 B (68,919 B measured, 68,728 B before): budget 67.4 KB. A short document drawn out of
   * the reader's view giving up its reserved room, the chart's SVG texts in system colours under
   * forced colours, and a phone's figures track never inverted: 36 B (69,046 B measured,
   * 69,010 B before): budget 67.5 KB. A story written in the element always shown instead of the
   * built-in one (written content of any kind loads the HTML reader), an empty or blank src told
   * as a problem, a failed src's fallback drawn without the failure box, attribute edits
   * followed, the schema's problems named by the author's items and the authoring view listing
   * every problem: 188 B (69,234 B measured, 69,046 B before): budget 67.7 KB.
   */
  criticalGzip: 67.7 * 1024,
};
const BUNDLE = 'dist/drawdown-timeline.bundle.js';

function built(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
}

interface PackFile {
  path: string;
}

describe('the package', () => {
  const pack = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  ) as Array<{ files: PackFile[] }>;
  const files = new Set(pack[0]!.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
    customElements: string;
  };

  it('ships the builds, the types, the JSON Schema and the custom elements manifest, and no sources', () => {
    for (const file of [
      'dist/index.js',
      'dist/define.js',
      'dist/schema.js',
      'dist/adapters.js',
      'dist/drawdown-timeline.bundle.js',
      'dist/drawdown-timeline.all.js',
      'dist/layout/layout.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/react.js',
      'dist/react.d.ts',
      'web-types.json',
      'vscode.html-custom-data.json',
      'dist/drawdown-timeline.schema.json',
      'custom-elements.json',
      'README.md',
      'package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    for (const file of files) {
      expect(file).not.toMatch(/^(src|tests|stories|scripts|bench|\.build)\//);
    }
  });

  it('every export map target is in the package', () => {
    for (const target of Object.values(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
      for (const path of paths) expect(files, path).toContain(path.replace(/^\.\//, ''));
    }
    expect(files).toContain(pkg.customElements.replace(/^\.\//, ''));
  });

  it('every built file that registers the element is listed in sideEffects', () => {
    const sideEffects = (JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] })
      .sideEffects;
    const matches = (path: string) =>
      sideEffects.some((pattern) =>
        new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(
          path,
        ),
      );
    const registering = [...files].filter(
      (f) => f.endsWith('.js') && built(f).includes('customElements.define('),
    );
    expect(registering.length).toBeGreaterThan(0);
    for (const file of registering) expect(matches(file), file).toBe(true);
  });

  it('ships its licence, the changelog, and the notices of the packages the bundle inlines', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'dist/drawdown-timeline.bundle.js.LICENSE.txt'])
      expect(files, file).toContain(file);
    const head = built('dist/drawdown-timeline.bundle.js').slice(0, 1500);
    expect(head.startsWith('/*!')).toBe(true);
    for (const notice of [/lit-html [\d.]+, BSD-3-Clause, Copyright/, /valibot [\d.]+, MIT/])
      expect(head).toMatch(notice);
    // No D3 module is inlined in the bundle; the readers' chunk names the CSV parser it carries.
    expect(head).not.toMatch(/\* d3-/);
    const readers = readdirSync('dist/bundle').find((f) => /^detect-[\w-]+\.js$/.test(f));
    expect(built(`dist/bundle/${readers}`).slice(0, 1500)).toMatch(/d3-dsv [\d.]+, ISC, Copyright/);
    const texts = built('dist/drawdown-timeline.bundle.js.LICENSE.txt');
    expect(texts).toContain('Redistributions of source code must retain the above copyright notice');
  });

  it('asks for dependency ranges an app can share, and names versioned CDN URLs', () => {
    const meta = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    for (const [name, range] of Object.entries(meta.dependencies)) expect(range, name).toMatch(/^\^\d/);
    expect(meta.dependencies.lit).toMatch(/^\^3\.3/);
    const urls =
      readFileSync('README.md', 'utf8').match(/https:\/\/unpkg\.com\/drawdown-timeline[^\s)"'`]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toContain(`drawdown-timeline@${meta.version}/`);
  });

  it('the JSON Schema has an $id editors can resolve', () => {
    const schema = JSON.parse(built('dist/drawdown-timeline.schema.json')) as Record<string, unknown>;
    expect(schema.$id).toMatch(/^https:\/\/.*drawdown-timeline\.schema\.json$/);
    expect(JSON.stringify(schema)).toContain('"events"');
  });

  it('the schema entry works in Node with no DOM and registers nothing', async () => {
    built('dist/schema.js');
    // A runtime path: the type check must not need a build.
    const url = pathToFileURL(resolve('dist/schema.js')).href;
    const schema = (await import(/* @vite-ignore */ url)) as typeof import('../../src/schema/index.js');
    const { model, issues } = schema.validateDocument([{ id: 'a', start: '2024-02-29', title: 'Leap day' }]);
    expect(issues).toEqual([]);
    expect(model.events[0]!.id).toBe('a');
    expect((globalThis as { customElements?: unknown }).customElements).toBeUndefined();
  });

  it('the custom elements manifest documents every attribute, event, part and custom property', () => {
    const manifest = JSON.parse(built('custom-elements.json')) as {
      modules: Array<{ declarations?: Array<Record<string, Array<{ name: string }>>> }>;
    };
    const declaration = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => (d as unknown as { tagName?: string }).tagName === 'drawdown-timeline')!;
    const names = (key: string) => (declaration[key] ?? []).map((x) => x.name);
    expect(names('attributes')).toEqual(
      expect.arrayContaining([
        'src',
        'lang',
        'dir',
        'orientation',
        'time-direction',
        'start',
        'end',
        'selected',
        'categories',
        'series',
        'theme',
        'numbering',
        'calendar',
        'heading-level',
        'view',
        'no-zoom',
        'export',
      ]),
    );
    expect(names('events')).toEqual(
      expect.arrayContaining(['drawdown-load', 'drawdown-error', 'drawdown-select', 'drawdown-range-change']),
    );
    expect(names('cssParts')).toEqual(
      expect.arrayContaining(['axis', 'event', 'label', 'period', 'series', 'detail', 'controls', 'message']),
    );
    expect(names('cssProperties').length).toBeGreaterThan(10);
  });
});

describe('what a page pays', () => {
  it(`the bundle a page loads for the story or a JSON document stays within ${BUDGET.criticalGzip / 1024} KB gzip`, () => {
    expect(gzipSync(built(BUNDLE), { level: 9 }).length).toBeLessThanOrEqual(BUDGET.criticalGzip);
  });

  it('the CSV and TimelineJS3 readers are a chunk beside the bundle, loaded by a dynamic import', () => {
    const bundle = built(BUNDLE);
    const chunks = readdirSync('dist/bundle').filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    // The readers' own code (TimelineJS3's slide fields, the CSV column names) is in a chunk, not the bundle.
    const reader = chunks.map((f) => built(`dist/bundle/${f}`)).find((c) => c.includes('start_date'));
    expect(reader, 'a chunk holds the TimelineJS3 reader').toBeDefined();
    expect(bundle).toMatch(/import\("\.\/bundle\/[\w-]+\.js"\)/);
  });

  it('the story card and the list view are a chunk of their own, which the all-in-one file carries', () => {
    // The place coordinates' toggle and the figures' table are drawn only by the card and the
    // list, and styled by their rules, which come with them.
    const marks = [
      'class="coords-toggle"',
      'class="series-table"',
      '.coords-toggle summary{',
      '.series-table caption{',
    ];
    const bundle = built(BUNDLE);
    for (const mark of marks) expect(bundle).not.toContain(mark);
    const chunks = readdirSync('dist/bundle').filter((f) => /^details-[\w-]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    for (const mark of marks) expect(built(`dist/bundle/${chunks[0]}`)).toContain(mark);
    for (const mark of marks) expect(built('dist/drawdown-timeline.all.js')).toContain(mark);
  });

  it("the overview strip's and a tooltip's rules, a press on the strip and a tooltip's markup travel in their chunks, which the all-in-one file carries", () => {
    // Only a zoomed chart draws the strip and only a pointed or focused mark a tooltip: a first
    // frame needs neither their code nor their rules.
    const bundle = built(BUNDLE);
    const chunks = readdirSync('dist/bundle').filter((f) => f.endsWith('.js'));
    for (const [chunk, rules] of [
      // A press on the strip (a drag holds the pointer) is handled by the strip's own code too.
      [
        /^overview-strip-[\w-]+\.js$/,
        ['.overview{', '.overview-window{', '.overview-mark{', 'PointerCapture'],
      ],
      // A tooltip's markup and the code that words and places it come with its rules.
      [/^tooltip-place-[\w-]+\.js$/, ['.tooltip{', '.tooltip-date{', 'class="tooltip-date"']],
    ] as const) {
      const file = chunks.filter((f) => chunk.test(f));
      expect(file).toHaveLength(1);
      for (const rule of rules) {
        expect(bundle).not.toContain(rule);
        expect(built(`dist/bundle/${file[0]}`)).toContain(rule);
        expect(built('dist/drawdown-timeline.all.js')).toContain(rule);
      }
    }
  });

  it('a download is made in the export chunk, which the all-in-one file carries; the bundle only names its file', () => {
    // Only a call to toSVG or toPNG, or a press on a download button, makes a picture.
    const mark = 'nothing is drawn to export';
    const chunks = readdirSync('dist/bundle').filter((f) => /^export-[\w-]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    expect(built(BUNDLE)).not.toContain(mark);
    expect(built(`dist/bundle/${chunks[0]}`)).toContain(mark);
    expect(built('dist/drawdown-timeline.all.js')).toContain(mark);
  });

  it('the bundle and the all-in-one file ask V8 to compile their functions while they load; chunks keep the lazy default', () => {
    const hint = /^\/\/# allFunctionsCalledOnLoad$/m;
    for (const file of [BUNDLE, 'dist/drawdown-timeline.all.js']) {
      const code = built(file);
      // After the notice and before any code: V8 reads the hint for the functions that follow it.
      const at = code.search(hint);
      expect(at, file).toBe(code.indexOf('*/') + 3);
    }
    const chunks = readdirSync('dist/bundle').filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(built(`dist/bundle/${chunk}`), chunk).not.toMatch(hint);
  });

  it('the all-in-one file carries everything and imports nothing', () => {
    const all = built('dist/drawdown-timeline.all.js');
    expect(all).not.toMatch(/\bimport\s*\(|\bfrom\s*"/);
    expect(all).toContain('start_date');
  });
});

/**
 * Small apps built with Rollup against the packed layout of the package (resolved through its
 * `exports` and `sideEffects`, as an app's bundler does): each pure module comes without the
 * element and without Lit.
 */
describe('pure modules', () => {
  const app = mkdtempSync(join(tmpdir(), 'drawdown-consumer-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(resolve('.'), join(app, 'node_modules', 'drawdown-timeline'), 'dir');
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  async function build(code: string): Promise<string> {
    const bundle = await rollup({
      input: 'app',
      onwarn: () => undefined,
      plugins: [
        {
          name: 'app',
          resolveId: (id) => (id === 'app' ? id : null),
          load: (id) => (id === 'app' ? code : null),
        },
        nodeResolve({ rootDir: app }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return (await minify(output[0].code, { module: true, ecma: 2020 })).code ?? '';
  }

  const cases: Array<[string, string, number]> = [
    // 15,417 B measured with the lanes and rows a held drag keeps; 15,551 B with the series texts
    // measured once each and the As-of words compared only with the boxes near their places;
    // 16,276 B with a phone's marks at their own times and its labels kept by their marks;
    // 16,954 B with desktop labels placed at several measures, clear of the As-of rule; 15,745 B
    // with calendar ticks of its own instead of d3-time's and a plain binary search; 15,321 B with
    // round tick steps of its own instead of d3-array's; 15,446 B with a phone's axis kept where
    // the whole story's starts and leaders clear of outer marks; 15,545 B with a fresh
    // story label placement kept by its real inputs (a story set again is not placed at ten
    // measures again). 15,292 B with the layout's fixed sizes written in as numbers where they
    // are read (one array of label measures had kept the whole size table a table): within the
    // 15 KB a pure layout module is held to again. 15,401 B with a story-size view's labels
    // placed once per distinct set of box widths rather than at all ten measures on every zoom
    // step (a zoom step's layout at 100 events about 2.4 times faster): 41 B over 15 KB. About
    // 0.35 KB more with a leader off the As-of rule, headlines placed in their order, boxes as
    // narrow as their lines and figures kept on their points' side of the grid lines. 15,874 B
    // with a scheduled event's label set between the As-of rule and the edge; 15,982 B with a zoom
    // step's label requests built once per set of box widths and narrower boxes kept per chart.
    // 16,281 B with a scheduled label set before the As-of rule where it has no room past it, its
    // leader bent across the rule (about 0.24 KB more). 16,385 B with the story labels also tried
    // at headlines of 350 px and context labels of 200 px, and the placement's indexed loops.
    // 16,501 B with a phone's room for the story card under its timeline and the value ticks'
    // boxes shaded on the compressed stretch. 16,698 B with a deadline on the reference date
    // drawn on the As-of rule, its leader up the rule and bent across to its box, and the figures
    // dated that day on the rule (16,544 B before); 16,746 B with a wrapped headline's lines
    // balanced. 16,599 B with a cluster count's patch of the background (16,545 B before, alone);
    // 16,800 B with all of these; 16,899 B with a zoom step's story label placement telling measure
    // sets apart by their widest boxes and wrapping on pieces measured once; 16,970 B with its
    // placement trying no lane and shape twice with the same outcome (16,899 B before); 17,027 B
    // with that and the desktop figures track's compressed shade and tooltips kept off marks;
    // 17,118 B with the As-of words beside their rule under the axis (17,027 B before);
    // 17,202 B with lanes kept without their measures never taller than a fresh placement;
    // 17,350 B with a phone's value tick written under its grid line where the figures pass
    // through its room above it (17,202 B before); 17,452 B with a phone label's held
    // date released where its line is narrower than it, a wrapped context label's box wider than
    // its lines weighed in the story placement, and a leader from a mark on the As-of rule off it.
    // 18,009 B with a band kept clear of the markers past its ends and shown past its own marker
    // on a phone (the markers' corners, from the shapes module), a tick text set beside its tick
    // away from the reference date's rule, and a phone's value tick left unwritten where the
    // figures pass both its rooms (17,452 B before); 18,054 B with a series' title kept two
    // lines' height off the figures' texts along its row (18,009 B before); 18,120 B with
    // gesture and zoom frames that copy less (18,054 B before); 18,157 B with a marker's reach
    // worked out once per kind of marker, not for every pair of a band and a marker (18,120 B
    // before); 18,254 B with a phone headline's held date released where it does not fit beside
    // its number, and a phone's figure texts kept off the shade's edges (main's last record
    // 18,157 B); 18,301 B with a phone's band drawn at its own span, broader than its marker
    // across the axis where the span is shorter than the marker (18,254 B before); 18,365 B
    // with a fresh story layout placing its labels once per set of requests (18,301 B before).
    // 18,458 B with the As-of words released to break inside their date where a piece of them
    // is wider than a phone's tick column, and the layout naming the words it placed (18,413 B
    // before). 18,531 B with a figure on the compressed stretch slid back short of its edge and
    // the As-of rule rising a lifted mark's height at every zoom. 18,630 B with the As-of words
    // set under no other mark, on two lines beside the rule where one has no room (18,531 B before).
    // 18,865 B with a series' title placed by its line's latest marks, never right over or under
    // another figure, and the texts under a phone's track naming their line (18,630 B before).
    // 18,936 B with a phone's dates and hedged figures kept on one line; 18,957 B with a phone's
    // value tick written where the figures' line passes beside its box, not only clear of the gap
    // kept after it for other texts (18,936 B before).
    ['layoutTimeline', `export { layoutTimeline } from 'drawdown-timeline';`, 18.6],
    ['validateDocument', `export { validateDocument } from 'drawdown-timeline';`, 10],
    ['registerStrings', `export { registerStrings } from 'drawdown-timeline';`, 5],
    ['the story', `export { drawdownStory } from 'drawdown-timeline';`, 5],
    ['the formatters', `export { createFormatters } from 'drawdown-timeline';`, 10],
    [
      'the adapters',
      `export { fromCsv, fromTimelineJs, readTimelineText } from 'drawdown-timeline/adapters';`,
      15,
    ],
  ];
  it("writes the layout's fixed sizes in where they are read, not as a table read at run time", async () => {
    // A minifier inlines a constant table's numbers only while nothing could modify the table:
    // one read of it inside an array with a method called on it was enough to keep every size
    // a property read (about 0.25 KB gzip of the layout module).
    const out = await build(`export { layoutTimeline } from 'drawdown-timeline';`);
    for (const size of ['labelHeight', 'minTickSpacing', 'verticalTickWidth', 'deadlineReach']) {
      expect(out, size).not.toContain(size);
    }
  }, 60_000);

  it.each(cases)(
    '%s imports without Lit or the element, within its size',
    async (_, code, kb) => {
      const out = await build(code);
      expect(out.length).toBeGreaterThan(100);
      for (const mark of ['customElements', 'ReactiveElement', 'LitElement', 'lit-html', 'attachShadow']) {
        expect(out, mark).not.toContain(mark);
      }
      expect(gzipSync(out, { level: 9 }).length).toBeLessThanOrEqual(kb * 1024);
    },
    60_000,
  );
});
