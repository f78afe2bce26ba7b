/* eslint-disable no-undef */
// Runs the compiled CLI (dist/cli/ekv.js) in this process, as bin/ekv.js does, and reports on
// stderr, as its last line, the exit code and this process's peak memory (maxRSS), for the
// benchmarks. Output is counted, not printed.
const path = require("path");

const { run } = require(path.join(__dirname, "..", "dist", "cli", "ekv.js"));
let chars = 0;
run(process.argv.slice(2), {
  stdout: (t) => {
    chars += t.length;
  },
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stderr.write(`@@meting ${JSON.stringify({ code, maxRssKb, chars })}\n`);
  process.exitCode = code;
});
