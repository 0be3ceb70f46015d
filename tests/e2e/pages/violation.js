/**
 * The control for tests/e2e/csp.test.ts: under the same policy this page does what the element
 * must never do, once per kind of rule, and records the reports the same way csp.js does. If these
 * went unreported, "zero violations" on the real page would prove nothing.
 */
const report = { violations: [], attempts: [] };
window.__cspReport = report;

document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    report.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
  },
  true,
);

function attempt(name, action) {
  try {
    action();
    report.attempts.push({ name, threw: false });
  } catch (error) {
    report.attempts.push({ name, threw: true, message: String(error) });
  }
}

const target = document.createElement('div');
document.body.append(target);

// Markup from a string: what `innerHTML` or `unsafeHTML` with data would do.
attempt('innerHTML', () => {
  // eslint-disable-next-line no-restricted-syntax -- the deliberate violation this page exists for
  target.innerHTML = '<b>x</b>';
});
// Code from a string: what eval, new Function or d3.csvParse's row converter would do.
attempt('Function', () => {
  // eslint-disable-next-line no-restricted-syntax -- the deliberate violation this page exists for
  new Function('return 1')();
});
// An inline style attribute, which style-src 'self' forbids.
attempt('style attribute', () => {
  target.setAttribute('style', 'color: red');
});

// Reports are delivered as a task after the violation.
setTimeout(() => document.body.setAttribute('data-done', ''), 200);
