// Validates an AsyncAPI document with the official parser (@asyncapi/parser), resolving its
// relative $refs (the JSON Schemas beside it). Prints one JSON line per diagnostic of severity
// error or warning and exits 1 when there is an error. Run by AsyncApiContractTest:
//   NODE_PATH=<parser install>/node_modules node validate-asyncapi.cjs deploy/events/asyncapi.yaml
const fs = require('fs');
const path = require('path');
const { Parser, fromFile } = require('@asyncapi/parser');

async function main() {
  const file = path.resolve(process.argv[2]);
  const parser = new Parser();
  const { document, diagnostics } = await fromFile(parser, file).parse({ validateOptions: { allowedSeverity: { warning: true } } });
  // severity: 0 error, 1 warning, 2 information, 3 hint
  const findings = diagnostics.filter(d => d.severity <= 1);
  for (const d of findings) {
    console.log(JSON.stringify({ code: d.code, severity: d.severity, path: d.path.join('/'), message: d.message }));
  }
  if (!document || findings.some(d => d.severity === 0)) {
    process.exit(1);
  }
  console.log(JSON.stringify({ ok: true, channels: document.channels().length, operations: document.operations().length, messages: document.messages().length }));
}

main().catch(e => { console.log(JSON.stringify({ code: 'crash', severity: 0, message: String(e && e.stack || e) })); process.exit(1); });
