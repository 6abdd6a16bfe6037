#!/usr/bin/env bash
# Makes the goldens of PassPipelineGoldenTest with mlir-opt 22: for each line of cases.tsv,
# mlir-opt FLAGS - < INPUT > NAME.stdout 2> NAME.stderr, exit code in NAME.rc. mlir-opt names
# itself in command-line errors; the goldens say jmlir-opt there. For a case named *-threaded,
# mlir-opt runs without threads: its output from ops run in parallel comes in any order, while
# jmlir-opt's comes in op order with threads or without.
set -u
cd "$(dirname "$0")"
while IFS=$'\t' read -r -a fields; do
  [[ ${#fields[@]} -eq 0 || ${fields[0]} == \#* ]] && continue
  name=${fields[0]} input=${fields[1]}
  serial=()
  [[ $name == *-threaded ]] && serial=(--mlir-disable-threading)
  mlir-opt "${fields[@]:2}" "${serial[@]}" - < "$input" > "$name.stdout" 2> "$name.stderr"
  echo $? > "$name.rc"
  sed -i 's/^mlir-opt: /jmlir-opt: /' "$name.stderr"
done < cases.tsv
