import { syntheticDocument } from '../tests/fixtures/synthetic.js';

const count = Number(new URLSearchParams(location.search).get('n') ?? 1000);
document.getElementById('dense').data = syntheticDocument(count, 7);
