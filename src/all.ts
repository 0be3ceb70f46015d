/** Entry of `drawdown-timeline.all.js`: one self-contained file with everything, registered on import. */
export * from './define.js';
