/**
 * Lit templates that map layout objects to elements. Nothing here computes geometry or reads
 * the DOM; every number comes from the layout, every string from the formatters.
 */
import { clusterName, PART_SEPARATOR, seriesTextParts } from '../../locale/describe.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps } from './css-props.js';
import type { Formatters } from '../../locale/format.js';
import type { ClusterMark, EventMark, Layout } from '../../layout/layout.js';
import type { ChartKeys } from '../../controllers/chart-keys.js';
import type { OrderedMark } from '../../layout/order.js';
import type { MarkPaths } from '../../layout/mark-paths.js';
import type { PlacedSeriesText, SeriesTrack } from '../../layout/series.js';
import { METRICS } from '../../layout/metrics.js';
import { categorySlot, HIT, markerPath } from '../../layout/shapes.js';
import { boxPath, type Tick } from '../../layout/geometry.js';
import { COUNT_CORNER } from '../../layout/cluster-count.js';
import type { Category, Shape, Source, TimelineEvent, TimelineModel } from '../../schema/model.js';
import { isExternalUrl } from '../../schema/url.js';

export interface Look {
  readonly color: (e: TimelineEvent) => string;
  readonly shape: (e: TimelineEvent) => Shape;
}

/** Colour and shape by category: a category's own colour, else the theme's palette. */
export function look(categories: readonly Category[]): Look {
  const index = new Map(categories.map((c, i) => [c.id, { c, i }]));
  return {
    color: (e) => {
      const entry = e.category ? index.get(e.category) : undefined;
      if (!entry) return 'var(--drawdown-color-muted)';
      return entry.c.color ?? `var(--drawdown-category-${categorySlot(entry.i)})`;
    },
    shape: (e) => (e.category ? index.get(e.category)?.c.shape : undefined) ?? 'circle',
  };
}

export interface ChartContext {
  /** Positions along the time axis are relative to the pan frame (see layout/pan-frame.ts). */
  readonly layout: Layout;
  /** Moves what the pan frame holds back into place, in px along the time axis. */
  readonly shift: number;
  readonly f: Formatters;
  readonly model: TimelineModel;
  readonly look: Look;
  readonly selected?: string;
  /** The event that holds the roving tab stop. */
  readonly active?: string;
  /** Marks and clusters in the order the arrow keys take (indices into the layout's lists). */
  readonly order: readonly OrderedMark[];
  readonly onLabelClick: (id: string) => void;
  /** Accessible names, cached per event by the element. */
  readonly names: (e: TimelineEvent) => string;
  /** The event under the pointer or holding keyboard focus. */
  readonly pointed?: string;
  /** The tooltip of a mark whose label has no date, while it is pointed or focused (drawn by its chunk). */
  readonly tooltip?: TemplateResult;
  /** Whether an event lies after the reference date (drawn hollow: scheduled as of that date). */
  readonly scheduled: (e: TimelineEvent) => boolean;
  /** The series track's focusable figures, drawn over the track. */
  readonly seriesPoints?: TemplateResult;
  /** A dense view's plain marks as paths; each is an element only while active or selected. */
  readonly paths?: MarkPaths;
  /** The paths as drawn (the dense view's chunk draws them). */
  readonly pathMarks?: TemplateResult;
  /** Keys of the marks, bubbles and labels, which a jump hands on to the marks it brings. */
  readonly keys: ChartKeys;
}

/** SVG's text-anchor is logical (start/end follow `direction`); the layout speaks of physical sides. */
function textAnchor(anchor: 'left' | 'middle' | 'right', direction: 'ltr' | 'rtl'): string {
  if (anchor === 'middle') return 'middle';
  return (anchor === 'left') === (direction === 'ltr') ? 'start' : 'end';
}

/** A tick's grid line, and its text where the axis labels it. */
function tick(t: Tick, textDir: 'ltr' | 'rtl'): TemplateResult {
  return svg`<line class="grid" x1=${t.grid.x1} y1=${t.grid.y1} x2=${t.grid.x2} y2=${t.grid.y2}></line>${
    t.labelled
      ? svg`<text class="tick-text" x=${t.textX} y=${t.textY} text-anchor=${textAnchor(t.anchor, textDir)} direction=${textDir}>${t.text}</text>`
      : nothing
  }`;
}

export function chartTemplate(c: ChartContext): TemplateResult {
  const { layout, f } = c;
  const textDir = f.direction;
  const horizontal = layout.orientation === 'horizontal';
  const pan = horizontal ? `translate(${c.shift},0)` : `translate(0,${c.shift})`;
  const marks = layout.events.filter((m) => !m.offscreen);
  // Only labelled marks are listed for labels: an item drawing nothing still costs two comments.
  const labelled = marks.filter((m) => m.label);
  const ordered = c.paths ? c.order.filter((o) => written(o, c)) : c.order;
  // The marks a reader is on keep their own elements through a jump.
  const held = new Set([c.active, c.pointed, c.selected]);
  return html`
    <div class="chart ${layout.orientation}" style=${cssProps({ height: `${layout.height}px` })}>
      <svg
        part="chart"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="group"
        aria-label=${f.strings.eventsLabel}
      >
        <g part="axis" aria-hidden="true">
          <g transform=${pan}>
            ${layout.compressed.map(
              (k) =>
                svg`<g part="compressed"><rect class="compressed" x=${k.box.x} y=${k.box.y} width=${k.box.width} height=${k.box.height}></rect>${
                  k.text
                    ? svg`<text class="compressed-text" x=${k.text.x} y=${k.text.y} text-anchor="middle" direction=${textDir}>${k.text.text}</text>`
                    : nothing
                }</g>`,
            )}
            ${layout.ticks.map((t) => tick(t, textDir))}
          </g>
          <line
            class="axis-line"
            x1=${layout.axis.x1}
            y1=${layout.axis.y1}
            x2=${layout.axis.x2}
            y2=${layout.axis.y2}
          ></line>
          <g transform=${pan}>
            ${layout.compressed.flatMap((k) => k.breaks.map((b) => axisBreak(b, horizontal)))}
          </g>
        </g>
        <g transform=${pan}>
          ${
            layout.now
              ? svg`<g part="now" aria-hidden="true"><line x1=${layout.now.x1} y1=${layout.now.y1} x2=${layout.now.x2} y2=${layout.now.y2}></line></g>`
              : nothing
          }
          ${repeat(
            edgeBands(layout.events, c.look),
            (b) => b.color,
            (b) => svg`<path class="band edge" aria-hidden="true" color=${b.color} d=${b.d}></path>`,
          )}
          <g class="cluster-bubbles" aria-hidden="true">
            ${
              // Bubbles under every mark: in a dense view the marks are the labelled events, and a
              // label must not point at a bubble that hides its marker.
              repeat(
                layout.clusters,
                c.keys.of('bubbles', layout.clusters, (k) => k.id, held, true),
                (k) => bubbleTemplate(k),
              )
            }
          </g>
          ${c.pathMarks ?? nothing}
          ${
            // Marks and clusters in the order the arrow keys take, which is what the
            // accessibility tree reads: a cluster here is its name, tab stop and focus ring.
            // A mark drawn in the paths is written here only while it holds the tab stop (the
            // focus proxy) or the selection.
            repeat(
              ordered,
              c.keys.of('marks', ordered, (o) => o.id, held),
              (o) =>
                o.event !== undefined
                  ? eventTemplate(layout.events[o.event]!, c)
                  : clusterTemplate(layout.clusters[o.cluster!]!, c),
            )
          }
          ${raisedTemplate(marks, c)}
          <g class="cluster-counts" aria-hidden="true">
            ${
              // Counts over every mark, each on a patch of the background: a bubble lies under
              // the marks, and a mark on it must not run through the count.
              repeat(
                layout.clusters.filter((k) => k.countShown),
                (k) => k.id,
                (k) =>
                  svg`${k.countBox ? svg`<rect class="count-face" x=${k.countBox.x} y=${k.countBox.y} width=${k.countBox.width} height=${k.countBox.height} rx=${COUNT_CORNER}></rect>` : nothing}<text class="cluster-count" data-count=${k.id} x=${k.x} y=${k.y} text-anchor="middle" dominant-baseline="central">${c.f.number(k.count)}</text>`,
              )
            }
          </g>
        </g>
        ${layout.series ? seriesMarksTemplate(layout.series, textDir) : nothing} ${c.seriesPoints ?? nothing}
      </svg>
      <div class="labels" aria-hidden="true">
        <div
          class="pan"
          style=${cssProps({ transform: horizontal ? `translateX(${c.shift}px)` : `translateY(${c.shift}px)` })}
        >
          ${repeat(
            labelled,
            c.keys.of('labels', labelled, (m) => m.event.id, held),
            (m) => labelTemplate(m, c),
          )}
          ${layout.nowLabel ? nowTextTemplate(layout) : nothing}
        </div>
        ${c.tooltip ?? nothing} ${layout.series ? seriesTextTemplate(layout.series, c) : nothing}
      </div>
    </div>
  `;
}

/**
 * Events only whose span reaches into the window draw a band and no control. At 10,000 events a
 * view has dozens of them, cut anew by the window's edges at every pan and zoom step: drawn as
 * one path per colour, they are a few elements to update instead of one each.
 */
function edgeBands(marks: readonly EventMark[], look: Look): Array<{ color: string; d: string }> {
  const paths = new Map<string, string>();
  for (const m of marks) {
    if (!m.offscreen) continue;
    const color = look.color(m.event);
    paths.set(color, `${paths.get(color) ?? ''}${boxPath(m.band)}`);
  }
  return [...paths].map(([color, d]) => ({ color, d }));
}

/** Whether an ordered mark is written as an element of its own (see `ChartContext.paths`). */
function written(o: OrderedMark, c: ChartContext): boolean {
  return o.event === undefined || !c.paths!.ids.has(o.id) || o.id === c.active || o.id === c.selected;
}

/** An event's marker: its category's shape, larger for a core event. */
function marker(e: TimelineEvent, c: ChartContext): TemplateResult {
  return svg`<path class="marker" d=${markerPath(c.look.shape(e), e.importance === 'core')}></path>`;
}

function eventTemplate(m: EventMark, c: ChartContext): TemplateResult {
  const e = m.event;
  const color = c.look.color(e);
  const selected = c.selected === e.id;
  const b = m.band;
  const band =
    e.kind === 'period'
      ? svg`<rect part="period" class="period" x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx="3"></rect>`
      : b.width >= 2 || b.height >= 2
        ? svg`<rect part="band" class=${e.qualifier === 'about' ? 'band soft' : 'band'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`
        : nothing;
  const leader = m.leader
    ? svg`<line class="leader" x1=${m.leader.x1} y1=${m.leader.y1} x2=${m.leader.x2} y2=${m.leader.y2}></line>${
        m.arm
          ? svg`<line class="leader arm" x1=${m.arm.x1} y1=${m.arm.y1} x2=${m.arm.x2} y2=${m.arm.y2}></line>`
          : nothing
      }`
    : nothing;
  const deadline = m.deadline
    ? svg`<line part="deadline" class="deadline" x1=${m.deadline.x1} y1=${m.deadline.y1} x2=${m.deadline.x2} y2=${m.deadline.y2}></line>`
    : nothing;
  const open = m.open
    ? svg`<line part="open" class="open" x1=${m.open.x1} y1=${m.open.y1} x2=${m.open.x2} y2=${m.open.y2}></line>`
    : nothing;
  const pin = m.pin
    ? svg`<line class="pin" x1=${m.pin.x1} y1=${m.pin.y1} x2=${m.pin.x2} y2=${m.pin.y2}></line>`
    : nothing;
  // Only the event holding the tab stop or the selection can show a ring: one element, not N.
  const ring =
    selected || c.active === e.id
      ? svg`<circle class="focus-ring" r=${METRICS.focusRing}></circle>`
      : nothing;
  // A bent leader (from a mark on the As-of rule, down beside its marker) is drawn over the
  // marker's outline, which would hide its foot: it meets the marker's side.
  // No whitespace between the children: a mark is cloned hundreds of times per view, and
  // whitespace between SVG elements is a text node that draws nothing.
  return svg`<g
    part="event${selected ? ' selected' : ''}"
    data-id=${e.id}
    class="event ${e.importance}${c.scheduled(e) ? ' scheduled' : ''}"
    transform="translate(${m.x},${m.y})"
    color=${color}
    role="button"
    tabindex=${c.active === e.id ? 0 : -1}
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${c.names(e)}
  >${band}${m.arm ? nothing : leader}${deadline}${open}${pin}${ring}<rect class="hit" x=${HIT.x} y=${HIT.y} width=${HIT.width} height=${HIT.height}></rect>${marker(e, c)}${m.arm ? leader : nothing}</g>`;
}

/**
 * The selected event's marker, and the one pointed at or focused, drawn again above every other
 * mark: events on the same day overlap, and the one a reader picked must not hide under a later
 * one. The one pointed at or focused has a ring of its own, so that a hover visibly lands on it.
 * A picture only: the marks below keep focus, clicks and names.
 */
function raisedTemplate(marks: readonly EventMark[], c: ChartContext): TemplateResult[] {
  const ids = new Set([c.pointed, c.selected]);
  return marks
    .filter((m) => ids.has(m.event.id))
    .map((m) => {
      const ring =
        m.event.id === c.pointed ? svg`<circle class="hover-ring" r=${METRICS.hoverRing}></circle>` : nothing;
      return svg`<g class="raised${c.scheduled(m.event) ? ' scheduled' : ''}" aria-hidden="true" transform="translate(${m.x},${m.y})" color=${c.look.color(m.event)}>${ring}${marker(m.event, c)}</g>`;
    });
}

/** A cluster's bubble: a picture, which takes the clicks (its count is drawn over the marks). */
function bubbleTemplate(k: ClusterMark): TemplateResult {
  return svg`<g part="cluster-bubble" class="cluster-bubble" data-cluster=${k.id} transform="translate(${k.x},${k.y})"><circle class="cluster-dot" r=${k.radius}></circle></g>`;
}

/** A cluster as the keyboard and assistive technology reach it: its name and its focus ring. */
function clusterTemplate(k: ClusterMark, c: ChartContext): TemplateResult {
  const name = clusterName(k.count, k.span, c.f);
  const ring = c.active === k.id ? svg`<circle class="focus-ring" r=${k.ring}></circle>` : nothing;
  return svg`<g part="cluster" data-id=${k.id} class="cluster" transform="translate(${k.x},${k.y})" role="button" tabindex=${c.active === k.id ? 0 : -1} aria-label=${name}>${ring}</g>`;
}

function labelTemplate(m: EventMark, c: ChartContext): TemplateResult | typeof nothing {
  if (!m.label) return nothing;
  const e = m.event;
  return html`<div
    part="label${c.selected === e.id ? ' selected' : ''}"
    class="label ${e.importance}${m.label.lines > 1 ? ' wrap' : ''}${c.selected === e.id ? ' selected' : ''}${c.scheduled(e) ? ' scheduled' : ''}"
    data-id=${e.id}
    dir="auto"
    title=${m.label.text}
    style=${cssProps({
      transform: `translate(${m.label.x}px,${m.label.y}px)`,
      width: `${m.label.width}px`,
      height: `${m.label.height}px`,
      WebkitLineClamp: m.label.lines > 1 ? m.label.lines : undefined,
      borderColor: e.importance === 'core' ? c.look.color(e) : '',
    })}
    @click=${() => c.onLabelClick(e.id)}
  >
    ${m.label.number !== undefined ? html`<span class="number">${c.f.number(m.label.number)}</span>` : nothing}${m.label.text}
  </div>`;
}

function nowTextTemplate(layout: Layout): TemplateResult {
  const at = layout.nowLabel!;
  return html`<div
    class="annotation now-text ${layout.orientation}${at.lines > 1 ? ' wrapped' : ''}"
    style=${cssProps({ left: `${at.x}px`, top: `${at.y}px`, width: `${at.width}px` })}
  >
    ${at.text}
  </div>`;
}

/** The mark of an axis break: a gap crossed by two slashes, turned to run across the axis. */
function axisBreak(b: { readonly x: number; readonly y: number }, horizontal: boolean): TemplateResult {
  return svg`<g part="axis-break" class="axis-break" transform="translate(${b.x},${b.y})${horizontal ? '' : ' rotate(90)'}"><rect class="break-gap" x="-4" y="-9" width="8" height="18"></rect><line x1="-6" y1="8" x2="-1" y2="-8"></line><line x1="1" y1="8" x2="6" y2="-8"></line></g>`;
}

function seriesMarksTemplate(track: SeriesTrack, textDir: 'ltr' | 'rtl'): TemplateResult {
  const clip = track.clip;
  return svg`<clipPath id="series-clip"><rect x=${clip.x} y=${clip.y} width=${clip.width} height=${clip.height}></rect></clipPath>
  <g aria-hidden="true">
    ${track.compressed?.map(
      (k) =>
        svg`<g part="compressed"><rect class="compressed" x=${k.box.x} y=${k.box.y} width=${k.box.width} height=${k.box.height}></rect></g>`,
    )}
    ${track.timeAxis?.map((t) => tick(t, textDir))}
    ${track.compressed?.flatMap((k) => k.breaks.map((b) => axisBreak(b, true)))}
  </g>
  <g aria-hidden="true" clip-path="url(#series-clip)">
    ${track.ticks.map((t) => svg`<line class="grid" x1=${track.x0} x2=${track.x1} y1=${t.y} y2=${t.y}></line>`)}
    ${track.rules?.map(
      (x) => svg`<line class="series-rule" x1=${x} x2=${x} y1=${track.ruleTop} y2=${track.bottom}></line>`,
    )}
    ${track.lines.map(
      (l) => svg`<g part="series" data-id=${l.series.id} class="series-${l.palette}">
        ${l.notes.map((n) =>
          n.rule
            ? svg`<line part="note" class="note" x1=${n.x} x2=${n.x} y1=${track.y} y2=${track.bottom}></line>`
            : nothing,
        )}
        ${l.path ? svg`<path class="series-line" d=${l.path}></path>` : nothing}
        ${l.gapPath ? svg`<path class="series-line gap" d=${l.gapPath}></path>` : nothing}
        ${l.marks.map((m) =>
          m.point.value !== undefined && !l.disputes.some((d) => d.time === m.time)
            ? svg`<circle class="series-point" cx=${m.x} cy=${m.y} r="3.5"></circle>`
            : nothing,
        )}
        ${l.disputes.map(
          (d) => svg`<g part="estimate">
            ${
              d.open
                ? svg`<rect class="estimate-open-band" x=${d.band.x} y=${d.open.y} width=${d.band.width} height=${d.open.height}></rect><path class="estimate-open" d=${d.open.arrow}></path>`
                : nothing
            }
            <rect class="estimate-range" x=${d.band.x} y=${d.band.y} width=${d.band.width} height=${d.band.height}></rect>
            ${l.marks
              .filter((m) => m.time === d.time)
              .map((m) => svg`<circle class="estimate-point" cx=${m.x} cy=${m.y} r="4"></circle>`)}
          </g>`,
        )}
      </g>`,
    )}
  </g>`;
}

function seriesTextTemplate(track: SeriesTrack, c: ChartContext): TemplateResult {
  const { f, model } = c;
  const lang = model.language;
  const axisSide = track.tickSide;
  const edge = track.tickInset;
  return html`
    <div
      class="annotation series-axis"
      style=${cssProps({ top: `${track.headingTop}px`, [axisSide]: `${edge}px` })}
    >
      ${f.strings.seriesLabel}${model.series[0]?.unit ? html` (<bdi>${f.text(model.series[0].unit, lang)}</bdi>)` : nothing}
    </div>
    ${track.ticks.map((t) =>
      t.textTop === undefined
        ? nothing
        : html`<div
            class="annotation tick-value${track.shaded ? ' shaded' : ''}"
            style=${cssProps({ top: `${t.textTop}px`, [axisSide]: `${edge}px` })}
          >
            ${f.number(t.value)}
          </div>`,
    )}
    ${track.texts.map((t) => seriesText(t, c))}
  `;
}

function seriesText(t: PlacedSeriesText, c: ChartContext): TemplateResult {
  const { f, model } = c;
  const lang = model.language;
  // Placed by a transform, as the labels are: a pan moves every figure's text, without a relayout.
  const style = {
    transform: `translate(${t.x}px,${t.top}px)${t.side === 'left' ? ' translateX(-100%)' : ''}`,
  };
  const wrapped = t.wrap === undefined ? style : { ...style, width: `${t.wrap}px` };
  const under = t.wrap === undefined ? '' : ' under';
  // A note is a part authors can style; a title takes its series' colour and never wraps.
  const kind =
    t.kind === 'note'
      ? `note-text${under}`
      : t.kind === 'title'
        ? `series-title series-${t.palette}`
        : `${t.kind === 'estimate' ? 'estimate' : 'value'}${under}`;
  return html`<div
    part=${ifDefined(t.kind === 'note' ? 'note' : undefined)}
    class="annotation ${kind}"
    dir=${f.direction}
    style=${cssProps(t.kind === 'title' ? style : wrapped)}
  >
    ${bdiParts(seriesTextParts(t, f, lang))}
  </div>`;
}

/** The parts of a composed text, each isolated, with the separator the text is measured with. */
function bdiParts(parts: readonly string[]): TemplateResult[] {
  return parts.map((part, i) => html`${i > 0 ? PART_SEPARATOR : nothing}<bdi>${part}</bdi>`);
}

type MarkKind = 'band' | 'deadline' | 'open' | 'range' | 'scheduled' | 'compressed';

/** The kinds of mark a document's chart draws, so that the legend explains only those. */
function markKinds(model: TimelineModel, scheduled: (e: TimelineEvent) => boolean): MarkKind[] {
  // Once per document: whether an event is scheduled follows from the document's reference date.
  let kept = kindsOf.get(model);
  if (!kept) kindsOf.set(model, (kept = findMarkKinds(model, scheduled)));
  return kept;
}

/** The mark kinds of each document (a model never changes): every render of the legend reads them. */
const kindsOf = new WeakMap<TimelineModel, MarkKind[]>();

function findMarkKinds(model: TimelineModel, scheduled: (e: TimelineEvent) => boolean): MarkKind[] {
  const kinds = new Set<MarkKind>();
  // Events show at most four kinds (three without a reference date, when none is scheduled): a
  // large document has them all within its first events, and is not read to its end for them.
  const most = model.referenceDate ? 4 : 3;
  for (const e of model.events) {
    if (e.kind === 'point' && e.start.precision !== 'day') kinds.add('band');
    if (e.qualifier === 'by') kinds.add('deadline');
    if (e.qualifier === 'before' || e.qualifier === 'after') kinds.add('open');
    if (scheduled(e)) kinds.add('scheduled');
    if (kinds.size === most) break;
  }
  for (const s of model.series) {
    // An estimate range, or two figures for one date (a disputed figure).
    let previous: number | undefined;
    for (const p of s.points) {
      if (p.value === undefined || p.time === previous) kinds.add('range');
      previous = p.time;
    }
  }
  return (['band', 'deadline', 'open', 'range', 'scheduled'] as const).filter((k) => kinds.has(k));
}

/** A small picture of each kind of mark, drawn as the chart draws it. */
const KIND_SWATCHES: Record<MarkKind, TemplateResult> = {
  band: svg`<rect class="band" x="1" y="2" width="22" height="10"></rect><circle class="marker" cx="12" cy="7" r="3.5"></circle>`,
  deadline: svg`<line class="deadline" x1="12" x2="12" y1="0" y2="14"></line>`,
  open: svg`<line class="open" x1="2" x2="22" y1="7" y2="7"></line>`,
  range: svg`<rect class="estimate-open-band" x="7" y="4" width="10" height="4"></rect><rect class="estimate-range" x="7" y="8" width="10" height="5"></rect><path class="estimate-open" d="M8,4L12,0L16,4"></path>`,
  scheduled: svg`<circle class="marker" cx="12" cy="7" r="4.5"></circle>`,
  compressed: svg`<rect class="compressed" x="0" y="0" width="24" height="14"></rect><g class="axis-break" transform="translate(12,7) scale(0.8)"><rect class="break-gap" x="-4" y="-9" width="8" height="18"></rect><line x1="-6" y1="8" x2="-1" y2="-8"></line><line x1="1" y1="8" x2="6" y2="-8"></line></g>`,
};

const KIND_TEXT: Record<MarkKind, keyof Formatters['strings']> = {
  band: 'legendBand',
  deadline: 'legendDeadline',
  open: 'legendOpen',
  range: 'legendRange',
  scheduled: 'legendScheduled',
  compressed: 'legendCompressed',
};

/**
 * The categories drawn (all, or those `shown` keeps), each in the colour of its place in the
 * document, then what each kind of mark the chart draws means, and the compressed scale while
 * the chart draws one.
 */
export function legendTemplate(
  model: TimelineModel,
  f: Formatters,
  shown: ReadonlySet<string> | undefined,
  scheduled: (e: TimelineEvent) => boolean,
  compressed: boolean,
): TemplateResult | typeof nothing {
  const drawn = model.categories.flatMap((c, i) => (shown && !shown.has(c.id) ? [] : [{ c, i }]));
  const marks = markKinds(model, scheduled);
  const kinds: readonly MarkKind[] = compressed ? [...marks, 'compressed'] : marks;
  if (drawn.length === 0 && kinds.length === 0) return nothing;
  return html`<ul part="legend" aria-label=${f.strings.legendLabel}>
    ${drawn.map(
      ({ c, i }) =>
        html`<li>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path
              d=${markerPath(c.shape, false)}
              fill=${c.color ?? `var(--drawdown-category-${categorySlot(i)})`}
            ></path>
          </svg>
          <bdi>${f.text(c.label, model.language)}</bdi>
        </li>`,
    )}
    ${kinds.map(
      (k) =>
        html`<li class="kind kind-${k}">
          <svg
            width="24"
            height="14"
            viewBox="0 0 24 14"
            aria-hidden="true"
            class=${k === 'scheduled' ? 'scheduled' : ''}
          >
            ${KIND_SWATCHES[k]}
          </svg>
          <span>${f.strings[KIND_TEXT[k]]}</span>
        </li>`,
    )}
  </ul>`;
}

/** A source's name, linked when it has a URL (a link that leaves the page opens safely in a new tab). */
export function sourceName(s: Source, f: Formatters, lang: string | undefined): TemplateResult {
  const name = html`<bdi>${f.text(s.name, lang)}</bdi>`;
  return s.url ? linkTemplate(s.url, name) : name;
}

/** The footer: the document's own sources, linked where they give a URL, and its credit. */
export function footerTemplate(model: TimelineModel, f: Formatters): TemplateResult | typeof nothing {
  const sources = model.sources ?? [];
  if (sources.length === 0 && model.credit === undefined) return nothing;
  const lang = model.language;
  return html`<footer part="footer">
    ${
      sources.length
        ? html`<p class="footer-sources">
            <span class="footer-label"
              >${sources.length > 1 ? f.strings.sourcesLabel : f.strings.sourceLabel}:</span
            >
            ${sources.map(
              (s, i) =>
                html`${i > 0 ? '; ' : ''}${sourceName(s, f, lang)}${
                  s.date ? html` <span class="nowrap">(<bdi>${f.date(s.date)}</bdi>)</span>` : nothing
                }`,
            )}
          </p>`
        : nothing
    }
    ${model.credit !== undefined ? html`<p class="credit"><bdi>${f.text(model.credit, lang)}</bdi></p>` : nothing}
  </footer>`;
}

/** How a template shows an event's image, and reports one that failed to load. */
export interface MediaContext {
  /** Addresses of images that failed to load: each is replaced by its caption. */
  readonly failed: ReadonlySet<string>;
  readonly onError: (url: string) => void;
}

export function linkTemplate(url: string, content: TemplateResult): TemplateResult {
  const external = isExternalUrl(url);
  return html`<a
    href=${url}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    >${content}</a
  >`;
}
