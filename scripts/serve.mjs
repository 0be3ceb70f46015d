/**
 * A static file server for the examples and the benchmark: `node scripts/serve.mjs [port]`,
 * then open http://127.0.0.1:8080/examples/. Binds to 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // An SVG image sent as application/octet-stream is not drawn.
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const fixtures = join(root, 'tests', 'fixtures');

/**
 * The shared fixtures are TypeScript (tests and stories import them as such); a page of the
 * benchmark or the examples asks for `tests/fixtures/NAME.js` and gets NAME.ts with its types
 * stripped. Undefined for any other file.
 */
async function typescriptFixture(file) {
  if (!file.startsWith(fixtures) || extname(file) !== '.js') return undefined;
  let source;
  try {
    source = await readFile(file.replace(/\.js$/, '.ts'), 'utf8');
  } catch {
    return undefined;
  }
  const { default: ts } = await import('typescript');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/**
 * Serves the repository. `headers` are added to every answer; as a function of the request path
 * and the file served (`(path, file) => headers`) they can differ per page, e.g. a CSP for HTML
 * documents only.
 */
export function serve(port = 8080, headers = {}) {
  const extra = typeof headers === 'function' ? headers : () => headers;
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const fixture = await typescriptFixture(file);
      if (fixture !== undefined) {
        res.writeHead(200, { 'content-type': types['.js'], ...extra(path, file) });
        res.end(fixture);
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...extra(path, file),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  await serve(port);
  console.log(`Serving ${root} at http://127.0.0.1:${port}/examples/`);
}
