// Checks Cypher statements with Neo4j's own front end (parser and semantic analysis, Cypher 5).
// Input: a JSON file holding [{ "name", "statement", "parameters" }]. Output: one line per diagnostic,
// then a summary line; exit code 1 when any statement has an error or a warning.
//
// The semantic analysis skips a whole map literal or CASE expression that holds a subquery expression
// (COLLECT {}, COUNT {}, EXISTS {}), and the statements CoopGraph sends are such maps and CASEs all the
// way down. So each statement is also analysed in an exposed form, with every map literal turned into a
// list of its values and every CASE into a list of its expressions: the same variables in the same
// scopes, where the analysis does look. That form changes value types, so type mismatches found only in
// it (a CASE used as a condition becomes a list) are not reported.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { parse } from './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';
import {
  MapContext, PropertiesContext, CaseExpressionContext, ExtendedCaseExpressionContext, ExpressionContext,
} from './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/generated-parser/CypherCmdParser.js';

const firstChar = (node) => (node.symbol ?? node.start)?.start;
const lastChar = (node) => (node.symbol ?? node.stop)?.stop;

function render(node, text) {
  if (node.symbol) {
    return node.symbol.type < 0 ? '' : text.slice(node.symbol.start, node.symbol.stop + 1);
  }

  if (node instanceof MapContext && !(node.parent instanceof PropertiesContext) && withinExpression(node)) {
    return '[' + node.expression().map((e) => render(e, text)).join(', ') + ']';
  }

  if (node instanceof CaseExpressionContext || node instanceof ExtendedCaseExpressionContext) {
    return '[' + outermostExpressions(node).map((e) => render(e, text)).join(', ') + ']';
  }

  let out = '';
  let previous = null;
  for (const child of node.children ?? []) {
    if (previous !== null && lastChar(previous) !== undefined && firstChar(child) !== undefined) {
      out += text.slice(lastChar(previous) + 1, firstChar(child));
    }

    out += render(child, text);
    previous = child;
  }

  return out;
}

// Maps outside expressions (index OPTIONS) are syntax, not values.
function withinExpression(node) {
  for (let up = node.parent; up; up = up.parent) {
    if (up instanceof ExpressionContext) {
      return true;
    }
  }

  return false;
}

function outermostExpressions(node) {
  const found = [];
  for (const child of node.children ?? []) {
    if (child instanceof ExpressionContext) {
      found.push(child);
    } else if (!child.symbol) {
      found.push(...outermostExpressions(child));
    }
  }

  return found;
}

function exposed(statement) {
  return parse(statement).map((tree) => render(tree, statement)).join(';');
}

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failing = 0;
for (const { name, statement, parameters } of statements) {
  const schema = { defaultLanguage: 'CYPHER 5', parameters: parameters ?? {} };
  const report = (form, text, diagnostics) => {
    for (const d of diagnostics) {
      const at = text.slice(Math.max(0, d.offsets.start - 40), d.offsets.end + 40).replace(/\s+/g, ' ');
      console.log(`${name} (${form}): ${d.severity === 1 ? 'error' : 'warning'}: ${d.message} … ${at} …`);
    }
  };
  const asSent = lintCypherQuery(statement, schema).diagnostics;
  const opened = exposed(statement);
  const inExposed = lintCypherQuery(opened, schema).diagnostics
    .filter((d) => !d.message.startsWith('Type mismatch') && !d.message.startsWith('Coercion of list to boolean'))
    .filter((d) => !asSent.some((s) => s.message === d.message));
  if (asSent.length + inExposed.length > 0) {
    failing++;
    report('as sent', statement, asSent);
    report('exposed', opened, inExposed);
  }
}

console.log(`checked ${statements.length} statements, ${failing} with diagnostics`);
process.exit(failing > 0 ? 1 : 0);
