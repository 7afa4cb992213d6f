#!/bin/sh
# Submits the sweep's array (array.sbatch) and the merge (merge.sbatch), which starts only once
# every task of the array has succeeded. Run it from anywhere in the checkout; the jobs run at its
# root, so relative paths (SWEEP, RESULTS) are relative to the root.
set -eu
cd "$(dirname "$0")/../.."
array=$(sbatch --parsable deploy/slurm/array.sbatch)
sbatch --dependency=afterok:"${array%%;*}" deploy/slurm/merge.sbatch
