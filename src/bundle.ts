/** Entry of the single-file bundle: everything inlined, and the element registered on import. */
export * from './define.js';
