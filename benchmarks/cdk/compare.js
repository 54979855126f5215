// Compares rudder-iam's minimized policies with aws-cdk-lib's PolicyDocument minimize.
// Input: a directory of NAME.json (original) and NAME.rudder-iam.json (rudder-iam's minimized form), as written
// by dev.rudderiam.benchmarks.CatalogRoles. Output: a Markdown table of sizes (characters without white space,
// as IAM counts them); the exit code is 1 when rudder-iam's form is larger than CDK's for any policy.
// Usage: npm install && node compare.js DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { App, Stack } = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const dir = process.argv[2] || path.join(__dirname, 'out');
const size = (value) => JSON.stringify(value).replace(/\s/g, '').length;
const stack = new Stack(new App(), 'Compare');

function cdkMinimized(document) {
  const statements = [].concat(document.Statement).map((s) => iam.PolicyStatement.fromJson(s));
  const minimized = new iam.PolicyDocument({ minimize: true, statements });
  // The document is a token: CDK minimizes it while resolving it, as it does when synthesizing a template.
  return stack.resolve(minimized);
}

const rows = [];
let worse = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.rudder-iam.json')).sort()) {
  const name = file.slice(0, -'.json'.length);
  const original = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const ours = JSON.parse(fs.readFileSync(path.join(dir, name + '.rudder-iam.json'), 'utf8'));
  const cdk = cdkMinimized(original);
  const row = { name, original: size(original), ours: size(ours), cdk: size(cdk),
    statements: [].concat(original.Statement).length, oursStatements: [].concat(ours.Statement).length,
    cdkStatements: [].concat(cdk.Statement).length };
  if (row.ours > row.cdk) {
    worse++;
  }
  rows.push(row);
}

console.log('| Destinations | Original (statements) | rudder-iam | aws-cdk-lib minimize |');
console.log('|---|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.original} (${r.statements}) | ${r.ours} (${r.oursStatements}) | ${r.cdk} (${r.cdkStatements}) |`);
}
const total = (key) => rows.reduce((sum, r) => sum + r[key], 0);
console.log(`| **all ${rows.length}** | ${total('original')} | ${total('ours')} | ${total('cdk')} |`);
console.log(`\nrudder-iam larger than CDK: ${worse} of ${rows.length}`);
process.exit(worse > 0 ? 1 : 0);
