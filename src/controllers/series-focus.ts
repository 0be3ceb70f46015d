/**
 * The series track's own roving tab stop. Tab reaches the track once; the arrow keys that run
 * along the track move from figure to figure in time order (the arrow pointing the way time is
 * drawn goes forward), Home and End go to the first and last figure, and up and down go to the
 * other series. Keys the track handles stop there, so they never move the events' tab stop too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { seriesTargets, type TrackTargets } from '../layout/series-targets.js';
import type { SeriesTrack } from '../layout/series.js';

/** A figure on the track: the series' index among the drawn ones, and the observation's instant. */
export interface SeriesStop {
  readonly series: number;
  readonly time: number;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The track as the keyboard reaches it: its targets, the tab stop and the handlers. */
export interface SeriesReach {
  readonly track: SeriesTrack;
  readonly targets: TrackTargets;
  /** The figure holding the track's tab stop. */
  readonly active: SeriesStop | undefined;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onFocus: (e: FocusEvent) => void;
}

export class SeriesFocusController implements ReactiveController {
  private stop?: SeriesStop;
  /** The targets of the last track asked for, made once per track. */
  private made?: { track: SeriesTrack; targets: TrackTargets };

  constructor(
    private readonly host: Host,
    /** The track as drawn now, if there is one. */
    private readonly track: () => SeriesTrack | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The track as drawn now, as the keyboard and assistive technology reach it; none without one. */
  reach(): SeriesReach | undefined {
    const targets = this.targets();
    if (!targets) return undefined;
    return {
      track: this.made!.track,
      targets,
      active: this.active(targets),
      onKeydown: this.onKeydown,
      onFocus: this.onFocus,
    };
  }

  private targets(): TrackTargets | undefined {
    const track = this.track();
    if (!track) return undefined;
    if (this.made?.track !== track) this.made = { track, targets: seriesTargets(track) };
    return this.made.targets;
  }

  /** The figure holding the track's tab stop: the last one reached while drawn, else the first. */
  active(t: TrackTargets): SeriesStop | undefined {
    const stop = this.stop;
    if (stop && t.lines.some((l) => l.index === stop.series && l.targets.some((g) => g.time === stop.time)))
      return stop;
    const line = t.lines.find((l) => l.targets.length > 0);
    return line ? { series: line.index, time: line.targets[0]!.time } : undefined;
  }

  readonly onFocus = (e: FocusEvent): void => {
    const node = (e.target as Element | null)?.closest?.('[data-series-index][data-time]');
    if (!node) return;
    this.stop = {
      series: Number(node.getAttribute('data-series-index')),
      time: Number(node.getAttribute('data-time')),
    };
    this.host.requestUpdate();
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    const t = this.targets();
    const from = t && this.active(t);
    if (!t || !from) return;
    const lines = t.lines.filter((l) => l.targets.length > 0);
    const at = lines.findIndex((l) => l.index === from.series);
    const line = lines[at];
    if (!line) return;
    const i = line.targets.findIndex((g) => g.time === from.time);
    const forward = t.forward === 'right' ? 'ArrowRight' : 'ArrowLeft';
    const back = t.forward === 'right' ? 'ArrowLeft' : 'ArrowRight';
    let to: SeriesStop | undefined;
    const within = (index: number) => {
      const target = line.targets[Math.max(0, Math.min(line.targets.length - 1, index))]!;
      return { series: line.index, time: target.time };
    };
    switch (e.key) {
      case forward:
        to = within(i + 1);
        break;
      case back:
        to = within(i - 1);
        break;
      case 'Home':
        to = within(0);
        break;
      case 'End':
        to = within(line.targets.length - 1);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const other = lines[at + (e.key === 'ArrowDown' ? 1 : -1)];
        if (!other) {
          to = from;
          break;
        }
        // The other series' figure nearest in time to this one.
        let best = other.targets[0]!;
        for (const g of other.targets)
          if (Math.abs(g.time - from.time) < Math.abs(best.time - from.time)) best = g;
        to = { series: other.index, time: best.time };
        break;
      }
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    this.focus(to);
  };

  private focus(stop: SeriesStop): void {
    this.stop = stop;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot
        .querySelector<SVGGElement>(`[data-series-index="${stop.series}"][data-time="${stop.time}"]`)
        ?.focus();
    });
  }
}
