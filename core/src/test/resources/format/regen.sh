#!/bin/sh
# Regenerates mlir-opt's outputs for the inputs here. Run from this directory.
set -u
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
# Inputs whose IR verifies.
for name in ops named; do
  "$MLIR_OPT" --allow-unregistered-dialect "$name.mlir" >"$name.custom.out"
  "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic "$name.mlir" >"$name.generic.out"
done
# Inputs that only check syntax: verification is skipped (ops out of their usual context).
unsafe="--mlir-very-unsafe-disable-verifier-on-parsing --mlir-print-assume-verified"
for name in unverified; do
  # shellcheck disable=SC2086
  "$MLIR_OPT" --allow-unregistered-dialect $unsafe "$name.mlir" >"$name.custom.out"
  # shellcheck disable=SC2086
  "$MLIR_OPT" --allow-unregistered-dialect $unsafe --mlir-print-op-generic "$name.mlir" >"$name.generic.out"
done
# Inputs with errors, one per chunk.
for name in errors; do
  "$MLIR_OPT" --allow-unregistered-dialect --split-input-file "$name.mlir" >/dev/null 2>"$name.stderr"
done
