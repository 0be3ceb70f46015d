/**
 * The README's API tables (attributes, properties, methods, events, parts, custom properties) are
 * generated from `custom-elements.json`, which is generated from the element's doc comments:
 * the comments are the one place the API is written. Each table sits between
 * `<!-- manifest:NAME -->` and `<!-- /manifest:NAME -->`.
 *
 *   node scripts/readme-tables.mjs          rewrites README.md
 *   node scripts/readme-tables.mjs --check  exits 1 when README.md is not up to date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const TAG = 'drawdown-timeline';

export function elementOf(manifest, tag = TAG) {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** Table cells hold one line; a `|` inside a cell is escaped. */
function cell(text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

const code = (text) => (text ? `\`${text}\`` : '—');

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The markdown of each generated table, by marker name. */
export function tables(manifest) {
  const el = elementOf(manifest);
  const attributes = el.attributes ?? [];
  const fields = (el.members ?? []).filter((m) => m.kind === 'field');
  const methods = (el.members ?? []).filter((m) => m.kind === 'method');
  const attributeOf = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  return {
    attributes: table(
      ['attribute', 'property', 'type', 'default', 'meaning; on a bad value'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName ?? a.name),
        code(a.type?.text?.replace(/ \| undefined$/, '') ?? 'string'),
        a.default !== undefined ? code(a.default) : '—',
        a.description,
      ]),
    ),
    properties: table(
      ['property', 'type', 'meaning'],
      fields
        .filter((f) => !attributeOf.has(f.name))
        .map((f) => [
          code(f.name),
          code(f.type?.text),
          `${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`,
        ]),
    ),
    methods: table(
      ['method', 'returns', 'meaning'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        code(m.return?.type?.text ?? 'void'),
        m.description,
      ]),
    ),
    events: table(
      ['event', 'type', 'when'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
    ),
    parts: table(
      ['part', 'what it is'],
      (el.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    'css-properties': table(
      ['custom property', 'what it sets'],
      (el.cssProperties ?? []).map((p) => [code(p.name), p.description]),
    ),
  };
}

/** The README with every marked table replaced by its generated form, formatted by Prettier. */
export async function renderReadme(readme, manifest) {
  let text = readme;
  for (const [name, markdown] of Object.entries(tables(manifest))) {
    const open = `<!-- manifest:${name} -->`;
    const close = `<!-- /manifest:${name} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} section`);
    text = `${text.slice(0, start + open.length)}\n\n${markdown}\n\n${text.slice(end)}`;
  }
  const options = (await resolveConfig('README.md')) ?? {};
  return format(text, { ...options, filepath: 'README.md' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = await renderReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md tables differ from custom-elements.json: run `npm run readme`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md tables updated from custom-elements.json');
  }
}
