#!/usr/bin/env bash
# Answers the five questions of MODEL.md with the shipped scenarios; README's "The five
# questions" quotes what this prints. Run `npm run build` first. About 3 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
tiersim() { node dist/cli/main.js "$@"; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo '## 1. How many SEs per specialty for 90% of Sev B cases answered within 2 h?'
tiersim optimize scenarios/baseline.json --goal 'sla.attainment@severity:B>=0.9' --pools se --jobs 2 --quiet

echo '## 2. Two routers fewer: abandonment, and the load on escalation services'
tiersim compare scenarios/baseline.json scenarios/router-cut.json --jobs 2 --quiet

echo '## 3. One more 3rd-tier pod: server-down (Sev A) cases of tier3 customers'
tiersim compare scenarios/baseline.json scenarios/extra-pod.json --jobs 2 --format csv --quiet |
  grep -E '^kpi|severity:A/contract:tier3|contract:tier3|pool:pods|role:pod|cost.perWeek,all'

echo '## 4. A beta launch surge (days 14-21): daily mean backlog of beta and Problem Control'
tiersim run scenarios/beta-launch-surge.json --out "$out/surge" --jobs 2 --quiet >/dev/null
node -e '
const { readFileSync } = require("node:fs");
const daily = (file, pool) => {
  const sums = new Map();
  for (const line of readFileSync(file, "utf8").trim().split("\n").slice(1)) {
    const [, day, , p, , backlog] = line.split(",");
    if (p !== pool) continue;
    const s = sums.get(day) ?? [0, 0];
    s[0] += Number(backlog); s[1]++; sums.set(day, s);
  }
  return [...sums].map(([d, [b, n]]) => [Number(d), b / n]);
};
for (const pool of ["beta", "problemControl"]) {
  const rows = daily(process.argv[1] + "/surge/timeseries.csv", pool);
  console.log(pool + ": " + rows.filter(([d]) => d >= 10 && d % 2 === 0).map(([d, b]) => "day " + d + " " + b.toFixed(1)).join(", "));
}' "$out"

echo '## 5. The cheapest staffing that meets every SLA target'
tiersim optimize scenarios/baseline.json --jobs 2 --quiet
