/**
 * The custom elements manifest is the one description of the public surface: IDE data
 * (`vscode.html-custom-data.json`, `web-types.json`), the README tables, Storybook's controls and
 * the package tests all read it. The doc comments on the element's fields and class are its
 * source; these plugins keep only what a user of the shipped package can touch.
 */
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Lifecycle and framework members every Lit element has; they are not this element's API. */
const INHERITED = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'observedAttributes',
  'styles',
  'shadowRootOptions',
  'createRenderRoot',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'render',
  'shouldUpdate',
  'getUpdateComplete',
  'scheduleUpdate',
  'performUpdate',
]);

/**
 * Where each source module is shipped: the element classes are exported by `dist/index.js`, and
 * the registration modules are `dist/define.js`.
 */
function shippedPath(path) {
  return /(^|\/)define\.ts$/.test(path) ? 'dist/define.js' : 'dist/index.js';
}

let checker;

/**
 * Type texts as a user can read them: a union of string literals is written out
 * (`'light' | 'dark' | 'auto'`) instead of naming an alias the user cannot see.
 */
function literalTypes() {
  return {
    name: 'drawdown-literal-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name || !checker) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!declaration) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        const type = checker.getTypeAtLocation(member);
        if (!type.isUnion()) continue;
        const parts = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
        if (!parts.every((t) => t.isStringLiteral())) continue;
        const text =
          parts.map((t) => `'${t.value}'`).join(' | ') +
          (parts.length < type.types.length ? ' | undefined' : '');
        const name = member.name.text;
        for (const doc of declaration.members ?? []) if (doc.name === name) doc.type = { text };
        for (const doc of declaration.attributes ?? []) if (doc.fieldName === name) doc.type = { text };
      }
    },
  };
}

/**
 * Only what a user of the package can touch: no private, protected or `#` members, no Lit
 * lifecycle, no helper modules, and module paths that name the shipped JavaScript.
 */
function publicSurface() {
  return {
    name: 'drawdown-public-surface',
    packageLinkPhase({ customElementsManifest }) {
      const modules = [];
      // A class that only declares a defined element's public surface (its properties and doc
      // comments, in a file of their own) is part of that element, not an element of its own.
      const declared = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const bases = new Map(
        declared.filter((d) => d.customElement && !d.tagName).map((d) => [d.name, d.superclass]),
      );
      for (const mod of customElementsManifest.modules) {
        const elements = (mod.declarations ?? []).filter((d) => d.customElement && !bases.has(d.name));
        const definitions = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
        if (elements.length === 0 && definitions.length === 0) continue;
        const path = shippedPath(mod.path);
        for (const element of elements) {
          element.members = (element.members ?? []).filter(
            (m) =>
              !m.privacy &&
              !m.name.startsWith('#') &&
              !INHERITED.has(m.name) &&
              !(m.description ?? '').includes('@internal'),
          );
          for (const kind of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            if (!element[kind]) continue;
            // What the base class declares comes first, in its order, as when it was written here.
            const inherited = element[kind].filter((item) => bases.has(item.inheritedFrom?.name));
            const own = element[kind].filter((item) => !bases.has(item.inheritedFrom?.name));
            element[kind] = [...inherited, ...own];
            for (const item of element[kind]) delete item.inheritedFrom;
          }
          while (bases.has(element.superclass?.name)) element.superclass = bases.get(element.superclass.name);
          delete element.superclass?.package;
        }
        const names = new Set(elements.map((e) => e.name));
        const exports = (mod.exports ?? [])
          .filter((e) => e.kind === 'custom-element-definition' || names.has(e.name))
          .map((e) =>
            e.kind === 'custom-element-definition'
              ? { ...e, declaration: { name: e.declaration.name, module: 'dist/index.js' } }
              : { ...e, declaration: { name: e.declaration.name, module: path } },
          );
        modules.push({
          ...mod,
          path,
          declarations: elements.length ? elements : mod.path.endsWith('define.ts') ? [] : mod.declarations,
          exports,
        });
      }
      customElementsManifest.modules = modules;
    },
  };
}

const referencesTemplate = () => [
  { name: 'README', url: `https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}` },
];

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  overrideModuleCreation({ ts, globs }) {
    const program = ts.createProgram(globs, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      experimentalDecorators: true,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    });
    checker = program.getTypeChecker();
    return program.getSourceFiles().filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob)));
  },
  plugins: [
    literalTypes(),
    publicSurface(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      referencesTemplate,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      referencesTemplate: () => referencesTemplate()[0],
      modulePathTemplate: () => 'dist/define.js',
      hideLogs: true,
    }),
  ],
};
