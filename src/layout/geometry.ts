/** The plain shapes every layout object is made of: boxes, segments and axis ticks, in px. */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Tick {
  readonly time: number;
  readonly text: string;
  /** Ticks whose text was thinned out still draw a grid line. */
  readonly labelled: boolean;
  readonly grid: Segment;
  /** Where the text is anchored, and which physical side of the text sits at textX. */
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'left' | 'middle' | 'right';
}

/** SVG path data of a box: several boxes joined in one path are one element to draw. */
export function boxPath(b: Box): string {
  return `M${b.x},${b.y}h${b.width}v${b.height}h${-b.width}Z`;
}

export interface CompressedStretch {
  /** Shaded behind the stretch, on the ticks' side of the axis. */
  readonly box: Box;
  /** Where the axis breaks: the ends of the stretch that meet the focus, as points on the axis. */
  readonly breaks: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  /** The word that marks the stretch, centred at (x, y), when it fits. */
  readonly text?: { readonly x: number; readonly y: number; readonly text: string };
}
