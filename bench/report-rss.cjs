// Preloaded with `node --require` so any script reports its peak resident memory on exit.
'use strict';
process.on('exit', () => {
  process.stderr.write(`@@maxRSS ${process.resourceUsage().maxRSS}\n`);
});
