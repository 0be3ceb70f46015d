/**
 * SVG and PNG export load the first time they are asked for, as a chunk beside the bundle: most
 * readers never download a picture, and the export code is not needed to draw the first frame.
 * Everything a download does but naming its file is in the chunk.
 */
import { chunk } from '../../controllers/chunk.js';
import { slugify } from '../../locale/slug.js';
import type { Drawing } from './export.js';

export type { Drawing } from './export.js';

/** The export module, fetched once per page; a failed fetch is tried again on the next call. */
const exporter = chunk(() => import('./export.js'));

export async function toSvg(d: Drawing): Promise<string> {
  return (await exporter.load()).drawingSvg(d);
}

export async function toPng(d: Drawing): Promise<Blob> {
  return (await exporter.load()).drawingPng(d);
}

/** Downloads the drawing as a file named after its title; a failure is returned as its message, never thrown. */
export async function download(d: Drawing, kind: 'svg' | 'png'): Promise<string | undefined> {
  try {
    // The file name is made here: the readers' chunk shares slugify, and a chunk of its own would be one more fetch.
    const name = `${slugify(d.title, 60, true) || 'timeline'}.${kind}`;
    await (await exporter.load()).saveDrawing(d, kind, name);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
