#!/usr/bin/env python3
"""Writes random constant-folding inputs for arith's float ops and mlir-opt 22's output for them.

Each input function defines constants (as bit patterns), applies one op per result to them and
returns every result; `mlir-opt --canonicalize` folds what it can. The tests read both files:
an input op's folded value is the constant the output's return names at the same position.

    scripts/gen-float-fold-goldens.py core/src/test/resources/numeric/arith 1 100
    scripts/gen-float-fold-goldens.py dialects/src/test/resources/fold-float/random 2 60

With "pipeline", it also writes cmpf-of-conversion cases (canonicalization patterns) and names
the output as the canonicalize pass test wants it:

    scripts/gen-float-fold-goldens.py transforms/src/test/resources/canonicalize/float-random 3 40 pipeline
"""
import random
import subprocess
import sys

KINDS = {  # keyword: (width, precision, max exponent, min exponent)
    "f16": (16, 11, 15, -14), "bf16": (16, 8, 127, -126), "f32": (32, 24, 127, -126),
    "f64": (64, 53, 1023, -1022), "f80": (80, 64, 16383, -16382), "f128": (128, 113, 16383, -16382),
    "tf32": (19, 11, 127, -126), "f8E5M2": (8, 3, 15, -14), "f8E4M3": (8, 4, 7, -6),
    "f8E4M3FN": (8, 4, 8, -6), "f8E5M2FNUZ": (8, 3, 15, -15), "f8E4M3FNUZ": (8, 4, 7, -7),
    "f8E4M3B11FNUZ": (8, 4, 4, -10), "f8E3M4": (8, 5, 3, -2), "f8E8M0FNU": (8, 1, 127, -127),
    "f6E2M3FN": (6, 4, 2, 0), "f6E3M2FN": (6, 3, 4, -2), "f4E2M1FN": (4, 2, 2, 0),
}
BINARY = ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"]
PREDICATES = ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult",
              "ule", "une", "uno", "true"]
ROUNDING = ["", " to_nearest_even", " downward", " upward", " toward_zero", " to_nearest_away"]
INT_WIDTHS = [1, 2, 8, 16, 32, 64, 65, 128]


def literal(kind, bits):
    return "0x%X" % bits


def special_bits(kind):
    width, p, _, _ = KINDS[kind]
    frac = p - 1 if kind != "f80" else 64
    sign = 1 << (width - 1)
    exp_all = ((1 << width) - 1) ^ sign ^ ((1 << frac) - 1)
    one_like = [exp_all >> 1 & exp_all, (exp_all >> 1 & exp_all) | sign]
    return [0, sign, 1, sign | 1, exp_all, exp_all | sign, exp_all | 1, exp_all | (1 << (frac - 1)) if frac else exp_all,
            (1 << width) - 1, sign - 1] + one_like


def random_bits(kind, rng):
    width = KINDS[kind][0]
    if rng.random() < 0.3:
        return rng.choice(special_bits(kind)) & ((1 << width) - 1)
    if rng.random() < 0.3 and width > 8:
        # values near each other, so that sums cancel and quotients are small
        base = rng.getrandbits(width)
        return base ^ rng.getrandbits(3)
    return rng.getrandbits(width)


def small_value(kind, rng):
    """A decimal literal of moderate size (integers, halves), for int conversions."""
    v = rng.choice([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.0, 100.0, -128.0, 255.0, 256.0, 65504.0,
                    1e10, -1e10, 2147483647.0, 4294967296.0, 1.5e-3])
    return repr(v) if "e" in repr(v) or "." in repr(v) else repr(v) + ".0"


class Func:
    def __init__(self, name, args=""):
        self.name = name
        self.args = args
        self.lines = []
        self.results = []
        self.n = 0

    def const(self, text, type_):
        self.n += 1
        name = "%%c%d" % self.n
        self.lines.append("  %s = arith.constant %s : %s" % (name, text, type_))
        return name

    def op(self, text, type_):
        self.n += 1
        name = "%%r%d" % self.n
        self.lines.append("  %s = %s" % (name, text))
        self.results.append((name, type_))

    def emit(self):
        types = ", ".join(t for _, t in self.results)
        out = ["func.func @%s(%s) -> (%s) {" % (self.name, self.args, types)]
        out += self.lines
        out.append("  return %s : %s" % (", ".join(n for n, _ in self.results), types))
        out.append("}")
        return "\n".join(out)


def binary_funcs(rng, count):
    funcs = []
    for kind in KINDS:
        f = Func("binary_" + kind)
        for _ in range(count):
            op = rng.choice(BINARY)
            a = f.const(literal(kind, random_bits(kind, rng)), kind)
            b = f.const(literal(kind, random_bits(kind, rng)), kind)
            f.op("arith.%s %s, %s : %s" % (op, a, b, kind), kind)
        funcs.append(f)
    return funcs


def unary_funcs(rng, count):
    funcs = []
    for kind in KINDS:
        f = Func("negf_cmpf_" + kind)
        for _ in range(count):
            a = f.const(literal(kind, random_bits(kind, rng)), kind)
            if rng.random() < 0.3:
                f.op("arith.negf %s : %s" % (a, kind), kind)
            else:
                b = f.const(literal(kind, random_bits(kind, rng)), kind)
                f.op("arith.cmpf %s, %s, %s : %s" % (rng.choice(PREDICATES), a, b, kind), "i1")
        funcs.append(f)
    return funcs


def cast_funcs(rng, count):
    funcs = []
    kinds = list(KINDS)
    for src in kinds:
        f = Func("casts_" + src)
        for _ in range(count):
            choice = rng.random()
            wider = [k for k in kinds if KINDS[k][0] > KINDS[src][0]]
            narrower = [k for k in kinds if KINDS[k][0] < KINDS[src][0]]
            if choice < 0.3 and wider:
                dst = rng.choice(wider)
                a = f.const(literal(src, random_bits(src, rng)), src)
                f.op("arith.extf %s : %s to %s" % (a, src, dst), dst)
            elif choice < 0.6 and narrower:
                dst = rng.choice(narrower)
                a = f.const(literal(src, random_bits(src, rng)), src)
                f.op("arith.truncf %s%s : %s to %s" % (a, rng.choice(ROUNDING), src, dst), dst)
            elif choice < 0.8:
                width = rng.choice(INT_WIDTHS)
                value = rng.getrandbits(width) - (1 << (width - 1)) if rng.random() < 0.5 else rng.randrange(-300, 300)
                value = max(min(value, (1 << (width - 1)) - 1), -(1 << (width - 1))) if width > 1 else rng.choice([0, -1])
                a = f.const("%d" % value, "i%d" % width)
                op = rng.choice(["sitofp", "uitofp"])
                f.op("arith.%s %s : i%d to %s" % (op, a, width, src), src)
            else:
                width = rng.choice(INT_WIDTHS)
                text = small_value(src, rng) if rng.random() < 0.6 else literal(src, random_bits(src, rng))
                a = f.const(text, src)
                op = rng.choice(["fptosi", "fptoui"])
                f.op("arith.%s %s : %s to i%d" % (op, a, src, width), "i%d" % width)
        funcs.append(f)
    return funcs


def bitcast_funcs(rng, count):
    f = Func("bitcasts")
    same_width = {}
    for k, (w, _, _, _) in KINDS.items():
        same_width.setdefault(w, []).append(k)
    for _ in range(count):
        src = rng.choice(list(KINDS))
        width = KINDS[src][0]
        targets = same_width[width] + ["i%d" % width]
        dst = rng.choice(targets)
        a = f.const(literal(src, random_bits(src, rng)), src)
        f.op("arith.bitcast %s : %s to %s" % (a, src, dst), dst)
        if dst.startswith("i"):
            b = f.const("%d" % (rng.getrandbits(width) - (1 << (width - 1))), dst)
            f.op("arith.bitcast %s : %s to %s" % (b, dst, src), src)
    return [f]


ELEMENT_KINDS = ["f16", "bf16", "f32", "f64", "f80", "f8E4M3FN", "f8E5M2FNUZ", "f4E2M1FN"]


def dense(kind, rng, n, splat):
    if splat:
        return "dense<%s>" % literal(kind, random_bits(kind, rng))
    return "dense<[%s]>" % ", ".join(literal(kind, random_bits(kind, rng)) for _ in range(n))


def elements_funcs(rng, count):
    """Vector and tensor constants, splat or not, through binary ops, negf and casts."""
    funcs = []
    for kind in ELEMENT_KINDS:
        f = Func("elements_" + kind)
        for _ in range(count):
            n = rng.choice([1, 2, 4])
            shaped = rng.choice(["vector<%dx%s>", "tensor<%dx%s>"])
            type_ = shaped % (n, kind)
            a = f.const(dense(kind, rng, n, rng.random() < 0.4), type_)
            choice = rng.random()
            if choice < 0.6:
                b = f.const(dense(kind, rng, n, rng.random() < 0.4), type_)
                f.op("arith.%s %s, %s : %s" % (rng.choice(BINARY), a, b, type_), type_)
            elif choice < 0.7:
                f.op("arith.negf %s : %s" % (a, type_), type_)
            elif choice < 0.85:
                others = [k for k in KINDS if KINDS[k][0] != KINDS[kind][0] and k in ELEMENT_KINDS]
                dst = rng.choice(others)
                op = "extf" if KINDS[dst][0] > KINDS[kind][0] else "truncf"
                dst_type = shaped % (n, dst)
                f.op("arith.%s %s : %s to %s" % (op, a, type_, dst_type), dst_type)
            else:
                width = rng.choice([8, 32, 64])
                dst_type = shaped % (n, "i%d" % width)
                f.op("arith.%s %s : %s to %s" % (rng.choice(["fptosi", "fptoui"]), a, type_, dst_type), dst_type)
        funcs.append(f)
    return funcs


CMP_WIDTHS = [1, 8, 16, 32, 64]
CMP_KINDS = {"f16": 11, "bf16": 8, "f32": 24, "f64": 53}


def cmp_constant(kind, width, rng):
    """Constants near the integer type's limits, fractions, zeros, infinities and NaN."""
    mant = CMP_KINDS[kind]
    top = min(width, mant + 1, 15 if kind == "f16" else 60)
    choice = rng.random()
    if choice < 0.15:
        return rng.choice(["0x%X" % v for v in special_cmp_bits(kind)])
    if choice < 0.5:
        v = rng.choice([2 ** (top - 1), 2 ** top - 1, -(2 ** (top - 1)), 2 ** top, -(2 ** top), 0, 1, -1])
        return "%d.0" % v
    v = rng.randrange(-(2 ** min(top, 10)), 2 ** min(top, 10)) + rng.choice([0.5, 0.25, 0.0, -0.5, 0.75])
    return repr(float(v))


def special_cmp_bits(kind):
    return {"f16": [0x7C00, 0xFC00, 0x7E00, 0x8000], "bf16": [0x7F80, 0xFF80, 0x7FC0, 0x8000],
            "f32": [0x7F800000, 0xFF800000, 0x7FC00000, 0x80000000],
            "f64": [0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0x8000000000000000]}[kind]


def cmpf_int_funcs(rng, count):
    """cmpf of sitofp/uitofp and a constant: CmpFIntToFPConst."""
    args = ", ".join("%%i%d: i%d" % (w, w) for w in CMP_WIDTHS)
    f = Func("cmpf_int", args)
    for _ in range(count * 4):
        width = rng.choice(CMP_WIDTHS)
        kind = rng.choice(list(CMP_KINDS))
        conv = rng.choice(["sitofp", "uitofp"])
        f.n += 1
        converted = "%%s%d" % f.n
        f.lines.append("  %s = arith.%s %%i%d : i%d to %s" % (converted, conv, width, width, kind))
        c = f.const(cmp_constant(kind, width, rng), kind)
        pred = rng.choice([p for p in PREDICATES if p not in ("true", "false")])
        f.op("arith.cmpf %s, %s, %s : %s" % (pred, converted, c, kind), "i1")
    return [f]


def main():
    out, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    pipeline = len(sys.argv) > 4 and sys.argv[4] == "pipeline"
    rng = random.Random(seed)
    funcs = binary_funcs(rng, count) + unary_funcs(rng, count // 2) + cast_funcs(rng, count // 2) \
        + bitcast_funcs(rng, count) + elements_funcs(rng, count)
    if pipeline:
        funcs += cmpf_int_funcs(rng, count)
    text = "\n\n".join(f.emit() for f in funcs) + "\n"
    with open(out + ".mlir", "w") as fh:
        fh.write(text)
    args = ["mlir-opt", "--canonicalize", out + ".mlir"]
    if pipeline:
        args.insert(1, "-allow-unregistered-dialect")
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr)
    with open(out + (".expected" if pipeline else ".expected.mlir"), "w") as fh:
        fh.write(result.stdout)


if __name__ == "__main__":
    main()
