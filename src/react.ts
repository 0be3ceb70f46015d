/**
 * `<DrawdownTimeline>` for React, made with `@lit/react`: typed camelCase props (`data`,
 * `timeDirection`, `headingLevel`…) set as properties, and `onDrawdownSelect`-style event props.
 * Importing this module registers `<drawdown-timeline>`.
 *
 * ```tsx
 * import { DrawdownTimeline } from 'drawdown-timeline/react';
 * <DrawdownTimeline lang="ar" data={doc} onDrawdownSelect={(e) => setSelected(e.detail.id)} />;
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DrawdownTimeline as DrawdownTimelineElement } from './components/drawdown-timeline/define.js';
import type { DrawdownTimelineEventMap } from './components/drawdown-timeline/events.js';

type Handler<K extends keyof DrawdownTimelineEventMap> = EventName<DrawdownTimelineEventMap[K]>;

export const DrawdownTimeline = createComponent({
  react: React,
  tagName: 'drawdown-timeline',
  elementClass: DrawdownTimelineElement,
  displayName: 'DrawdownTimeline',
  events: {
    onDrawdownLoad: 'drawdown-load' as Handler<'drawdown-load'>,
    onDrawdownError: 'drawdown-error' as Handler<'drawdown-error'>,
    onDrawdownSelect: 'drawdown-select' as Handler<'drawdown-select'>,
    onDrawdownRangeChange: 'drawdown-range-change' as Handler<'drawdown-range-change'>,
  },
});

export type DrawdownTimelineProps = React.ComponentProps<typeof DrawdownTimeline>;
export type { DrawdownTimelineElement };
