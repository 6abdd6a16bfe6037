#!/bin/sh
# Regenerates NAME.out from mlir-opt for every NAME.mlir here; the options come from the
# "// ARGS:" first line of each input. Run from this directory.
set -u
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for input in *.mlir; do
  name=${input%.mlir}
  args=$(head -n 1 "$input" | sed -n 's|^// ARGS:||p')
  # shellcheck disable=SC2086
  "$MLIR_OPT" "$input" $args >"$name.out" 2>&1 || echo "mlir-opt failed on $input" >&2
done
