// The React wrapper, checked with tsc against the packed package.
import { DrawdownTimeline } from 'drawdown-timeline/react';

export const ok = (
  <DrawdownTimeline
    lang="ar"
    headingLevel={2}
    theme="dark"
    timeDirection="ltr"
    data={{ events: [{ id: 'a', start: '2024', title: 'A' }] }}
    onDrawdownSelect={(e) => e.detail.id?.toUpperCase()}
    onDrawdownRangeChange={(e) => e.detail.end.length}
  />
);

// @ts-expect-error: a misspelt prop is an error.
export const propTypo = <DrawdownTimeline headingLevl={2} />;

// @ts-expect-error: a misspelt event prop is an error.
export const eventTypo = <DrawdownTimeline onDrawdownSelct={() => undefined} />;

// @ts-expect-error: a value outside the literal union is an error.
export const wrongValue = <DrawdownTimeline theme="purple" />;

// @ts-expect-error: the event detail is typed.
export const wrongDetail = <DrawdownTimeline onDrawdownSelect={(e) => e.detail.id.toFixed()} />;
