#!/bin/sh
# Regenerates the mlir-opt outputs the cf golden tests compare with. Run from this directory.
#   NAME.custom.out     mlir-opt --allow-unregistered-dialect NAME.mlir
#   NAME.generic.out    ... --mlir-print-op-generic
#   NAME.debuginfo.out  ... --mlir-print-debuginfo
# and checks that mlir-opt --verify-diagnostics accepts invalid.mlir's expectations.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for name in syntax generic wide; do
  "$MLIR_OPT" --allow-unregistered-dialect "$name.mlir" >"$name.custom.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic "$name.mlir" >"$name.generic.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo "$name.mlir" >"$name.debuginfo.out"
done
"$MLIR_OPT" --allow-unregistered-dialect --split-input-file --verify-diagnostics invalid.mlir >/dev/null
echo "outputs regenerated; invalid.mlir's expectations hold for $("$MLIR_OPT" --version | sed -n 's/.*LLVM version //p')"
