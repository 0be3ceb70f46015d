/**
 * Every string the component shows or announces, in a typed table. Arabic and English are
 * complete; other languages can be added with `registerStrings`, and any key they leave out
 * falls back to English, never to the raw key.
 */

export interface UiStrings {
  /** Caption when the document has no title. */
  untitled: string;
  loading: string;
  empty: string;
  /** `{count}` problems were found in the data (and the valid events are shown). */
  problems: string;
  /** `{count}` problems were found in the data, and no event was valid. */
  problemsNone: string;
  /** A failed request, as readers are told it: no status, no address. */
  loadError: string;
  /** `{status}`: the HTTP status (the authoring view, `debug`). */
  httpError: string;
  networkError: string;
  /** `{seconds}`: the `timeout` the request waited. */
  timeoutError: string;
  /**
   * The chart's keys, in its accessible description: `{forward}` and `{back}` are the arrow keys
   * that move forward and back in time (they depend on orientation and direction).
   */
  keyboardHelp: string;
  keyRight: string;
  keyLeft: string;
  keyDown: string;
  keyUp: string;
  /**
   * The series track's keys, in each series group's description: `{forward}` and `{back}` are
   * the arrow keys that move forward and back in time on the track.
   */
  seriesKeys: string;
  /** Added to `seriesKeys` when the track draws more than one series. */
  seriesSwitch: string;
  /** An event's place in time order, at the end of its accessible name: `{index}`, `{count}`. */
  position: string;
  /**
   * A series told in words: `{label}`, `{count}` observations from `{start}` to `{end}`, the
   * range `{min}`–`{max}`, and the `{first}` and `{last}` observations.
   */
  seriesSummary: string;
  /** One figure: `{value}` (with its unit), `{date}`, `{source}`. */
  observation: string;
  /** Estimates that disagree about one date: `{date}`, `{estimates}` (each with its source). */
  disputedObservation: string;
  /** A note on the series, read with its observation: `{text}`. */
  seriesNote: string;
  /** The button that loads a failed `src` again. */
  tryAgain: string;
  /** A download (SVG or PNG) could not be made. */
  exportFailed: string;
  parseError: string;
  eventsLabel: string;
  seriesLabel: string;
  legendLabel: string;
  sources: string;
  places: string;
  /**
   * The reference date's rule: `{date}` is the date the story was reported, and the words say so
   * ("As of the report, …"): beside a mark, a bare date would read as that mark's.
   */
  asOf: string;
  /** What lies after the reference date: scheduled as of the report, whose date is `{date}`. */
  scheduled: string;
  /** The reader's note when some of the data could not be shown (details go to authors). */
  dataNote: string;
  /** The same when none of the events could be shown. */
  dataNoneNote: string;
  /** Footer: before the document's source(s), and before its credit. */
  sourceLabel: string;
  sourcesLabel: string;
  /** Legend: what each kind of mark means. */
  legendBand: string;
  legendDeadline: string;
  legendOpen: string;
  legendRange: string;
  legendScheduled: string;
  legendCompressed: string;
  disputed: string;
  /** `{value}` is a formatted number. */
  approximately: string;
  moreThan: string;
  lessThan: string;
  range: string;
  qualifierAbout: string;
  qualifierEarly: string;
  qualifierMid: string;
  qualifierLate: string;
  qualifierBy: string;
  qualifierBefore: string;
  qualifierAfter: string;
  close: string;
  /** `{date}` as the source words it. */
  asReported: string;
  dateLabel: string;
  valueLabel: string;
  showList: string;
  showChart: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  controlsLabel: string;
  /** Announced on selection: `{title}`, `{date}`. */
  selectedAnnouncement: string;
  /** `{start}`, `{end}`: the visible window. */
  rangeAnnouncement: string;
  downloadSvg: string;
  downloadPng: string;
  /** A cluster's accessible name: `{count}`, `{start}`, `{end}`. */
  clusterLabel: string;
  /** The card's button to the event before, in time. */
  previous: string;
  /** The card's button to the event after, in time. */
  next: string;
  /** The title card's button to the first event. */
  begin: string;
  /** The card's previous/next group. */
  storyNavigation: string;
  /** Opens a place's coordinates. */
  coordinates: string;
  /** Marks a core event in the list. */
  keyEvent: string;
  /** Who made an image: `{credit}`. */
  mediaCredit: string;
  /** A core event's label: `{date}` (short, with its precision), `{title}`. */
  coreLabel: string;
  /** Marks the stretches of time drawn compressed around the story's focus. */
  compressed: string;
  /** Pan buttons: show earlier and later time. */
  panEarlier: string;
  panLater: string;
}

export type LocaleStrings = Partial<UiStrings>;

const en: UiStrings = {
  untitled: 'Timeline',
  loading: 'Loading the timeline…',
  empty: 'No events to show.',
  problems: '{count} problems were found in the data; valid events are shown.',
  problemsNone: '{count} problems were found in the data; no event could be shown.',
  loadError: 'The timeline could not be loaded.',
  httpError: 'The timeline could not be loaded (HTTP {status}).',
  networkError: 'The timeline could not be loaded: the network request failed.',
  timeoutError: 'The timeline could not be loaded: the server did not answer within {seconds} seconds.',
  tryAgain: 'Try again',
  keyboardHelp:
    'Keys: {forward} and {back} move through the events in time, Home and End go to the first and last, Enter or Space selects (and opens a group of events), Escape clears the selection, plus and minus zoom.',
  keyRight: 'right arrow',
  keyLeft: 'left arrow',
  keyDown: 'down arrow',
  keyUp: 'up arrow',
  seriesKeys:
    'Keys: {forward} and {back} move through the figures in time, Home and End go to the first and last.',
  seriesSwitch: 'Up arrow and down arrow go to the other series.',
  position: '{index} of {count}',
  seriesSummary:
    '{label}: {count} figures from {start} to {end}, between {min} and {max}. First: {first}. Last: {last}.',
  observation: '{value}, {date}, source: {source}',
  disputedObservation: 'disputed, {date}: {estimates}',
  seriesNote: 'note: {text}',
  exportFailed: 'The download could not be made.',
  parseError: 'The timeline data could not be read.',
  eventsLabel: 'Events',
  seriesLabel: 'Figures',
  legendLabel: 'Categories',
  sources: 'Sources',
  places: 'Places',
  asOf: 'As of the report, {date}',
  scheduled: 'scheduled as of the report, {date}',
  dataNote: 'Some of this timeline’s data could not be shown.',
  dataNoneNote: 'This timeline’s data could not be shown.',
  sourceLabel: 'Source',
  sourcesLabel: 'Sources',
  legendBand: 'Shading: the whole year or month a date names',
  legendDeadline: 'Dash: a deadline (“by …”)',
  legendOpen: 'Dotted line: an open end (“before …”, “after …”)',
  legendRange: 'Range: disputed estimates, low to high; an arrow means “more than”',
  legendScheduled: 'Hollow mark: scheduled, still ahead as of the report',
  legendCompressed: 'Shade and break (//): years drawn on a compressed scale, outside the story’s focus',
  disputed: 'disputed',
  approximately: 'about {value}',
  moreThan: 'more than {value}',
  lessThan: 'less than {value}',
  range: '{low}–{high}',
  qualifierAbout: 'about {date}',
  qualifierEarly: 'early {date}',
  qualifierMid: 'mid-{date}',
  qualifierLate: 'late {date}',
  qualifierBy: 'by {date}',
  qualifierBefore: 'before {date}',
  qualifierAfter: 'after {date}',
  close: 'Close',
  asReported: 'as reported: “{date}”',
  dateLabel: 'Date',
  valueLabel: 'Figure',
  showList: 'Show as list',
  showChart: 'Show as chart',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Show everything',
  controlsLabel: 'Timeline controls',
  selectedAnnouncement: '{title}, {date}',
  rangeAnnouncement: 'Showing {start} to {end}',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  clusterLabel: '{count} events from {start} to {end}; zoom in to see them',
  previous: 'Previous',
  next: 'Next',
  begin: 'Start',
  storyNavigation: 'Step through the events',
  coordinates: 'Coordinates',
  keyEvent: 'Key event',
  mediaCredit: 'Image: {credit}',
  coreLabel: '{date}\u00a0— {title}',
  compressed: 'compressed scale',
  panEarlier: 'Show earlier',
  panLater: 'Show later',
};

const ar: UiStrings = {
  untitled: 'خط زمني',
  loading: 'جارٍ تحميل الخط الزمني…',
  empty: 'لا توجد أحداث لعرضها.',
  problems: 'عُثر على {count} من المشكلات في البيانات؛ تُعرض الأحداث السليمة.',
  problemsNone: 'عُثر على {count} من المشكلات في البيانات؛ تعذّر عرض أي حدث.',
  loadError: 'تعذّر تحميل الخط الزمني.',
  httpError: 'تعذّر تحميل الخط الزمني (HTTP {status}).',
  networkError: 'تعذّر تحميل الخط الزمني: فشل الطلب عبر الشبكة.',
  timeoutError: 'تعذّر تحميل الخط الزمني: لم يستجب الخادم خلال {seconds} ثانية.',
  tryAgain: 'أعد المحاولة',
  keyboardHelp:
    'المفاتيح: {forward} و{back} للتنقل بين الأحداث عبر الزمن، وHome وEnd للانتقال إلى الأول والأخير، وEnter أو المسافة للاختيار (ولفتح مجموعة أحداث)، وEscape لإلغاء الاختيار، و+ و− للتكبير والتصغير.',
  keyRight: 'السهم الأيمن',
  keyLeft: 'السهم الأيسر',
  keyDown: 'السهم السفلي',
  keyUp: 'السهم العلوي',
  seriesKeys:
    'المفاتيح: {forward} و{back} للتنقل بين الأرقام عبر الزمن، وHome وEnd للانتقال إلى الأول والأخير.',
  seriesSwitch: 'السهم العلوي والسهم السفلي للانتقال إلى السلسلة الأخرى.',
  position: '{index} من {count}',
  seriesSummary:
    '{label}: {count} من الأرقام من {start} إلى {end}، بين {min} و{max}. الأول: {first}. الأخير: {last}.',
  observation: '{value}، {date}، المصدر: {source}',
  disputedObservation: 'رقم متنازع عليه، {date}: {estimates}',
  seriesNote: 'ملاحظة: {text}',
  exportFailed: 'تعذّر إنشاء الملف للتنزيل.',
  parseError: 'تعذّرت قراءة بيانات الخط الزمني.',
  eventsLabel: 'الأحداث',
  seriesLabel: 'الأرقام',
  legendLabel: 'الفئات',
  sources: 'المصادر',
  places: 'الأماكن',
  asOf: 'حتى تاريخ التقرير، {date}',
  scheduled: 'مقرّر كما أُعلن حتى تاريخ التقرير، {date}',
  dataNote: 'تعذّر عرض بعض بيانات هذا الخط الزمني.',
  dataNoneNote: 'تعذّر عرض بيانات هذا الخط الزمني.',
  sourceLabel: 'المصدر',
  sourcesLabel: 'المصادر',
  legendBand: 'التظليل: السنة أو الشهر كاملًا حين لا يُعرف اليوم',
  legendDeadline: 'الخط القصير: موعد نهائي («بحلول …»)',
  legendOpen: 'الخط المنقّط: طرف مفتوح («قبل …»، «بعد …»)',
  legendRange: 'النطاق: تقديرات متباينة من الأدنى إلى الأعلى؛ السهم يعني «أكثر من»',
  legendScheduled: 'العلامة المفرّغة: موعد مقرّر لم يحن حتى تاريخ التقرير',
  legendCompressed: 'التظليل والكسر (//): سنوات مرسومة بمقياس زمني مضغوط، خارج الفترة التي تركّز عليها القصة',
  disputed: 'رقم متنازع عليه',
  approximately: 'نحو {value}',
  moreThan: 'أكثر من {value}',
  lessThan: 'أقل من {value}',
  range: '{low}–{high}',
  qualifierAbout: 'نحو {date}',
  qualifierEarly: 'أوائل {date}',
  qualifierMid: 'منتصف {date}',
  qualifierLate: 'أواخر {date}',
  qualifierBy: 'بحلول {date}',
  qualifierBefore: 'قبل {date}',
  qualifierAfter: 'بعد {date}',
  close: 'إغلاق',
  asReported: 'بحسب المصدر: «{date}»',
  dateLabel: 'التاريخ',
  valueLabel: 'الرقم',
  showList: 'عرض كقائمة',
  showChart: 'عرض كمخطط',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  resetZoom: 'عرض الكل',
  controlsLabel: 'أدوات الخط الزمني',
  selectedAnnouncement: '{title}، {date}',
  rangeAnnouncement: 'المعروض من {start} إلى {end}',
  downloadSvg: 'تنزيل SVG',
  downloadPng: 'تنزيل PNG',
  clusterLabel: 'مجموعة من الأحداث عددها {count}، من {start} إلى {end}؛ كبّر العرض لرؤيتها',
  previous: 'السابق',
  next: 'التالي',
  begin: 'ابدأ',
  storyNavigation: 'التنقل بين الأحداث',
  coordinates: 'الإحداثيات',
  keyEvent: 'حدث رئيسي',
  mediaCredit: 'الصورة: {credit}',
  coreLabel: '{date}\u00a0— {title}',
  compressed: 'مقياس زمني مضغوط',
  panEarlier: 'عرض ما قبل',
  panLater: 'عرض ما بعد',
};

const tables = new Map<string, LocaleStrings>([
  ['en', en],
  ['ar', ar],
]);

/**
 * Adds or extends the strings for a language (`fr`, `ar-IQ`, …). Keys left out fall back to
 * the base language (`ar` for `ar-IQ`) and then to English.
 */
export function registerStrings(language: string, strings: LocaleStrings): void {
  const key = language.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
  version++;
  for (const listener of listeners) listener(key);
}

/** Counts `registerStrings` calls: formatters made at an older count have old words. */
let version = 0;

export function stringsVersion(): number {
  return version;
}

/** Elements on the page, told when a table changes so that they redraw their words. */
const listeners = new Set<(language: string) => void>();

/** Calls `listener` after each `registerStrings`; returns the function that stops it. */
export function onStringsChange(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The full table for a language tag, every key filled. */
export function stringsFor(language: string): UiStrings {
  const tag = language.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  return { ...en, ...tables.get(base), ...tables.get(tag) };
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
