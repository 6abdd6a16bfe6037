#!/usr/bin/env python3
"""Writes random.mlir: functions of random integer arith ops on scalars, vectors and tensors (binary ops with and without
overflow flags, comparisons, selects, i1 logic, casts) over arguments and small constants, for
comparing whole canonicalize runs with mlir-opt. Deterministic; run regen.sh afterwards."""
import random

N_OPS = 700
BINARY = ['addi', 'subi', 'muli', 'divui', 'divsi', 'ceildivui', 'ceildivsi', 'floordivsi', 'remui', 'remsi',
          'andi', 'ori', 'xori', 'shli', 'shrui', 'shrsi', 'maxsi', 'maxui', 'minsi', 'minui']
PREDICATES = ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge']
SEEDS = [101, 102, 103, 104]


def function(name, seed, n):
    rng = random.Random(seed)
    out = []
    BIN = ['addi','subi','muli','divui','divsi','ceildivui','ceildivsi','floordivsi','remui','remsi','andi','ori','xori','shli','shrui','shrsi','maxsi','maxui','minsi','minui']
    PRED = ['eq','ne','slt','sle','sgt','sge','ult','ule','ugt','uge']
    TYPES = ['i8','i32','i64','index']
    W = {'i1':1,'i8':8,'i32':32,'i64':64,'index':64}
    lines = []
    vals = {t: [] for t in TYPES + ['i1']}
    args = []
    for i, t in enumerate(['i8','i32','i64','index','i1']):
        args.append(f'%arg{i}: {t}')
        vals[t].append(f'%arg{i}')
    k = 0
    def new():
        nonlocal k
        k += 1
        return f'%v{k}'
    for _ in range(n):
        r = rng.random()
        t = rng.choice(TYPES)
        if r < 0.2 or not vals[t]:
            v = new(); c = rng.choice([0,1,-1,2,3,7,8,31,32,63,64,100,-128,127,255, rng.randint(-1000,1000)])
            if t == 'i8': c = ((c + 128) % 256) - 128
            lines.append(f'  {v} = arith.constant {c} : {t}'); vals[t].append(v); continue
        pick = lambda tt: rng.choice(vals[tt][-12:] if rng.random() < 0.7 else vals[tt])
        if r < 0.7:
            op = rng.choice(BIN); a = pick(t); b = pick(t); v = new()
            flags = ''
            if op in ('addi','subi','muli','shli') and rng.random() < 0.3: flags = ' overflow<' + rng.choice(['nsw','nuw','nsw, nuw']) + '>'
            lines.append(f'  {v} = arith.{op} {a}, {b}{flags} : {t}'); vals[t].append(v)
        elif r < 0.8:
            a = pick(t); b = pick(t); v = new()
            lines.append(f'  {v} = arith.cmpi {rng.choice(PRED)}, {a}, {b} : {t}'); vals['i1'].append(v)
        elif r < 0.88:
            c = pick('i1'); a = pick(t); b = pick(t); v = new()
            lines.append(f'  {v} = arith.select {c}, {a}, {b} : {t}'); vals[t].append(v)
        elif r < 0.93 and vals['i1']:
            a = pick('i1'); b = pick('i1') if rng.random() < 0.6 else None; v = new()
            if b is None:
                lines.append(f'  %t{k} = arith.constant true'); b = f'%t{k}'
            lines.append(f'  {v} = arith.{rng.choice(["xori","andi","ori"])} {a}, {b} : i1'); vals['i1'].append(v)
        else:
            src = rng.choice(TYPES + ['i1']); dst = rng.choice(TYPES)
            if not vals[src] or src == dst: continue
            a = pick(src); v = new()
            if src == 'index' or dst == 'index':
                if src == 'i1': continue
                op = rng.choice(['index_cast','index_castui'])
            elif W[dst] > W[src]: op = rng.choice(['extsi','extui'])
            elif W[dst] < W[src]: op = 'trunci'
            else: continue
            lines.append(f'  {v} = arith.{op} {a} : {src} to {dst}'); vals[dst].append(v)
    rets = [vals[t][-1] for t in TYPES + ['i1']] + [v for v in vals['i32'][-30:]]
    rtypes = TYPES + ['i1'] + ['i32'] * len(vals['i32'][-30:])
    out.append(f'func.func @{name}({", ".join(args)}) -> ({", ".join(rtypes)}) {{')
    out.append('\n'.join(lines))
    out.append(f'  return {", ".join(rets)} : {", ".join(rtypes)}')
    out.append('}')
    return '\n'.join(out) + '\n'


def shaped_function(name, seed, n, shape):
    """Like function, over vectors or tensors of 4 elements, with splat and dense constants."""
    rng = random.Random(seed)
    elements = ['i8', 'i32', 'index']
    widths = {'i1': 1, 'i8': 8, 'i32': 32, 'index': 64}
    types = {e: shape.format(e) for e in elements + ['i1']}
    vals = {e: [] for e in elements + ['i1']}
    args = []
    for i, e in enumerate(elements + ['i1']):
        args.append(f'%arg{i}: {types[e]}')
        vals[e].append(f'%arg{i}')
    lines = []

    def literal(e):
        if e == 'i1':
            return rng.choice([0, 1])
        c = rng.choice([0, 1, -1, 2, 3, 7, 8, 31, 32, 63, 64, -128, 127, rng.randint(-300, 300)])
        return ((c + 128) % 256) - 128 if e == 'i8' else c

    def pick(e):
        return rng.choice(vals[e][-10:] if rng.random() < 0.7 else vals[e])

    for k in range(1, n + 1):
        v = f'%v{k}'
        r = rng.random()
        e = rng.choice(elements)
        if r < 0.25:
            e = rng.choice(elements + ['i1'])
            if rng.random() < 0.6:
                dense = f'dense<{literal(e)}>'
            else:
                dense = 'dense<[' + ', '.join(str(literal(e)) for _ in range(4)) + ']>'
            lines.append(f'  {v} = arith.constant {dense} : {types[e]}')
            vals[e].append(v)
        elif r < 0.7:
            lines.append(f'  {v} = arith.{rng.choice(BINARY)} {pick(e)}, {pick(e)} : {types[e]}')
            vals[e].append(v)
        elif r < 0.8:
            lines.append(f'  {v} = arith.cmpi {rng.choice(PREDICATES)}, {pick(e)}, {pick(e)} : {types[e]}')
            vals['i1'].append(v)
        elif r < 0.88:
            lines.append(f'  {v} = arith.select {pick("i1")}, {pick(e)}, {pick(e)} : {types["i1"]}, {types[e]}')
            vals[e].append(v)
        elif r < 0.93:
            op = rng.choice(['xori', 'andi', 'ori'])
            lines.append(f'  {v} = arith.{op} {pick("i1")}, {pick("i1")} : {types["i1"]}')
            vals['i1'].append(v)
        else:
            src = rng.choice(elements + ['i1'])
            dst = rng.choice(elements)
            if src == dst or (src == 'i1' and dst == 'index'):
                continue
            if 'index' in (src, dst):
                op = rng.choice(['index_cast', 'index_castui'])
            elif widths[dst] > widths[src]:
                op = rng.choice(['extsi', 'extui'])
            else:
                op = 'trunci'
            lines.append(f'  {v} = arith.{op} {pick(src)} : {types[src]} to {types[dst]}')
            vals[dst].append(v)
    rets = [vals[e][-1] for e in elements + ['i1']] + vals['i32'][-20:]
    rtypes = [types[e] for e in elements + ['i1']] + [types['i32']] * len(vals['i32'][-20:])
    return (f'func.func @{name}({", ".join(args)}) -> ({", ".join(rtypes)}) {{\n' + '\n'.join(lines)
            + f'\n  return {", ".join(rets)} : {", ".join(rtypes)}\n}}\n')


with open('random.mlir', 'w') as f:
    f.write('// Generated by gen_random.py: random integer arith programs.\n')
    f.write('\n'.join(function(f'f{seed}', seed, N_OPS) for seed in SEEDS))
    f.write('\n'.join(shaped_function(f'v{seed}', seed, N_OPS // 2, shape)
                       for seed, shape in zip(SEEDS, ['vector<4x{}>', 'tensor<4x{}>'] * 2)))
