#!/bin/sh
# Regenerates the mlir-opt outputs a dialect's golden tests compare with (DialectGoldens), in the
# current directory: regen-goldens.sh "FORM..." NAME...
#   NAME.custom.out     mlir-opt --allow-unregistered-dialect NAME.mlir
#   NAME.generic.out    ... --mlir-print-op-generic
#   NAME.debuginfo.out  ... --mlir-print-debuginfo
#   NAME.pretty.out     ... --mlir-print-debuginfo --mlir-pretty-debuginfo --mlir-print-local-scope
#   NAME.unique.out     ... --mlir-print-unique-ssa-ids
# then checks that mlir-opt --verify-diagnostics accepts invalid.mlir's expectations.
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
forms=$1
shift
for name in "$@"; do
  for form in $forms; do
    case $form in
      custom) flags= ;;
      generic) flags=--mlir-print-op-generic ;;
      debuginfo) flags=--mlir-print-debuginfo ;;
      pretty) flags="--mlir-print-debuginfo --mlir-pretty-debuginfo --mlir-print-local-scope" ;;
      unique) flags=--mlir-print-unique-ssa-ids ;;
      *) echo "regen-goldens.sh: unknown form $form" >&2; exit 1 ;;
    esac
    # shellcheck disable=SC2086 # flags holds several words
    "$MLIR_OPT" --allow-unregistered-dialect $flags "$name.mlir" >"$name.$form.out"
  done
done
"$MLIR_OPT" --allow-unregistered-dialect --split-input-file --verify-diagnostics invalid.mlir >/dev/null
echo "outputs regenerated; invalid.mlir's expectations hold for $("$MLIR_OPT" --version | sed -n 's/.*LLVM version //p')"
