/**
 * Where a pointed or focused mark's tooltip goes (see `layout/tooltip.ts`). Only a hover or a
 * focus asks, so the single-file bundle fetches it then; the story's first frame never does.
 * Until it arrives, the mark is drawn without its tooltip.
 */
export { placeTooltip } from '../../layout/tooltip.js';

/** The tooltip's own rules: the element adopts them beside its own when this module arrives. */
export { tooltipStyles } from './tooltip.styles.js';
