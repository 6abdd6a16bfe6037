#!/usr/bin/env bash
# Regenerates the goldens of IntegerFoldGoldenTest with mlir-opt 22: <input>.canon.out is
# `mlir-opt --canonicalize <input>.mlir`. consts.mlir itself comes from gen_consts.py.
set -euo pipefail
cd "$(dirname "$0")"
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  "$MLIR_OPT" --canonicalize "$f" -o "${f%.mlir}.canon.out"
done
