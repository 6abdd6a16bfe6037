package jmlir.syntax;

import java.util.Set;

/**
 * The dialect namespaces mlir-opt 22 registers. An op of one of these dialects is registered in
 * mlir-opt even while jmlir reads it as an unregistered op, and some printing rules (which
 * attributes get aliases) depend on that; following them keeps jmlir's output identical.
 */
public final class UpstreamDialects {
    private static final Set<String> NAMES = Set.of("acc", "affine", "amdgpu", "amx", "arith", "arm_neon",
            "arm_sme", "arm_sve", "async", "bufferization", "builtin", "cf", "complex", "dlti", "emitc", "func",
            "gpu", "index", "irdl", "linalg", "llvm", "math", "memref", "ml_program", "mpi", "nvgpu", "nvvm", "omp",
            "pdl", "pdl_interp", "ptr", "quant", "rocdl", "scf", "shape", "shard", "smt", "sparse_tensor", "spirv",
            "tensor", "tosa", "transform", "ub", "vector", "wasmssa", "x86vector", "xegpu", "xevm");

    private UpstreamDialects() {
    }

    /**
     * The ops of those dialects that are symbol tables in mlir-opt 22. While jmlir does not
     * define them, symbol lookups treat them as symbol tables all the same.
     */
    private static final Set<String> SYMBOL_TABLES = Set.of("builtin.module", "emitc.class", "gpu.module",
            "irdl.dialect", "llvm.comdat", "shape.function_library", "spirv.module", "test.symbol_scope");


    public static boolean contains(String namespace) {
        return NAMES.contains(namespace);
    }

    /** Whether mlir-opt 22 defines {@code opName} as a symbol table op. */
    public static boolean isSymbolTable(String opName) {
        return SYMBOL_TABLES.contains(opName);
    }
}
