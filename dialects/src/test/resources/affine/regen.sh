#!/bin/sh
# Regenerates the mlir-opt outputs the affine golden tests compare with. Run from this directory.
exec ../regen-goldens.sh "custom generic debuginfo pretty unique" loops memory parallel vector dma index
