import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the command line, without type declarations.
import { elementOf, renderReadme } from '../../scripts/readme-tables.mjs';

/**
 * The custom elements manifest is generated from the element's doc comments (`npm run analyze`,
 * run by `npm test`'s build) and is the one description of the public surface.
 */
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
}
interface Element {
  tagName: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{ name: string }>;
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module: string } }>;
  }>;
}

function read<T>(path: string): T {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const manifest = read<Manifest>('custom-elements.json');
const element = elementOf(manifest) as Element;
/** The element's class, and the class that declares its public surface (fields and doc comments). */
const ELEMENT_SOURCES = [
  'src/components/drawdown-timeline/drawdown-timeline.ts',
  'src/components/drawdown-timeline/drawdown-timeline.props.ts',
];
const EVENTS_SOURCE = 'src/components/drawdown-timeline/events.ts';

/** Every file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** A type a user can read without the package's sources: literals and primitives only. */
const READABLE_TYPE =
  /^(?:'[^']*'|string|number|boolean|undefined)(?: \| (?:'[^']*'|string|number|boolean|undefined))*$/;

describe('the custom elements manifest', () => {
  it('lists only public members: no private state, no Lit lifecycle', () => {
    const members = element.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) {
      expect(m.privacy, m.name).toBeUndefined();
      expect(m.static, m.name).toBeFalsy();
    }
    const names = members.map((m) => m.name);
    for (const internal of ['model', 'loader', 'zoom', 'render', 'willUpdate', 'connectedCallback'])
      expect(names).not.toContain(internal);
  });

  it('writes attribute types as literal unions and primitives, never as alias names', () => {
    for (const a of element.attributes ?? []) expect(a.type?.text ?? 'string', a.name).toMatch(READABLE_TYPE);
    const theme = element.attributes!.find((a) => a.name === 'theme')!;
    expect(theme.type!.text.split(' | ').sort()).toEqual(["'auto'", "'dark'", "'light'"]);
  });

  it('describes every attribute, member, event, part and custom property', () => {
    for (const key of ['attributes', 'members', 'events', 'cssParts', 'cssProperties'] as const) {
      expect(element[key]?.length, key).toBeGreaterThan(0);
      for (const item of element[key]!) expect(item.description?.trim(), `${key}: ${item.name}`).toBeTruthy();
    }
  });

  it('documents an attribute once: on its field, not again on the class', () => {
    const withField = (element.attributes ?? []).filter((a) => a.fieldName).map((a) => a.name);
    const classDocs = ELEMENT_SOURCES.map((path) => {
      const source = readFileSync(path, 'utf8');
      return source.slice(0, source.indexOf('export class '));
    });
    // The attributes without a field of their own (`lang`, `dir`) are documented on a class.
    expect(classDocs.join('\n')).toMatch(/@attr\s+\{[^}]*\}\s+lang\b/);
    for (const classDoc of classDocs) {
      const onClass = [...classDoc.matchAll(/@attr\s+(?:\{[^}]*\}\s+)?([\w-]+)/g)].map((m) => m[1]!);
      expect(onClass.filter((name) => withField.includes(name))).toEqual([]);
      expect(classDoc).not.toMatch(/@prop\b/);
    }
  });

  it('documents exactly the custom properties the styles read', () => {
    const used = new Set<string>();
    for (const file of files('src').filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/--drawdown-[a-z0-9-]*[a-z0-9]/g)) used.add(m[0]);
    }
    // A computed name (`--drawdown-category-${n}`) stands for its numbered family.
    used.delete('--drawdown-category');
    const documented = (element.cssProperties ?? []).map((p) => p.name);
    expect(
      [...used].filter((p) => !documented.includes(p)),
      'used but undocumented',
    ).toEqual([]);
    expect(
      documented.filter((p) => !used.has(p)),
      'documented but unused',
    ).toEqual([]);
  });

  it('documents exactly the events the element declares on the event maps', () => {
    const source = readFileSync(EVENTS_SOURCE, 'utf8');
    const map = source.slice(source.indexOf('export interface DrawdownTimelineEventMap'));
    const declared = [...map.slice(0, map.indexOf('}')).matchAll(/'(drawdown-[a-z-]+)'/g)].map((m) => m[1]);
    expect((element.events ?? []).map((e) => e.name).sort()).toEqual(declared.sort());
  });

  it('points its modules at the shipped JavaScript, which exports what it declares', async () => {
    const pkg = read<{ files: string[] }>('package.json');
    for (const module of manifest.modules) {
      expect(module.path).toMatch(/^dist\/[\w-]+\.js$/);
      expect(pkg.files.some((f) => f === module.path || f === 'dist/*.js' || f === 'dist')).toBe(true);
      const exported = (await import(/* @vite-ignore */ pathToFileURL(resolve(module.path)).href)) as Record<
        string,
        unknown
      >;
      for (const e of module.exports ?? []) {
        if (e.kind === 'js') expect(exported[e.name], `${module.path} exports ${e.name}`).toBeDefined();
        expect(manifest.modules.map((m) => m.path)).toContain(e.declaration.module);
      }
    }
  });
});

describe("Storybook's controls", () => {
  it('every attribute the manifest lists is bound in the stories, so its control does something', () => {
    const render = readFileSync('stories/support.ts', 'utf8');
    const unbound = (element.attributes ?? [])
      .map((a) => a.name)
      .filter((name) => !new RegExp(`\\s\\??${name}=\\$\\{`).test(render));
    expect(unbound).toEqual([]);
  });
});

describe('the IDE data generated from the manifest', () => {
  it('VS Code custom data lists every attribute, with the values of each literal union', () => {
    const data = read<{
      tags: Array<{ name: string; attributes: Array<{ name: string; values?: Array<{ name: string }> }> }>;
    }>('vscode.html-custom-data.json');
    const tag = data.tags.find((t) => t.name === 'drawdown-timeline')!;
    expect(tag.attributes.map((a) => a.name).sort()).toEqual(element.attributes!.map((a) => a.name).sort());
    const view = tag.attributes.find((a) => a.name === 'view')!;
    expect(view.values?.map((v) => v.name).sort()).toEqual(['chart', 'list']);
  });

  it('web-types lists every attribute, event and part, and package.json points at it', () => {
    const pkg = read<{ 'web-types': string; files: string[] }>('package.json');
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.files).toContain('web-types.json');
    const types = read<{
      contributions: {
        html: {
          elements: Array<{
            name: string;
            attributes: Array<{ name: string; value?: { type?: string } }>;
            js?: { events?: Array<{ name: string }> };
          }>;
        };
      };
    }>('web-types.json');
    const tag = types.contributions.html.elements.find((e) => e.name === 'drawdown-timeline')!;
    expect(tag.attributes.map((a) => a.name).sort()).toEqual(element.attributes!.map((a) => a.name).sort());
    expect(tag.attributes.find((a) => a.name === 'orientation')!.value?.type).toMatch(/'horizontal'/);
    expect(tag.js?.events?.map((e) => e.name).sort()).toEqual(element.events!.map((e) => e.name).sort());
  });
});

describe('the README', () => {
  it("API tables are the ones generated from the manifest (run `npm run readme` after changing the element's doc comments)", async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(await renderReadme(readme, manifest)).toBe(readme);
  });
});
