/** Importing this module registers `<drawdown-timeline>`. */
export * from './components/drawdown-timeline/define.js';
export * from './index.js';
