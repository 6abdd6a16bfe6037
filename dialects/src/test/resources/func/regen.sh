#!/bin/sh
# Regenerates the mlir-opt outputs the func golden tests compare with. Run from this directory.
exec ../regen-goldens.sh "custom generic debuginfo pretty unique" syntax generic names
