// Runs the graphql-http server audit against a live endpoint and prints every result.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql
// Exit code: 0 when every MUST audit passes, 1 when one fails, 2 when the audit could not run.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url });
} catch (error) {
  console.error(`the audit could not run against ${url}: ${error?.message ?? error}`);
  process.exit(2);
}

const oneLine = text => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const levelOf = name => name.split(' ')[0];
const order = { error: 0, warn: 1, notice: 2, ok: 3 };
results.sort((a, b) => order[a.status] - order[b.status] || a.id.localeCompare(b.id));

console.log('| id | level | result | audit | reason |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.id} | ${levelOf(r.name)} | ${r.status} | ${oneLine(r.name)} | ${oneLine(r.reason)} |`);
}

const count = status => results.filter(r => r.status === status).length;
console.log();
console.log(`${count('ok')} ok, ${count('warn')} warn (SHOULD), ${count('notice')} notice (MAY), ${count('error')} error (MUST) of ${results.length} audits`);
process.exit(count('error') > 0 ? 1 : 0);
