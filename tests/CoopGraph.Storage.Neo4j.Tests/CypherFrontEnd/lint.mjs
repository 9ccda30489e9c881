// Checks Cypher statements with Neo4j's own front end (parser and semantic analysis, Cypher 5).
// Input: a JSON file holding [{ "name", "statement", "parameters" }]. Output: one line per diagnostic,
// then a summary line; exit code 1 when any statement has an error or a warning.
//
// The semantic analysis gives up on a whole statement when a map literal or CASE expression holds a
// subquery expression (COLLECT {}, COUNT {}, EXISTS {}) or a pattern comprehension, and the statements
// CoopGraph sends are such maps and CASEs all the way down. So each statement is also analysed in an
// exposed form that keeps every variable in its scope and every value its type: a map literal becomes a
// map projection of a fresh variable, [m IN [{}] | m {k: v}][0]; a CASE becomes the first of its results
// whose condition holds, [c IN [r1, r2, else] WHERE (w1) OR (w2)][0]. A variable no statement can define
// is added to the exposed form's RETURN: its absence from the report would mean the analysis did not run.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { parse } from './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';
import {
  MapContext, PropertiesContext, CaseExpressionContext, ExtendedCaseExpressionContext, ExpressionContext,
} from './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/generated-parser/CypherCmdParser.js';

const CANARY = 'coopgraphLintCanary';
const firstChar = (node) => (node.symbol ?? node.start)?.start;
const lastChar = (node) => (node.symbol ?? node.stop)?.stop;
const source = (node, text) => text.slice(firstChar(node), lastChar(node) + 1);

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

class Exposer {
  constructor(text) {
    this.text = text;
    this.fresh = 0;
    this.problems = [];
  }

  render(node) {
    const text = this.text;
    if (node.symbol) {
      return node.symbol.type < 0 ? '' : text.slice(node.symbol.start, node.symbol.stop + 1);
    }

    if (node instanceof PropertiesContext && /\b(COLLECT|COUNT|EXISTS)\s*\{|\[\s*\(/i.test(source(node, text))) {
      this.problems.push(`a subquery or pattern comprehension inside a property map is not analysed: ${source(node, text).slice(0, 80)}`);
    }

    if (node instanceof MapContext && !(node.parent instanceof PropertiesContext) && withinExpression(node) && node.expression().length > 0) {
      const keys = node.propertyKeyName();
      const variable = `__m${this.fresh++}`;
      const entries = node.expression().map((value, i) => `${source(keys[i], text)}: ${this.render(value)}`);
      return `[${variable} IN [{}] | ${variable} {${entries.join(', ')}}][0]`;
    }

    if (node instanceof CaseExpressionContext) {
      const alternatives = node.caseAlternative();
      const results = alternatives.map((a) => this.render(a.expression(1)));
      results.push(node.ELSE() ? this.render(node.expression()) : 'null');
      const conditions = alternatives.map((a) => `(${this.render(a.expression(0))})`);
      return `[__c${this.fresh++} IN [${results.join(', ')}] WHERE ${conditions.join(' OR ')}][0]`;
    }

    if (node instanceof ExtendedCaseExpressionContext) {
      // CASE x WHEN v THEN r: the results keep their types; the subject and the compared values are
      // still analysed, as a list that must not be null.
      const alternatives = node.extendedCaseAlternative();
      const results = alternatives.map((a) => outermostExpressions(a).at(-1));
      const direct = (node.children ?? []).filter((c) => c instanceof ExpressionContext);
      const otherwise = node.ELSE() ? direct.at(-1) : null;
      const others = outermostExpressions(node).filter((e) => !results.includes(e) && e !== otherwise);
      const rendered = results.map((e) => this.render(e));
      rendered.push(otherwise ? this.render(otherwise) : 'null');
      return `[__c${this.fresh++} IN [${rendered.join(', ')}] WHERE [${others.map((e) => this.render(e)).join(', ')}] IS NOT NULL][0]`;
    }

    let out = '';
    let previous = null;
    for (const child of node.children ?? []) {
      if (previous !== null && lastChar(previous) !== undefined && firstChar(child) !== undefined) {
        out += text.slice(lastChar(previous) + 1, firstChar(child));
      }

      out += this.render(child);
      previous = child;
    }

    return out;
  }
}

function report(name, form, text, diagnostics) {
  for (const d of diagnostics) {
    const at = text.slice(Math.max(0, d.offsets.start - 40), d.offsets.end + 40).replace(/\s+/g, ' ');
    console.log(`${name} (${form}): ${d.severity === 1 ? 'error' : 'warning'}: ${d.message} … ${at} …`);
  }
}

// Neo4j's built-in functions, as the package records them from a Neo4j 5 server (its test schema), without
// the namespaced ones of plugins (apoc.*, gds.*): a misspelt function or a plugin's is reported.
const builtInFunctions = Object.fromEntries(
  Object.entries(testData.mockSchema.functions['CYPHER 5']).filter(([name]) => !name.includes('.')));

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failing = 0;
for (const { name, statement, parameters } of statements) {
  const schema = { defaultLanguage: 'CYPHER 5', parameters: parameters ?? {}, functions: { 'CYPHER 5': builtInFunctions } };
  const asSent = lintCypherQuery(statement, schema).diagnostics;
  const exposer = new Exposer(statement);
  let exposed = parse(statement).map((tree) => exposer.render(tree)).join(';');
  // A read ends in one RETURN; a UNION's parts must return the same columns, and writes may return nothing.
  const returnsValue = /\bRETURN\b/i.test(exposed) && !/\b(UNION|CREATE|MERGE|SET|DELETE|REMOVE)\b/i.test(exposed);
  if (returnsValue) {
    exposed += `, ${CANARY} AS ${CANARY}`;
  }

  let inExposed = lintCypherQuery(exposed, schema).diagnostics;
  const canary = inExposed.filter((d) => d.message.includes(CANARY));
  inExposed = inExposed.filter((d) => !d.message.includes(CANARY) && !asSent.some((s) => s.message === d.message));
  const problems = [...exposer.problems];
  if (returnsValue && canary.length === 0 && asSent.length === 0) {
    problems.push('the semantic analysis did not run on the exposed form');
  }

  if (asSent.length + inExposed.length + problems.length > 0) {
    failing++;
    report(name, 'as sent', statement, asSent);
    report(name, 'exposed', exposed, inExposed);
    for (const problem of problems) {
      console.log(`${name}: error: ${problem}`);
    }
  }
}

console.log(`checked ${statements.length} statements, ${failing} with diagnostics`);
process.exit(failing > 0 ? 1 : 0);
