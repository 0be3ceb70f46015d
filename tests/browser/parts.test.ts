import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import type { DrawdownTimeline } from '../../src/index.js';
import manifest from '../../custom-elements.json';
import preview from '../../.storybook/preview.js';

/** Every story module: a new one is picked up here by adding it to this list. */
const modules = import.meta.glob<Record<string, unknown>>('../../stories/*.stories.ts', { eager: true });

interface Declaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
}

function documentedParts(): Set<string> {
  const element = manifest.modules
    .flatMap((m) => (m.declarations ?? []) as Declaration[])
    .find((d) => d.tagName === 'drawdown-timeline')!;
  return new Set((element.cssParts ?? []).map((p) => p.name));
}

/** The parts an element's shadow tree has, as `part` tokens. */
function partsOf(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((n) =>
    n.getAttribute('part')!.split(/\s+/).filter(Boolean),
  );
}

async function drawn(el: DrawdownTimeline): Promise<void> {
  const until = performance.now() + 5_000;
  for (;;) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = el.shadowRoot!;
    const loading = root.querySelector('.loading');
    if (!loading && (el.currentLayout || root.querySelector('[part~="list"], [part~="message"]'))) return;
    if (performance.now() > until) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const originalFetch = window.fetch;
beforeAll(() => {
  setProjectAnnotations([preview]);
  // Stories fetch their fixtures from Storybook's static folder.
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return originalFetch(url.replace(/^(\.\/)?fixtures\//, '/stories/fixtures/'), init);
  };
});
afterAll(() => {
  window.fetch = originalFetch;
});

describe('the documented parts', () => {
  it('are exactly the parts the stories render', async () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    const rendered = new Map<string, string>();
    for (const [file, module] of Object.entries(modules)) {
      const stories = composeStories(module as Parameters<typeof composeStories>[0], {}) as Record<
        string,
        ((args: unknown) => unknown) & { args: unknown }
      >;
      for (const [name, story] of Object.entries(stories)) {
        const canvas = document.createElement('div');
        canvas.style.width = '1000px';
        document.body.append(canvas);
        render(story(story.args), canvas);
        for (const el of canvas.querySelectorAll('drawdown-timeline')) {
          await drawn(el);
          for (const part of partsOf(el)) if (!rendered.has(part)) rendered.set(part, `${file} ${name}`);
        }
        // Some parts appear only after a reader acts (a focused mark's tooltip). A story that names
        // them in `parameters.revealsParts` acts as the reader does in its play function, and the
        // parts must then be there.
        const { play, parameters } = story as {
          play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
          parameters?: { revealsParts?: string[] };
        };
        if (play && parameters?.revealsParts) {
          await play({ canvasElement: canvas });
          for (const el of canvas.querySelectorAll('drawdown-timeline')) {
            const now = partsOf(el);
            expect(now, `${file} ${name}`).toEqual(expect.arrayContaining(parameters.revealsParts));
            for (const part of now) if (!rendered.has(part)) rendered.set(part, `${file} ${name}`);
          }
        }
        render(null, canvas);
        canvas.remove();
      }
    }
    const documented = documentedParts();
    const undocumented = [...rendered.keys()].filter((p) => !documented.has(p));
    const neverRendered = [...documented].filter((p) => !rendered.has(p));
    expect({ undocumented, neverRendered }).toEqual({ undocumented: [], neverRendered: [] });
    // Guards against a run that rendered nothing: the core parts are always there.
    expect([...rendered.keys()]).toEqual(
      expect.arrayContaining(['figure', 'chart', 'axis', 'event', 'list']),
    );
  });
});
