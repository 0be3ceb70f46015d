/**
 * SVG and PNG export load the first time they are asked for, as a chunk beside the bundle: most
 * readers never download a picture, and the export code is not needed to draw the first frame.
 */
import { chunk } from '../../controllers/chunk.js';

type Exporter = typeof import('./export.js');

const exporter = chunk<Exporter>(() => import('./export.js'));

/** The export module, fetched once per page; a failed fetch is tried again on the next call. */
export function loadExporter(): Promise<Exporter> {
  return exporter.load();
}
