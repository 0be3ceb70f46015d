/**
 * The public API without the readers for other formats: the element, JSON input, the schema, the
 * pure date, locale and layout modules, and the built-in story. The package's main entry adds the
 * readers; the single-file bundle exports only the element and the story.
 */
export { DrawdownTimeline } from './components/drawdown-timeline/drawdown-timeline.js';
export { VERTICAL_BELOW } from './controllers/settings.js';
export type {
  OrientationSetting,
  ThemeSetting,
  TimeDirectionSetting,
  ViewSetting,
} from './controllers/settings.js';
export type {
  DrawdownErrorDetail,
  DrawdownLoadDetail,
  DrawdownRangeChangeDetail,
  DrawdownSelectDetail,
  DrawdownTimelineEventMap,
} from './components/drawdown-timeline/events.js';
export * from './schema/document.js';
export type * from './schema/model.js';
export { validateDocument, LIMITS } from './schema/validate.js';
export { parseDocumentText } from './schema/parse.js';
export { safeUrl } from './schema/url.js';
export * from './time/partial-date.js';
export * from './locale/format.js';
export { registerStrings, stringsFor, type UiStrings, type LocaleStrings } from './locale/strings.js';
export { layoutTimeline, defaultWindow, METRICS } from './layout/layout.js';
export type * from './layout/layout.js';
export { layoutSeries } from './layout/series.js';
export type * from './layout/series.js';
export { placeLabels } from './layout/labels.js';
export type { LabelRequest, PlacedLabel } from './layout/labels.js';
export { drawdownStory } from './data/drawdown.js';
