#!/bin/sh
# Regenerates the mlir-opt outputs the test dialect golden tests compare with. Run from this directory.
#   F.custom.out   mlir-opt --allow-unregistered-dialect F.mlir   (F = syntax, typedefs)
#   F.generic.out  ... --mlir-print-op-generic
# and checks that mlir-opt --verify-diagnostics accepts the expectations of invalid.mlir and
# typedefs-invalid.mlir.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in syntax typedefs; do
  "$MLIR_OPT" --allow-unregistered-dialect $f.mlir >$f.custom.out
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic $f.mlir >$f.generic.out
done
# locations.mlir prints with debug info: F.debuginfo.out, F.local-scope.out (also
# --mlir-print-local-scope) and F.generic.out (also --mlir-print-op-generic).
"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo locations.mlir >locations.debuginfo.out
"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-local-scope locations.mlir >locations.local-scope.out
"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-op-generic locations.mlir >locations.generic.out
for f in invalid typedefs-invalid; do
  "$MLIR_OPT" --allow-unregistered-dialect --split-input-file --verify-diagnostics $f.mlir >/dev/null
done
echo "outputs regenerated; invalid.mlir's expectations hold for $("$MLIR_OPT" --version | sed -n 's/.*LLVM version //p')"
