/**
 * Standalone SVG and PNG of what the element shows: its title, the chart and its source and
 * credit lines, on the chart's own background. The live chart mixes SVG marks with HTML labels
 * (HTML gives labels real bidi, wrapping and ellipsis); the export writes every HTML text as SVG
 * text, line by line as the browser broke it (read from the text's line boxes), and inlines every
 * computed style, so the file looks the same outside the page.
 * Built with DOM APIs and XMLSerializer only: no markup strings, so no data can become markup.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from computed styles onto each exported node. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** Attributes of the live chart that serve the page (state, styling hooks, assistive technology), not the picture. */
const PAGE_ATTRIBUTE = /^(?:part|class|role|tabindex|aria-.*|data-.*)$/;

/** A space between the title, the chart and the footer, and under the footer, as the page spaces them. */
const GAP = 8;

/** First strong isolate and pop directional isolate: a `<bdi>`'s text keeps its own direction in SVG text. */
const ISOLATE = '\u2068';
const POP = '\u2069';

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const name of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value) target.setAttribute(name, value);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** Drops what the page needs and a file does not: Lit's comment markers and the page's attributes. */
function strip(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const name of node.getAttributeNames()) if (PAGE_ATTRIBUTE.test(name)) node.removeAttribute(name);
  }
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const transparent = (colour: string) =>
  !colour || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/** A piece of one line drawn in one style: the part of a text node that falls on that line. */
interface Run {
  text: string;
  readonly style: CSSStyleDeclaration;
  /** The text of a `<bdi>`: isolated in the SVG text as on the page. */
  readonly isolated: boolean;
}

/** One line of an HTML text as the browser drew it: its runs in reading order and its ink box. */
interface Line {
  readonly runs: Run[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Text of this line was cut by its box (a clamp or an ellipsis): it ends with "…". */
  cut: boolean;
}

/**
 * The lines of `node`'s text as the browser broke them, read character by character from the text's
 * line boxes. Text outside `clip` (a label's clamped lines, the end an ellipsis hides) is left
 * out; text under `skip` (a label's number badge, drawn apart) too.
 */
function readLines(node: HTMLElement, clip: DOMRect, skip: (e: Element) => boolean): Line[] {
  const lines: Line[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let cut = false;
  while (walker.nextNode() && !cut) {
    const text = walker.currentNode as Text;
    const parent = text.parentElement;
    if (!parent || skip(parent)) continue;
    const style = getComputedStyle(parent);
    const isolated = parent.localName === 'bdi';
    const data = text.data;
    let run: Run | undefined;
    for (let i = 0; i < data.length;) {
      const code = data.codePointAt(i)!;
      const size = code > 0xffff ? 2 : 1;
      const char = data.slice(i, i + size);
      range.setStart(text, i);
      range.setEnd(text, i + size);
      i += size;
      const box = range.getClientRects()[0];
      let line = lines.at(-1);
      if (box && box.width > 0) {
        // Beyond the box the browser draws nothing (clamped lines) or an ellipsis.
        if (box.bottom > clip.bottom + 3 || box.right > clip.right + 0.5 || box.left < clip.left - 0.5) {
          if (line) line.cut = true;
          cut = true;
          break;
        }
        const middle = (box.top + box.bottom) / 2;
        if (!line || middle > line.bottom) {
          line = { runs: [], left: box.left, right: box.right, top: box.top, bottom: box.bottom, cut: false };
          lines.push(line);
          run = undefined;
        }
        line.left = Math.min(line.left, box.left);
        line.right = Math.max(line.right, box.right);
      }
      // Collapsed white space and the space a line breaks at join the line they follow.
      if (!line) continue;
      if (!run) line.runs.push((run = { text: '', style, isolated }));
      run.text += char;
    }
  }
  return lines;
}

/** The SVG text of one line, at its place on the page moved by (dx, dy), in its reading direction. */
function lineText(
  line: Line,
  base: CSSStyleDeclaration,
  direction: string,
  dx: number,
  dy: number,
): SVGTextElement {
  const rtl = direction === 'rtl';
  const text = element('text', {
    x: (rtl ? line.right : line.left) + dx,
    y: (line.top + line.bottom) / 2 + dy,
    'dominant-baseline': 'central',
    'text-anchor': 'start',
    direction,
    fill: base.color,
    'font-family': base.fontFamily,
    'font-size': base.fontSize,
    'font-weight': base.fontWeight,
    'font-style': base.fontStyle,
  });
  const halo = /^(rgba?\([^)]*\)|#\w+)/.exec(base.textShadow)?.[1];
  if (base.textShadow !== 'none' && halo) {
    // The page's halo (a text shadow in the background colour) as a stroke under the letters.
    text.setAttribute('stroke', halo);
    text.setAttribute('stroke-width', '3');
    text.setAttribute('stroke-linejoin', 'round');
    text.setAttribute('paint-order', 'stroke');
  }
  const runs = line.runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  // The line's own white space at either end is the page's markup or its break, not its text.
  runs[0]!.text = runs[0]!.text.trimStart();
  runs.at(-1)!.text = runs.at(-1)!.text.trimEnd() + (line.cut ? '…' : '');
  for (const r of runs) {
    if (!r.text) continue;
    const words = r.isolated ? `${ISOLATE}${r.text}${POP}` : r.text;
    const s = r.style;
    if (
      s === base ||
      (s.color === base.color &&
        s.fontWeight === base.fontWeight &&
        s.fontStyle === base.fontStyle &&
        s.fontSize === base.fontSize)
    ) {
      text.append(words);
    } else {
      const span = element('tspan', {
        fill: s.color,
        'font-weight': s.fontWeight,
        'font-style': s.fontStyle,
        'font-size': s.fontSize,
      });
      span.textContent = words;
      text.append(span);
    }
  }
  return text;
}

const NOWHERE = new DOMRect(-1e9, -1e9, 2e9, 2e9);

/** The box a label's text is drawn in: inside its border and padding; beyond it the page shows no text. */
function contentBox(node: HTMLElement, s: CSSStyleDeclaration): DOMRect {
  const box = node.getBoundingClientRect();
  const left = (parseFloat(s.borderLeftWidth) || 0) + (parseFloat(s.paddingLeft) || 0);
  const right = (parseFloat(s.borderRightWidth) || 0) + (parseFloat(s.paddingRight) || 0);
  const top = (parseFloat(s.borderTopWidth) || 0) + (parseFloat(s.paddingTop) || 0);
  const bottom = (parseFloat(s.borderBottomWidth) || 0) + (parseFloat(s.paddingBottom) || 0);
  return new DOMRect(box.left + left, box.top + top, box.width - left - right, box.height - top - bottom);
}

/**
 * An HTML text of the page as SVG at the same place moved by (dx, dy): its box (a label's face and
 * border), a number badge as its own filled shape, and each line the browser drew.
 */
function textBlock(node: HTMLElement, dx: number, dy: number, clipped: boolean): SVGGElement | undefined {
  const box = node.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return undefined;
  const s = getComputedStyle(node);
  const group = element('g', {});
  if (!transparent(s.backgroundColor)) {
    const border = parseFloat(s.borderTopWidth) || 0;
    const face = element('rect', {
      x: box.left + dx + border / 2,
      y: box.top + dy + border / 2,
      width: box.width - border,
      height: box.height - border,
      rx: parseFloat(s.borderTopLeftRadius) || 0,
      fill: s.backgroundColor,
    });
    if (border > 0 && s.borderTopStyle !== 'none') {
      face.setAttribute('stroke', s.borderTopColor);
      face.setAttribute('stroke-width', String(border));
      if (s.borderTopStyle === 'dashed') face.setAttribute('stroke-dasharray', '4 3');
    }
    group.append(face);
  }
  for (const badge of node.querySelectorAll<HTMLElement>('.number')) {
    const b = badge.getBoundingClientRect();
    const bs = getComputedStyle(badge);
    group.append(
      element('rect', {
        x: b.left + dx,
        y: b.top + dy,
        width: b.width,
        height: b.height,
        rx: Math.min(b.width, b.height) / 2,
        fill: bs.backgroundColor,
      }),
    );
    const digits = element('text', {
      x: b.left + b.width / 2 + dx,
      y: b.top + b.height / 2 + dy,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: bs.color,
      'font-family': bs.fontFamily,
      'font-size': bs.fontSize,
      'font-weight': bs.fontWeight,
    });
    digits.textContent = badge.textContent?.trim() ?? '';
    group.append(digits);
  }
  const clip = clipped ? contentBox(node, s) : NOWHERE;
  for (const line of readLines(node, clip, (e) => e.classList.contains('number'))) {
    group.append(lineText(line, s, s.direction, dx, dy));
  }
  return group.childNodes.length ? group : undefined;
}

/** The chart's background: the element's own, or the theme's where the page made the element's transparent. */
function backgroundOf(host: Element, chart: HTMLElement): string {
  const own = getComputedStyle(host).backgroundColor;
  if (!transparent(own)) return own;
  const probe = document.createElement('span');
  chart.append(probe);
  try {
    for (const colour of ['var(--drawdown-color-background)', 'light-dark(#ffffff, #0d1117)']) {
      probe.style.backgroundColor = colour;
      const resolved = getComputedStyle(probe).backgroundColor;
      if (!transparent(resolved)) return resolved;
    }
    return '#ffffff';
  } finally {
    probe.remove();
  }
}

/** A standalone picture: the title, the chart with its labels, the footer, on the chart's background. */
export interface Picture {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/**
 * The picture of the chart drawn in `root` (an element's shadow root): its title, the chart and its
 * footer, stacked as the page stacks them (the dek, toolbar and legend serve the page and are left
 * out), at the figure's width. Undefined when no chart is drawn.
 */
export function picture(root: ParentNode, title: string): Picture | undefined {
  const figure = root.querySelector<HTMLElement>('figure');
  const chart = root.querySelector<HTMLElement>('.chart');
  const live = chart?.querySelector('svg');
  if (!figure || !chart || !live) return undefined;
  const frame = figure.getBoundingClientRect();
  const width = frame.width;
  const dx = -frame.left;
  const svg = element('svg', { xmlns: SVG_NS });
  const host = (root as Partial<ShadowRoot>).host ?? figure;
  const heading = element('title', {});
  heading.textContent = title;
  svg.append(heading, element('rect', { width: '100%', height: '100%', fill: backgroundOf(host, chart) }));

  let y = 0;
  const caption = root.querySelector<HTMLElement>('figcaption:not(.placeholder)');
  const captionBox = caption?.getBoundingClientRect();
  if (caption && captionBox && captionBox.height > 0) {
    const text = textBlock(caption, dx, y - captionBox.top, false);
    if (text) {
      svg.append(text);
      y += captionBox.height + GAP;
    }
  }

  const area = chart.getBoundingClientRect();
  const chartDy = y - area.top;
  const drawn = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, drawn);
  const at = live.getBoundingClientRect();
  drawn.setAttribute('x', String(at.left + dx));
  drawn.setAttribute('y', String(at.top + chartDy));
  // As on the page: a mark at the chart's edge is drawn whole.
  drawn.setAttribute('overflow', 'visible');
  svg.append(drawn);
  // Labels panned out of the chart are cut at its edges, as the page cuts them.
  const clip = element('clipPath', { id: 'chart-area' });
  clip.append(element('rect', { x: area.left + dx, y, width: area.width, height: area.height }));
  const labels = element('g', { 'clip-path': 'url(#chart-area)' });
  for (const node of chart.querySelectorAll<HTMLElement>('.labels .label, .labels .annotation')) {
    const text = textBlock(node, dx, chartDy, node.classList.contains('label'));
    if (text) labels.append(text);
  }
  svg.append(clip, labels);
  y += area.height;

  const footer = root.querySelector<HTMLElement>('[part~="footer"]');
  const footerBox = footer?.getBoundingClientRect();
  if (footer && footerBox && footerBox.height > 0) {
    y += GAP;
    const fdy = y - footerBox.top;
    const fs = getComputedStyle(footer);
    const rule = parseFloat(fs.borderTopWidth) || 0;
    if (rule > 0) {
      svg.append(
        element('line', {
          x1: footerBox.left + dx,
          x2: footerBox.right + dx,
          y1: y + rule / 2,
          y2: y + rule / 2,
          stroke: fs.borderTopColor,
          'stroke-width': rule,
        }),
      );
    }
    for (const p of footer.querySelectorAll<HTMLElement>('p')) {
      const text = textBlock(p, dx, fdy, false);
      if (text) svg.append(text);
    }
    y += footerBox.height;
  }
  const height = Math.ceil(y + GAP);
  svg.setAttribute('width', String(Math.ceil(width)));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${Math.ceil(width)} ${height}`);
  strip(svg);
  return { svg, width: Math.ceil(width), height };
}

/**
 * Code points XML 1.0 does not allow anywhere, even escaped: controls other than tab, newline and
 * return, lone surrogates, U+FFFE and U+FFFF. Data text may hold them (U+0001 in a title), and
 * XMLSerializer writes them as they are, which leaves a file no XML reader (nor the PNG
 * rasterizer) will open.
 */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes what XML 1.0 cannot hold from a text of the export. */
export function xmlText(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlText(new XMLSerializer().serializeToString(svg))}`;
}

/** Rasterizes an SVG string at a pixel ratio; resolves to a PNG Blob. */
export async function svgToPng(source: string, width: number, height: number, ratio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be rasterized'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What an export shows: the element's drawing and its title. */
export interface Drawing {
  readonly root: ParentNode;
  readonly title: string;
}

/** The error both exports reject with when no chart is drawn (the list view, loading, no events). */
function nothingDrawn(): Error {
  return new Error('<drawdown-timeline>: nothing is drawn to export (no chart is shown)');
}

/** The drawing as an SVG document; rejects when no chart is drawn. */
export function drawingSvg(d: Drawing): string {
  const p = picture(d.root, d.title);
  if (!p) throw nothingDrawn();
  return serializeSvg(p.svg);
}

/** The drawing as a PNG image, at twice its CSS pixel size; rejects when no chart is drawn. */
export async function drawingPng(d: Drawing): Promise<Blob> {
  const p = picture(d.root, d.title);
  if (!p) throw nothingDrawn();
  return svgToPng(serializeSvg(p.svg), p.width, p.height);
}

/** Offers the drawing as a download of the kind asked for, with a file name. */
export async function saveDrawing(d: Drawing, kind: 'svg' | 'png', name: string): Promise<void> {
  download(kind === 'svg' ? new Blob([drawingSvg(d)], { type: 'image/svg+xml' }) : await drawingPng(d), name);
}

/** Offers a Blob as a download with a file name. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
