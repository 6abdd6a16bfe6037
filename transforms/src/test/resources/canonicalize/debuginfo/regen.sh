#!/usr/bin/env bash
# Regenerates the goldens of CanonicalizeDebugInfoTest with mlir-opt 22: for each float input of
# the parent directory but the large float-random.mlir, and each mode, what
# `mlir-opt -allow-unregistered-dialect -canonicalize=<mode> --mlir-print-debuginfo --mlir-print-local-scope`
# printed, run from the parent directory so that file locations name the bare file.
set -euo pipefail
cd "$(dirname "$0")/.."
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for name in float-elements float-locations float-more float-patterns float-scalar float-sparse; do
  for mode in default:"" bottom-up:"top-down=false" no-region-simplify:"region-simplify=disabled"; do
    "$MLIR_OPT" -allow-unregistered-dialect -canonicalize="${mode#*:}" --mlir-print-debuginfo --mlir-print-local-scope \
      "$name.mlir" -o "debuginfo/$name.${mode%%:*}.expected"
  done
done
