/**
 * The package's side-effect-free entry: the element class (not registered; import
 * `drawdown-timeline/define` for that), the schema, the pure date, locale and layout modules,
 * and the built-in story.
 */
export { DrawdownTimeline } from './components/drawdown-timeline/drawdown-timeline.js';
export { VERTICAL_BELOW } from './components/drawdown-timeline/drawdown-timeline.js';
export type {
  DrawdownErrorDetail,
  DrawdownLoadDetail,
  DrawdownRangeChangeDetail,
  DrawdownSelectDetail,
  DrawdownTimelineEventMap,
  OrientationSetting,
  ThemeSetting,
  TimeDirectionSetting,
  ViewSetting,
} from './components/drawdown-timeline/drawdown-timeline.js';
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
export { fromTimelineJs } from './adapters/timelinejs.js';
export { fromCsv, fromTimelineJsCsv } from './adapters/csv.js';
export { readTimelineText } from './adapters/detect.js';
