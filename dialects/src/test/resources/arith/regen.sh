#!/bin/sh
# Regenerates mlir-opt's outputs for the inputs here. Run from this directory.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for name in ops names; do
  "$MLIR_OPT" --allow-unregistered-dialect "$name.mlir" >"$name.custom.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic "$name.mlir" >"$name.generic.out"
done
