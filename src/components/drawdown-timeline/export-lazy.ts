/**
 * SVG and PNG export load the first time they are asked for, as a chunk beside the bundle: most
 * readers never download a picture, and the export code is not needed to draw the first frame.
 */
type Exporter = typeof import('./export.js');

let loading: Promise<Exporter> | undefined;

/** The export module, fetched once per page; a failed fetch is tried again on the next call. */
export function loadExporter(): Promise<Exporter> {
  loading ??= import('./export.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
