/**
 * Records what the strict-CSP page does, for tests/e2e/csp.test.ts to read: every
 * securitypolicyviolation (they bubble and cross shadow roots, so the document sees them all) and
 * every drawdown-load / drawdown-error. A separate file, because the policy forbids inline script.
 */
const report = { violations: [], loads: [], errors: [] };
window.__cspReport = report;

document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    report.violations.push({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
      line: e.lineNumber,
    });
  },
  true,
);
document.addEventListener('drawdown-load', (e) => {
  report.loads.push({ id: e.target.id, events: e.detail.events.length, issues: e.detail.issues.length });
});
document.addEventListener('drawdown-error', (e) => {
  report.errors.push({ id: e.target.id, status: e.detail.status, issues: e.detail.issues });
});
