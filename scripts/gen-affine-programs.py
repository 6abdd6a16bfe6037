#!/usr/bin/env python3
"""Writes random functions of affine ops and mlir-opt 22's canonicalized output for each.

Each function nests affine.for (bounds as constants, values or min/max maps; with and without
iter_args), affine.parallel and affine.if (with and without else, with and without results)
around affine.apply, affine.min/max, affine.load and affine.store, whose maps, sets and
subscripts are random expressions over induction variables, symbols and constants, so that the
folds and canonicalization patterns of the affine ops all get exercised. For seeds FIRST..LAST it writes
DIR/affine-random-SEED.mlir and, as the canonicalize pass test wants it,
DIR/affine-random-SEED.expected (mlir-opt -allow-unregistered-dialect -canonicalize):

    scripts/gen-affine-programs.py transforms/src/test/resources/canonicalize 1 6
"""
import os
import random
import subprocess
import sys

MLIR_OPT = os.environ.get("MLIR_OPT", "/usr/lib/llvm-22/bin/mlir-opt")


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.count = 0

    def fresh(self, prefix="v"):
        self.count += 1
        return "%%%s%d" % (prefix, self.count)

    def ssa_expr(self, dims, syms, depth=0):
        """A subscript: an affine expression of SSA values, symbols written symbol(%x)."""
        r = self.r
        if depth > 2 or r.random() < 0.3:
            k = r.random()
            if k < 0.45 and dims:
                return r.choice(dims)
            if k < 0.75 and syms:
                return "symbol(%s)" % r.choice(syms)
            return str(r.randint(-3, 9))
        op = r.choice(["+", "-", "*", "floordiv", "mod", "ceildiv", "+"])
        lhs = self.ssa_expr(dims, syms, depth + 1)
        if op in ("*", "floordiv", "mod", "ceildiv"):
            rhs = str(r.randint(1, 8))
        else:
            rhs = self.ssa_expr(dims, syms, depth + 1)
        return "(%s %s %s)" % (lhs, op, rhs)

    def map_expr(self, nd, ns, depth=0):
        r = self.r
        if depth > 2 or r.random() < 0.35:
            k = r.random()
            if k < 0.45 and nd:
                return "d%d" % r.randrange(nd)
            if k < 0.75 and ns:
                return "s%d" % r.randrange(ns)
            return str(r.randint(-3, 9))
        op = r.choice(["+", "-", "*", "floordiv", "mod", "ceildiv"])
        lhs = self.map_expr(nd, ns, depth + 1)
        if op in ("*", "floordiv", "mod", "ceildiv"):
            rhs = str(r.randint(1, 8))
        else:
            rhs = self.map_expr(nd, ns, depth + 1)
        return "(%s %s %s)" % (lhs, op, rhs)

    @staticmethod
    def inputs(nd, ns):
        return "(%s)[%s]" % (", ".join("d%d" % i for i in range(nd)), ", ".join("s%d" % i for i in range(ns)))

    def affine_map(self, nd, ns, results=1):
        results = ", ".join(self.map_expr(nd, ns) for _ in range(results))
        return "affine_map<%s -> (%s)>" % (self.inputs(nd, ns), results)

    def bound_map(self, dim_pool, syms_pool, keyword):
        """A loop bound as a map with operands; several results need the min or max keyword."""
        ds, ss = self.operands(dim_pool, syms_pool)
        n = self.r.randint(1, 3)
        return "%s%s(%s)[%s]" % (keyword + " " if n > 1 else "", self.affine_map(len(ds), len(ss), n),
                                 ", ".join(ds), ", ".join(ss))

    def operands(self, dims_pool, syms_pool):
        r = self.r
        nd, ns = r.randint(0, 2), r.randint(0, 2)
        return [r.choice(dims_pool) for _ in range(nd)], [r.choice(syms_pool) for _ in range(ns)]

    def body(self, ivs, syms, consts, depth, indent):
        r = self.r
        out = []
        for _ in range(r.randint(2, 6)):
            k = r.random()
            dim_pool = ivs + syms + consts
            if k < 0.25:
                ds, ss = self.operands(dim_pool, syms + consts)
                v = self.fresh()
                out.append(indent + "%s = affine.apply %s(%s)[%s]"
                           % (v, self.affine_map(len(ds), len(ss)), ", ".join(ds), ", ".join(ss)))
                if all(d in syms + consts for d in ds):
                    syms = syms + [v]
                else:
                    ivs = ivs + [v]
            elif k < 0.4:
                ds, ss = self.operands(dim_pool, syms + consts)
                v = self.fresh()
                out.append(indent + "%s = affine.%s %s(%s)[%s]" % (
                    v, r.choice(["min", "max"]), self.affine_map(len(ds), len(ss), r.randint(1, 3)),
                    ", ".join(ds), ", ".join(ss)))
                out.append(indent + '"use"(%s) : (index) -> ()' % v)
            elif k < 0.6:
                v = self.fresh()
                out.append(indent + "%s = affine.load %%A[%s, %s] : memref<64x64xf32>"
                           % (v, self.ssa_expr(ivs, syms), self.ssa_expr(ivs, syms)))
                out.append(indent + '"use"(%s) : (f32) -> ()' % v)
            elif k < 0.72:
                out.append(indent + "affine.store %%f, %%A[%s, %s] : memref<64x64xf32>"
                           % (self.ssa_expr(ivs, syms), self.ssa_expr(ivs, syms)))
            elif k < 0.8 and depth < 2:
                iv = self.fresh("i")
                lower = r.choice(["0", str(r.randint(0, 4)), r.choice(syms + consts)])
                upper = r.choice([str(r.randint(0, 16)), r.choice(syms + consts)])
                if r.random() < 0.4:
                    upper = self.bound_map(dim_pool, syms + consts, "min")
                if r.random() < 0.4:
                    lower = self.bound_map(dim_pool, syms + consts, "max")
                step = r.choice(["", " step 2", " step 4"])
                if r.random() < 0.4:
                    res = self.fresh()
                    acc = self.fresh("a")
                    out.append(indent + "%s = affine.for %s = %s to %s%s iter_args(%s = %%f) -> (f32) {"
                               % (res, iv, lower, upper, step, acc))
                    out += self.body(ivs + [iv], syms, consts, depth + 1, indent + "  ")
                    out.append(indent + "  affine.yield %s : f32" % r.choice([acc, "%f"]))
                    out.append(indent + "}")
                    out.append(indent + '"use"(%s) : (f32) -> ()' % res)
                else:
                    out.append(indent + "affine.for %s = %s to %s%s {" % (iv, lower, upper, step))
                    out += self.body(ivs + [iv], syms, consts, depth + 1, indent + "  ")
                    out.append(indent + "}")
            elif k < 0.88 and depth < 2:
                ivs2 = [self.fresh("p"), self.fresh("p")]
                lb = ", ".join(r.choice(["0", self.ssa_expr(ivs, syms)]) for _ in range(2))
                ub = ", ".join(r.choice(["10", self.ssa_expr(ivs, syms),
                                         "min(%s, %s)" % (self.ssa_expr(ivs, syms), self.ssa_expr(ivs, syms))])
                               for _ in range(2))
                out.append(indent + "affine.parallel (%s) = (%s) to (%s) {" % (", ".join(ivs2), lb, ub))
                out += self.body(ivs + ivs2, syms, consts, depth + 1, indent + "  ")
                out.append(indent + "}")
            elif depth < 2:
                ds, ss = self.operands(dim_pool, syms + consts)
                constraints = ", ".join("%s %s 0" % (self.map_expr(len(ds), len(ss)), r.choice([">=", "=="]))
                                        for _ in range(r.randint(1, 2)))
                out.append(indent + "affine.if affine_set<%s : (%s)>(%s)[%s] {"
                           % (self.inputs(len(ds), len(ss)), constraints, ", ".join(ds), ", ".join(ss)))
                out += self.body(ivs, syms, consts, depth + 1, indent + "  ")
                if r.random() < 0.5:
                    out.append(indent + "} else {")
                    out += self.body(ivs, syms, consts, depth + 1, indent + "  ")
                out.append(indent + "}")
                if r.random() < 0.3:
                    res = self.fresh()
                    out.append(indent + "%s = affine.if affine_set<%s : (%s)>(%s)[%s] -> f32 {"
                               % (res, self.inputs(len(ds), len(ss)), constraints, ", ".join(ds), ", ".join(ss)))
                    out += self.body(ivs, syms, consts, depth + 1, indent + "  ")
                    out.append(indent + "  affine.yield %f : f32")
                    out.append(indent + "} else {")
                    out.append(indent + "  affine.yield %f : f32")
                    out.append(indent + "}")
                    out.append(indent + '"use"(%s) : (f32) -> ()' % res)
        return out

    def function(self):
        lines = ["func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {",
                 "  %c0 = arith.constant 0 : index",
                 "  %c3 = arith.constant 3 : index"]
        lines += self.body([], ["%n", "%m"], ["%c0", "%c3"], 0, "  ")
        lines += ["  return", "}"]
        return "\n".join(lines) + "\n"


def main():
    directory, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for seed in range(first, last + 1):
        base = os.path.join(directory, "affine-random-%d" % seed)
        with open(base + ".mlir", "w") as f:
            f.write(Generator(seed).function())
        with open(base + ".expected", "w") as f:
            subprocess.run([MLIR_OPT, "-allow-unregistered-dialect", "-canonicalize", base + ".mlir"],
                           stdout=f, check=True)


if __name__ == "__main__":
    main()
