/**
 * Storybook's argTypes from the custom elements manifest, the one description of the element's
 * public surface: a control for every attribute (a dropdown for a union of literals, a checkbox
 * for a boolean, a number field for a number), and the events, parts and custom properties as
 * documentation rows without controls. Members are left out: a property without an attribute
 * (`data`) cannot be set from a text box, and private state never reaches the manifest.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
}

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string } & Record<string, unknown>> }>;
}

/** `'a' | 'b' | undefined` → `['a', 'b']`; undefined when the type is not a union of string literals. */
export function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function control(type: string | undefined): ArgTypes[string]['control'] {
  const options = literalOptions(type);
  if (options) return { type: 'select' };
  const base = type?.replace(/\s*\|\s*undefined$/, '');
  if (base === 'boolean') return { type: 'boolean' };
  if (base === 'number') return { type: 'number' };
  return { type: 'text' };
}

function element(manifest: Manifest, tag: string): Record<string, Item[] | undefined> | undefined {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tag) return declaration as Record<string, Item[] | undefined>;
  return undefined;
}

/** Attribute names of an element: the only argTypes with controls. */
export function attributeNames(manifest: Manifest, tag: string): string[] {
  return (element(manifest, tag)?.attributes ?? []).map((a) => a.name);
}

export function argTypesFromManifest(manifest: Manifest, tag: string): ArgTypes {
  const declaration = element(manifest, tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const options = literalOptions(attribute.type?.text);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description ?? '',
      control: control(attribute.type?.text),
      ...(options ? { options } : {}),
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string' },
        ...(attribute.default !== undefined ? { defaultValue: { summary: attribute.default } } : {}),
      },
    };
  }
  const rows = (key: string, category: string) => {
    for (const item of declaration[key] ?? []) {
      argTypes[`${category}:${item.name}`] = {
        name: item.name,
        description: item.description ?? '',
        control: false,
        table: { category, ...(item.type ? { type: { summary: item.type.text } } : {}) },
      };
    }
  };
  rows('events', 'events');
  rows('cssParts', 'css shadow parts');
  rows('cssProperties', 'css custom properties');
  return argTypes;
}
