import { syntheticDocument } from '../bench/synthetic.js';

const count = Number(new URLSearchParams(location.search).get('n') ?? 1000);
document.getElementById('dense').data = syntheticDocument(count, 7);
