import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ARITHMETIC = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
]);

/** Every arithmetic expression in a source text (operators, negated values, `Math` calls), with its line. */
function arithmetic(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && ARITHMETIC.has(node.operatorToken.kind)) found.push(at(node));
    // A negative number written as such (`-1`) is a value; negating a variable is arithmetic.
    if (
      ts.isPrefixUnaryExpression(node) &&
      node.operator === ts.SyntaxKind.MinusToken &&
      !ts.isNumericLiteral(node.operand)
    )
      found.push(at(node));
    if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      node.operator !== ts.SyntaxKind.MinusToken &&
      node.operator !== ts.SyntaxKind.ExclamationToken
    )
      found.push(at(node));
    if (ts.isPropertyAccessExpression(node) && node.expression.getText() === 'Math') found.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('templates', () => {
  it('do no arithmetic: every number they draw comes from the layout', () => {
    expect(arithmetic('src/components/drawdown-timeline/templates.ts')).toEqual([]);
    expect(arithmetic('src/components/drawdown-timeline/controls.ts')).toEqual([]);
    expect(arithmetic('src/components/drawdown-timeline/figure.ts')).toEqual([]);
  });

  it('nor does the element that wires them: its numbers come from layout and the controllers', () => {
    expect(arithmetic('src/components/drawdown-timeline/drawdown-timeline.ts')).toEqual([]);
  });

  it('the check finds arithmetic where there is some', () => {
    expect(arithmetic('src/layout/tooltip.ts').length).toBeGreaterThan(3);
  });
});
