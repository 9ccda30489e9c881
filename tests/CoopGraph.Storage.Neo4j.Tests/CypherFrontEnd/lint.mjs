// Checks Cypher statements with Neo4j's own front end (parser and semantic analysis, Cypher 5).
// Input: a JSON file holding [{ "name", "statement", "parameters" }]. Output: one line per statement
// with diagnostics, then a summary line; exit code 1 when any statement has an error or a warning.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failing = 0;
for (const { name, statement, parameters } of statements) {
  const { diagnostics } = lintCypherQuery(statement, { defaultLanguage: 'CYPHER 5', parameters: parameters ?? {} });
  if (diagnostics.length > 0) {
    failing++;
    for (const d of diagnostics) {
      const at = statement.slice(Math.max(0, d.offsets.start - 40), d.offsets.end + 40).replace(/\s+/g, ' ');
      console.log(`${name}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message} … ${at} …`);
    }
  }
}

console.log(`checked ${statements.length} statements, ${failing} with diagnostics`);
process.exit(failing > 0 ? 1 : 0);
