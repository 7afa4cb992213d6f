#!/usr/bin/env bash
# Prints the outputs README.md quotes, each after the command as README shows it (run from the
# repository root in a temporary folder for the written files). Run `npm run build` first; about
# 5 minutes on two cores. scripts/five-questions.sh prints the five questions' answers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tiersim() { (cd "$root" && node dist/cli/main.js "$@"); }
show() {
  echo "\$ npx tiersim $*"
  tiersim "$@" --quiet
  echo
}
show run scenarios/baseline.json
# Numbers that do not flatter: an unstable pool's warning, and the resolution mean against the
# run length (Kaplan-Meier).
echo "\$ npx tiersim run scenarios/understaffed-tier1.json --reps 4 --jobs 2"
tiersim run scenarios/understaffed-tier1.json --reps 4 --jobs 2 --quiet 2>&1 >/dev/null | grep 'warning'
for days in 21 35 56; do
  echo "\$ npx tiersim run scenarios/baseline.json --days $days --reps 6 --format csv | grep resolution.mean,all"
  tiersim run scenarios/baseline.json --days "$days" --reps 6 --jobs 2 --format csv --quiet | grep '^resolution.mean,all,'
done
echo
show run scenarios/baseline.json scenarios/router-cut.json scenarios/extra-pod.json \
  scenarios/understaffed-tier1.json scenarios/beta-launch-surge.json --out "$work/results" --jobs 2
show sweep scenarios/sweeps/xadm-teams-by-volume.json --out "$work/sweep" --jobs 2
show compare scenarios/baseline.json scenarios/understaffed-tier1.json --jobs 2
show optimize scenarios/baseline.json --jobs 2 --out "$work/optimized"
