/**
 * JSX typings for React 19, which sets properties and listens to custom events on custom
 * elements: `import type {} from 'drawdown-timeline/jsx'` once, then
 * `<drawdown-timeline lang="ar" data={doc} ondrawdown-select={(e) => e.detail.id} />` type-checks.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DrawdownErrorDetail,
  DrawdownLoadDetail,
  DrawdownRangeChangeDetail,
  DrawdownSelectDetail,
  DrawdownTimeline,
} from './components/drawdown-timeline/drawdown-timeline.js';

export interface DrawdownTimelineProps extends DetailedHTMLProps<
  HTMLAttributes<DrawdownTimeline>,
  DrawdownTimeline
> {
  src?: string;
  data?: DrawdownTimeline['data'];
  'time-direction'?: DrawdownTimeline['timeDirection'];
  orientation?: DrawdownTimeline['orientation'];
  numbering?: DrawdownTimeline['numbering'];
  calendar?: DrawdownTimeline['calendar'];
  selected?: string;
  start?: string;
  end?: string;
  'heading-level'?: number;
  view?: DrawdownTimeline['view'];
  series?: string;
  categories?: string;
  theme?: DrawdownTimeline['theme'];
  'no-zoom'?: boolean;
  export?: boolean;
  class?: string;
  'ondrawdown-load'?: (event: CustomEvent<DrawdownLoadDetail>) => void;
  'ondrawdown-error'?: (event: CustomEvent<DrawdownErrorDetail>) => void;
  'ondrawdown-select'?: (event: CustomEvent<DrawdownSelectDetail>) => void;
  'ondrawdown-range-change'?: (event: CustomEvent<DrawdownRangeChangeDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'drawdown-timeline': DrawdownTimelineProps;
    }
  }
}
