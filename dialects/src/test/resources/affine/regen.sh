#!/bin/sh
# Regenerates the mlir-opt outputs the affine golden tests compare with. Run from this directory.
#   NAME.custom.out     mlir-opt --allow-unregistered-dialect NAME.mlir
#   NAME.generic.out    ... --mlir-print-op-generic
#   NAME.debuginfo.out  ... --mlir-print-debuginfo
#   NAME.pretty.out     ... --mlir-print-debuginfo --mlir-pretty-debuginfo --mlir-print-local-scope
#   NAME.unique.out     ... --mlir-print-unique-ssa-ids
# and checks that mlir-opt --verify-diagnostics accepts invalid.mlir's expectations.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for name in loops memory parallel vector dma index; do
  "$MLIR_OPT" --allow-unregistered-dialect "$name.mlir" >"$name.custom.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic "$name.mlir" >"$name.generic.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo "$name.mlir" >"$name.debuginfo.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo --mlir-pretty-debuginfo \
    --mlir-print-local-scope "$name.mlir" >"$name.pretty.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-unique-ssa-ids "$name.mlir" >"$name.unique.out"
done
"$MLIR_OPT" --allow-unregistered-dialect --split-input-file --verify-diagnostics invalid.mlir >/dev/null
echo "outputs regenerated; invalid.mlir's expectations hold for $("$MLIR_OPT" --version | sed -n 's/.*LLVM version //p')"
