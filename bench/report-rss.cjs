// Preloaded with `node --require` so any script reports its peak resident memory (KB) and the CPU
// time of the process (user + system, microseconds, all threads) on exit.
'use strict';
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`@@maxRSS ${usage.maxRSS}\n@@cpu ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
