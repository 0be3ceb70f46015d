/**
 * Standalone SVG and PNG of what the element shows. The live chart mixes SVG marks with HTML
 * labels (HTML gives labels real bidi, wrapping and ellipsis); the export turns every label into
 * SVG text and inlines every computed style, so the file looks the same outside the page.
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
  'font-family',
  'font-size',
  'font-weight',
] as const;

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

/** Writes an HTML label or annotation of the overlay as SVG text at the same place. */
function textFromHtml(node: HTMLElement, origin: DOMRect, direction: 'ltr' | 'rtl'): SVGElement | undefined {
  const text = node.textContent?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const box = node.getBoundingClientRect();
  if (box.width === 0) return undefined;
  const computed = getComputedStyle(node);
  const group = document.createElementNS(SVG_NS, 'g');
  const x = box.left - origin.left;
  const y = box.top - origin.top;
  const background = computed.backgroundColor;
  if (background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(box.width));
    rect.setAttribute('height', String(box.height));
    rect.setAttribute('rx', '4');
    rect.setAttribute('fill', background);
    rect.setAttribute('stroke', computed.borderTopColor);
    rect.setAttribute('stroke-width', computed.borderTopWidth);
    group.append(rect);
  }
  const padding = parseFloat(computed.paddingLeft) || 0;
  const label = document.createElementNS(SVG_NS, 'text');
  const rtl = direction === 'rtl';
  // Start the text on the reading side; SVG's text-anchor follows `direction`.
  label.setAttribute('x', String(rtl ? x + box.width - padding : x + padding));
  label.setAttribute('y', String(y + box.height / 2));
  label.setAttribute('dominant-baseline', 'central');
  label.setAttribute('direction', direction);
  label.setAttribute('text-anchor', 'start');
  label.setAttribute('fill', computed.color);
  label.setAttribute('font-family', computed.fontFamily);
  label.setAttribute('font-size', computed.fontSize);
  label.setAttribute('font-weight', computed.fontWeight);
  label.textContent = text;
  group.append(label);
  return group;
}

/** A standalone SVG document of the chart, its labels and its title. */
export function exportSvg(chart: HTMLElement, title: string, direction: 'ltr' | 'rtl'): SVGSVGElement {
  const live = chart.querySelector('svg')!;
  const origin = chart.getBoundingClientRect();
  const svg = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, svg);
  svg.setAttribute('xmlns', SVG_NS);
  svg.removeAttribute('part');
  svg.removeAttribute('role');
  for (const node of svg.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(chart).backgroundColor || '#fff');
  svg.prepend(background);
  const heading = document.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  svg.prepend(heading);
  for (const node of chart.querySelectorAll<HTMLElement>('.labels .label, .labels .annotation')) {
    const text = textFromHtml(node, origin, textDirection(node, direction));
    if (text) svg.append(text);
  }
  return svg;
}

/** The direction a label's text runs in: its own `dir`, or for `dir="auto"` its first strong letter. */
function textDirection(node: HTMLElement, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const dir = node.getAttribute('dir');
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (dir !== 'auto') return fallback;
  const strong = /[A-Za-z\u00c0-\u024f\u0590-\u08ff]/.exec(node.textContent ?? '')?.[0];
  return strong && /[\u0590-\u08ff]/.test(strong) ? 'rtl' : 'ltr';
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

/** The chart drawn in `root` as a standalone SVG document; empty when no chart is drawn. */
export function chartSvg(root: ParentNode, title: string, direction: 'ltr' | 'rtl'): string {
  const chart = root.querySelector<HTMLElement>('.chart');
  return chart ? serializeSvg(exportSvg(chart, title, direction)) : '';
}

/** What an export shows: the element's drawing, its title and direction, and its size in CSS px. */
export interface Drawing {
  readonly root: ParentNode;
  readonly title: string;
  readonly direction: 'ltr' | 'rtl';
  /** The size drawn, when a chart is drawn. */
  size(): { readonly width: number; readonly height: number } | undefined;
}

/** The drawing as an SVG document; empty when no chart is drawn. */
export function drawingSvg(d: Drawing): string {
  return chartSvg(d.root, d.title, d.direction);
}

/** The drawing as a PNG image, at twice its CSS pixel size. */
export async function drawingPng(d: Drawing): Promise<Blob> {
  const svg = drawingSvg(d);
  const size = d.size();
  if (!svg || !size) throw new Error('<drawdown-timeline>: nothing is drawn to export');
  return svgToPng(svg, size.width, size.height);
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
