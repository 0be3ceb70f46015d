import { afterEach, beforeEach } from 'vitest';
import '../../src/define.js';
import type { DrawdownTimeline, TimelineDocument } from '../../src/index.js';
import { drawdownStory } from '../../src/data/drawdown.js';

/** Mounts an element with attributes at a width and waits until it has laid out. */
export async function mount(
  attrs: Record<string, string> = {},
  width = 1000,
  parent: HTMLElement = document.body,
): Promise<DrawdownTimeline> {
  const el = document.createElement('drawdown-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = `${width}px`;
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits for the size observer to report and the update it triggers to finish. */
export async function settle(el: DrawdownTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

export function q<T extends Element = HTMLElement>(el: DrawdownTimeline, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** An element's accessible description: the texts its aria-describedby names, in order. */
export function describedBy(el: DrawdownTimeline, node: Element): string {
  return (node.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
    .join(' ');
}

export function eventNode(el: DrawdownTimeline, id: string): SVGGElement {
  return el.shadowRoot!.querySelector<SVGGElement>(`[part~="event"][data-id="${id}"]`)!;
}

/** Sends a pointer event as the browser does for a mouse, a pen or a finger (id 1 unless given). */
export function pointer(
  target: EventTarget,
  type: string,
  at: { clientX: number; clientY: number },
  id = 1,
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      ...at,
      pointerId: id,
      pointerType: id === 1 ? 'mouse' : 'touch',
      isPrimary: id === 1,
      button: type === 'pointermove' ? -1 : 0,
      // The primary button (or finger) is down from the press to the release.
      buttons: type === 'pointerdown' || type === 'pointermove' ? 1 : 0,
      bubbles: true,
      composed: true,
      cancelable: true,
      view: window,
    }),
  );
}

/**
 * Drags across the chart with the primary button, from 500 px in by each offset in turn (px
 * along x), moving over the window as a real drag does; then waits for the frame.
 */
export async function drag(el: DrawdownTimeline, offsets: readonly number[]): Promise<void> {
  const svg = el.shadowRoot!.querySelector('svg[part~="chart"]')!;
  const box = svg.getBoundingClientRect();
  const at = (dx: number) => ({ clientX: box.left + 500 + dx, clientY: box.top + 100 });
  pointer(svg, 'pointerdown', at(0));
  for (const dx of offsets) pointer(window, 'pointermove', at(dx));
  pointer(window, 'pointerup', at(offsets.at(-1) ?? 0));
  pointer(svg, 'click', at(offsets.at(-1) ?? 0));
  await settle(el);
}

/** A wheel turn over the chart's SVG at (300, 200), with Ctrl held (a pinch) or without. */
export function wheel(el: DrawdownTimeline, deltaY: number, ctrlKey: boolean): void {
  el.shadowRoot!.querySelector('svg[part~="chart"]')!.dispatchEvent(
    new WheelEvent('wheel', { deltaY, ctrlKey, bubbles: true, cancelable: true, clientX: 300, clientY: 200 }),
  );
}

/** Centre of an event's marker in viewport coordinates. */
export function markerCentre(el: DrawdownTimeline, id: string): { x: number; y: number } {
  const box = eventNode(el, id).querySelector('.marker')!.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function key(target: Element, k: string): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );
}

/** The id of the event that has focus inside the element. */
export function focusedId(el: DrawdownTimeline): string | null | undefined {
  return el.shadowRoot!.activeElement?.getAttribute('data-id');
}

export function once<T>(el: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) =>
    el.addEventListener(type, (e) => resolve((e as CustomEvent<T>).detail), { once: true }),
  );
}

/**
 * Shows the built-in story on one even time scale (no focus, so no compressed stretch): for
 * checks of gesture arithmetic stated in plain time.
 */
export async function evenScale(el: DrawdownTimeline): Promise<void> {
  const story = { ...drawdownStory };
  delete story.focus;
  el.data = story;
  await settle(el);
}

/** Mounts an element whose data is given as the `data` property. */
export async function mountData(
  data: unknown,
  attrs: Record<string, string> = { lang: 'en' },
  width = 1000,
): Promise<DrawdownTimeline> {
  const el = document.createElement('drawdown-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = `${width}px`;
  el.data = data as TimelineDocument;
  document.body.append(el);
  await settle(el);
  return el;
}

/**
 * A month with a context event each day, each titled at length: more labels than the lanes hold on a
 * wide page, so some marks are drawn without one (the built-in story labels every event there).
 */
export const CROWDED_MONTH = {
  version: 1,
  title: 'A crowded month',
  events: Array.from({ length: 30 }, (_, i) => ({
    id: `day-${i + 1}`,
    start: `2024-05-${String(i + 1).padStart(2, '0')}`,
    title: `Day ${i + 1} of a month with something reported every day`,
    importance: 'context',
  })),
};

export function jsonUrl(doc: unknown, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([typeof doc === 'string' ? doc : JSON.stringify(doc)], { type }));
}

export function jsonResponse(doc: unknown): Response {
  return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } });
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

export interface FetchCall {
  url: string;
  signal: AbortSignal | undefined;
}

/** Replaces window.fetch for this test (restored in afterEach) and records every call. */
export function stubFetch(answer: (url: string, call: number) => Promise<Response>): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, signal: init?.signal ?? undefined });
    return answer(url, calls.length - 1);
  }) as typeof fetch;
  return calls;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Errors that escape to the page during each test of the file: anything thrown out of the element
 * lands here. One list for the file, emptied before each test.
 */
export function watchPageErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return errors;
}

/** Every box a text within `node` is set in (a line may hold several, one per run of a direction). */
export function rectsOf(node: Element, text: string): DOMRect[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return [...range.getClientRects()];
  }
  throw new Error(`"${text}" is not in the node`);
}
