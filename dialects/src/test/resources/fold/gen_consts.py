#!/usr/bin/env python3
"""Writes consts.mlir: arith integer ops on constant operands, one function each, for the
fold golden test. Deterministic (fixed seed); run regen.sh afterwards for the goldens."""
import random

rng = random.Random(20261121)
WIDTHS = [1, 3, 8, 16, 32, 64, 65, 128, 'index']
BINARY = ['addi', 'subi', 'muli', 'divui', 'divsi', 'ceildivui', 'ceildivsi', 'floordivsi',
          'remui', 'remsi', 'andi', 'ori', 'xori', 'shli', 'shrui', 'shrsi',
          'maxsi', 'maxui', 'minsi', 'minui']
PREDICATES = ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge']


def bits(w):
    return 64 if w == 'index' else w


def tname(w):
    return 'index' if w == 'index' else f'i{w}'


def signed(v, w):
    n = bits(w)
    v &= (1 << n) - 1
    return v - (1 << n) if v >> (n - 1) else v


def edge_values(w):
    n = bits(w)
    vals = {0, 1, 2, -1, -2, 1 << (n - 1), (1 << (n - 1)) - 1, (1 << (n - 1)) + 1, n, n - 1, 3, 7}
    for _ in range(4):
        vals.add(rng.getrandbits(n))
        vals.add(rng.getrandbits(rng.randint(1, n)))
    return sorted({signed(v, w) for v in vals})


def literal(v, w):
    if w == 1:
        return '1' if v else '0'
    return str(v)


out = []
count = 0


def func(name, results, body):
    global count
    count += 1
    rtypes = ', '.join(t for _, t in results)
    rets = ', '.join(v for v, _ in results)
    out.append(f'func.func @{name}_{count}() -> ({rtypes}) {{\n{body}  return {rets} : {rtypes}\n}}\n')


for w in WIDTHS:
    t = tname(w)
    vals = edge_values(w)
    pairs = [(a, b) for a in vals for b in vals]
    rng.shuffle(pairs)
    for op in BINARY:
        for a, b in pairs[:8]:
            body = (f'  %a = arith.constant {literal(a, w)} : {t}\n'
                    f'  %b = arith.constant {literal(b, w)} : {t}\n'
                    f'  %r = arith.{op} %a, %b : {t}\n')
            func(f'{op}_{t}', [('%r', t)], body)
    for pred in PREDICATES:
        for a, b in pairs[:4]:
            body = (f'  %a = arith.constant {literal(a, w)} : {t}\n'
                    f'  %b = arith.constant {literal(b, w)} : {t}\n'
                    f'  %r = arith.cmpi {pred}, %a, %b : {t}\n')
            func(f'cmpi_{pred}_{t}', [('%r', 'i1')], body)
    if w != 'index':
        for op in ['addui_extended', 'mulsi_extended', 'mului_extended']:
            for a, b in pairs[:8]:
                body = (f'  %a = arith.constant {literal(a, w)} : {t}\n'
                        f'  %b = arith.constant {literal(b, w)} : {t}\n'
                        f'  %r:2 = arith.{op} %a, %b : {t}' + (', i1' if op == 'addui_extended' else '') + '\n')
                func(op, [('%r#0', t), ('%r#1', 'i1' if op == 'addui_extended' else t)], body)
    # casts to every other width
    for w2 in WIDTHS:
        if w2 == w:
            continue
        t2 = tname(w2)
        for a in vals[:6]:
            c = f'  %a = arith.constant {literal(a, w)} : {t}\n'
            if w == 'index' or w2 == 'index':
                for op in ['index_cast', 'index_castui']:
                    func(f'{op}_{t}_{t2}', [('%r', t2)], c + f'  %r = arith.{op} %a : {t} to {t2}\n')
            elif bits(w2) > bits(w):
                for op in ['extsi', 'extui']:
                    func(f'{op}_{t}_{t2}', [('%r', t2)], c + f'  %r = arith.{op} %a : {t} to {t2}\n')
            else:
                func(f'trunci_{t}_{t2}', [('%r', t2)], c + f'  %r = arith.trunci %a : {t} to {t2}\n')

# vectors and tensors: splats and dense elements
for w in [1, 8, 32, 64, 128, 'index']:
    t = tname(w)
    vals = edge_values(w)
    for shaped in ['vector<4x{}>', 'tensor<4x{}>']:
        st = shaped.format(t)
        for op in BINARY + ['cmpi']:
            for kind in ['splat', 'dense', 'mixed']:
                a = [rng.choice(vals) for _ in range(4)]
                b = [rng.choice(vals[:6]) for _ in range(4)]
                if kind == 'splat':
                    a, b = [a[0]] * 4, [b[0]] * 4
                if kind == 'mixed':
                    b = [b[0]] * 4

                def dense(xs):
                    if len(set(xs)) == 1:
                        return f'dense<{literal(xs[0], w)}>'
                    return 'dense<[' + ', '.join(literal(x, w) for x in xs) + ']>'
                rt = st
                line = f'  %r = arith.{op} %a, %b : {st}\n'
                if op == 'cmpi':
                    pred = rng.choice(PREDICATES)
                    rt = shaped.format('i1')
                    line = f'  %r = arith.cmpi {pred}, %a, %b : {st}\n'
                body = f'  %a = arith.constant {dense(a)} : {st}\n  %b = arith.constant {dense(b)} : {st}\n' + line
                func(f'{op}_shaped_{t}', [('%r', rt)], body)
    for w2 in [1, 8, 32, 64, 128, 'index']:
        if w2 == w:
            continue
        t2 = tname(w2)
        a = [rng.choice(vals) for _ in range(4)]
        for shaped in ['vector<4x{}>', 'tensor<4x{}>']:
            src = shaped.format(t)
            dst = shaped.format(t2)
            for xs in [a, [a[0]] * 4]:
                lit = ('dense<' + literal(xs[0], w) + '>' if len(set(xs)) == 1
                       else 'dense<[' + ', '.join(literal(x, w) for x in xs) + ']>')
                c = f'  %a = arith.constant {lit} : {src}\n'
                if w == 'index' or w2 == 'index':
                    ops = ['index_cast', 'index_castui']
                elif bits(w2) > bits(w):
                    ops = ['extsi', 'extui']
                else:
                    ops = ['trunci']
                for op in ops:
                    func(f'{op}_shaped_{t}_{t2}', [('%r', dst)], c + f'  %r = arith.{op} %a : {src} to {dst}\n')

with open('consts.mlir', 'w') as f:
    f.write('// Generated by gen_consts.py: integer arith ops on constant operands.\n')
    f.write('\n'.join(out))
print(count, 'functions')
