#!/bin/bash
# Regenerates the goldens from mlir-opt 22: for each line of cases.txt, stdout goes to
# GOLDEN and the diagnostic lines of stderr ("file:line:col: error|note: ...") to GOLDEN.diag.
set -e
cd "$(dirname "$0")"
OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
grep -v '^#' cases.txt | while IFS='|' read -r input flags golden; do
  input=$(echo $input); golden=$(echo $golden)
  $OPT --allow-unregistered-dialect --split-input-file $flags "$input" > "$golden" 2> "$golden.stderr" || true
  grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|note|warning): ' "$golden.stderr" > "$golden.diag" || true
  rm -f "$golden.stderr"
done
