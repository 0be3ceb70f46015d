import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { DrawdownTimeline } from '../src/index.js';

/** The first element inside a story's canvas, once its first render (and layout) is done. */
export async function timeline(canvas: HTMLElement, index = 0): Promise<DrawdownTimeline> {
  const el = canvas.querySelectorAll('drawdown-timeline')[index]!;
  await el.updateComplete;
  await waitFor(() =>
    expect(
      el.currentLayout ?? el.shadowRoot!.querySelector('[part~="list"], [part~="message"], .loading'),
    ).toBeTruthy(),
  );
  return el;
}

export function parts(el: DrawdownTimeline, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

export function markerBox(el: DrawdownTimeline, id: string): DOMRect {
  return el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] .marker`)!.getBoundingClientRect();
}

export { CORE_IDS as CORE } from '../tests/fixtures/story.js';

/** A story-only fetch wrapper: URLs with `delay=ms` answer after that long (the slow-src story). */
export function installSlowFetch(): void {
  const w = window as unknown as { __drawdownSlowFetch?: boolean };
  if (w.__drawdownSlowFetch) return;
  w.__drawdownSlowFetch = true;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    return original(input, init);
  };
}

/** The attributes Controls can set; every one maps to the element's attribute of that name. */
export interface Args {
  lang?: string;
  dir?: string;
  src?: string;
  timeout?: number;
  'time-direction'?: string;
  orientation?: string;
  numbering?: string;
  calendar?: string;
  selected?: string;
  start?: string;
  end?: string;
  'heading-level'?: number;
  view?: string;
  series?: string;
  categories?: string;
  theme?: string;
  'no-zoom'?: boolean;
  export?: boolean;
  'title-card'?: boolean;
  debug?: boolean;
  width?: string;
}

export const render = (args: Args) =>
  html`<div style="max-width: ${args.width ?? '100%'}">
    <drawdown-timeline
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      time-direction=${ifDefined(args['time-direction'])}
      orientation=${ifDefined(args.orientation)}
      numbering=${ifDefined(args.numbering)}
      calendar=${ifDefined(args.calendar)}
      selected=${ifDefined(args.selected)}
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      heading-level=${ifDefined(args['heading-level'])}
      view=${ifDefined(args.view)}
      series=${ifDefined(args.series)}
      categories=${ifDefined(args.categories)}
      theme=${ifDefined(args.theme)}
      ?no-zoom=${args['no-zoom']}
      ?export=${args.export}
      ?title-card=${args['title-card']}
      ?debug=${args.debug}
    ></drawdown-timeline>
  </div>`;
