/**
 * SVG and PNG export load the first time they are asked for, as a chunk beside the bundle: most
 * readers never download a picture, and the export code is not needed to draw the first frame.
 */
import { chunk } from '../../controllers/chunk.js';
import { slugify } from '../../locale/slug.js';

type Exporter = typeof import('./export.js');

const exporter = chunk<Exporter>(() => import('./export.js'));

/** The export module, fetched once per page; a failed fetch is tried again on the next call. */
function loadExporter(): Promise<Exporter> {
  return exporter.load();
}

/** What an export shows: the element's drawing, its title and direction, and its size in CSS px. */
export interface Drawing {
  readonly root: ParentNode;
  readonly title: string;
  readonly direction: 'ltr' | 'rtl';
  /** The size drawn, when a chart is drawn. */
  size(): { readonly width: number; readonly height: number } | undefined;
}

export async function toSvg(d: Drawing): Promise<string> {
  return (await loadExporter()).chartSvg(d.root, d.title, d.direction);
}

export async function toPng(d: Drawing): Promise<Blob> {
  const svg = await toSvg(d);
  const size = d.size();
  if (!svg || !size) throw new Error('<drawdown-timeline>: nothing is drawn to export');
  return (await loadExporter()).svgToPng(svg, size.width, size.height);
}

/** Downloads the drawing as a file named after its title; a failure is returned as its message, never thrown. */
export async function download(d: Drawing, kind: 'svg' | 'png'): Promise<string | undefined> {
  try {
    const blob = kind === 'svg' ? new Blob([await toSvg(d)], { type: 'image/svg+xml' }) : await toPng(d);
    // The file name is made here: the readers' chunk shares slugify, and a chunk of its own would be one more fetch.
    (await loadExporter()).download(blob, `${slugify(d.title, 60, true) || 'timeline'}.${kind}`);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
