#!/bin/sh
# Regenerates the mlir-opt outputs the cf golden tests compare with. Run from this directory.
exec ../regen-goldens.sh "custom generic debuginfo" syntax generic wide
