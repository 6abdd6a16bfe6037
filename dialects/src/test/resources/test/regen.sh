#!/bin/sh
# Regenerates the mlir-opt outputs the test dialect golden tests compare with. Run from this directory.
#   syntax.custom.out   mlir-opt --allow-unregistered-dialect syntax.mlir
#   syntax.generic.out  ... --mlir-print-op-generic
# and checks that mlir-opt --verify-diagnostics accepts invalid.mlir's expectations.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
"$MLIR_OPT" --allow-unregistered-dialect syntax.mlir >syntax.custom.out
"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic syntax.mlir >syntax.generic.out
"$MLIR_OPT" --allow-unregistered-dialect --split-input-file --verify-diagnostics invalid.mlir >/dev/null
echo "outputs regenerated; invalid.mlir's expectations hold for $("$MLIR_OPT" --version | sed -n 's/.*LLVM version //p')"
