#!/usr/bin/env bash
# Regenerates the goldens of IntegerFoldGoldenTest and ArithCanonicalizeTest with mlir-opt 22:
# <input>.canon.out is `mlir-opt --canonicalize <input>.mlir`; locations.debuginfo.out also
# prints locations. consts.mlir and random.mlir come from gen_consts.py and gen_random.py.
set -euo pipefail
cd "$(dirname "$0")"
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  "$MLIR_OPT" --canonicalize "$f" -o "${f%.mlir}.canon.out"
done
"$MLIR_OPT" --canonicalize --mlir-print-debuginfo --mlir-print-local-scope locations.mlir \
  -o locations.debuginfo.out
