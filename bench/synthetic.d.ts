import type { TimelineDocument } from '../src/index.js';

export function random(seed: number): () => number;
export function syntheticDocument(count: number, seed?: number): TimelineDocument;
