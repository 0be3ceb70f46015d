import { isServer, type CSSResult, type CSSResultOrNative } from 'lit';
import { detailsChunk } from './details-chunk.js';
import { overviewChunk } from './overview-chunk.js';
import { tooltipChunk } from './tooltip-chunk.js';

/**
 * The card's and the list's, the overview strip's and a tooltip's own rules come with their
 * chunks. Once one is here its rules join the element's sheets after its own, as if one sheet:
 * for every element created from then on (a server renders them too, the npm entry having them
 * from the start) and, added to its adopted sheets, for an element already drawn. One per element:
 * it owns which of the rules that element's shadow root has.
 */
export class ChunkStyles {
  private readonly styled = new Set<CSSResult>();

  /** `sheets`: the element class's own sheets, which every element created later adopts. */
  constructor(private readonly sheets: () => CSSResultOrNative[]) {}

  /** A shadow root was just made: it adopted every sheet the class has, the chunks' here too. */
  rooted(): void {
    for (const rules of arrived()) this.styled.add(rules);
  }

  /** Adds the rules of chunks that arrived to the class's sheets and to `root` (when drawn). */
  adopt(root: ShadowRoot | undefined): void {
    const all = this.sheets();
    for (const rules of arrived()) {
      if (!all.includes(rules)) all.push(rules);
      if (isServer || !root || this.styled.has(rules)) continue;
      this.styled.add(rules);
      const sheet = rules.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      else root.append(Object.assign(document.createElement('style'), { textContent: rules.cssText }));
    }
  }
}

/** The own rules of the chunks that have arrived. */
function arrived(): CSSResult[] {
  return [
    detailsChunk.module?.detailsStyles,
    overviewChunk.module?.overviewStyles,
    tooltipChunk.module?.tooltipStyles,
  ].filter((rules) => rules !== undefined);
}
