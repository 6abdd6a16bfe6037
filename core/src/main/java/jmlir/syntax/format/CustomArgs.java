package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;

/** The arguments of a custom directive, mapped onto the slots of a parse or the values of an op. */
final class CustomArgs {
    private CustomArgs() {
    }

    private static Element unwrap(Element e) {
        return e instanceof Elements.Ref r ? r.target : e;
    }

    private static IllegalArgumentException wrongKind(int i, String what, Element e) {
        return new IllegalArgumentException("argument " + i + " of the custom directive is not " + what + " but "
                + e.getClass().getSimpleName());
    }

    static final class Parsing implements CustomDirective.ParseArgs {
        private final ParseRun run;
        private final Element[] args;

        Parsing(ParseRun run, Element[] args) {
            this.run = run;
            this.args = args;
        }

        private Element arg(int i) {
            return args[i];
        }

        @Override
        public int size() {
            return args.length;
        }

        @Override
        public String string(int i) {
            if (arg(i) instanceof Elements.StringArg s) return s.value;
            throw wrongKind(i, "a string", arg(i));
        }

        @Override
        public void setOperand(int i, UnresolvedOperand operand) {
            if (!(arg(i) instanceof Elements.OperandVar o)) throw wrongKind(i, "an operand", arg(i));
            run.operands[o.index] = operand == null ? List.of() : List.of(operand);
        }

        @Override
        public void setOperands(int i, List<UnresolvedOperand> operands) {
            if (!(arg(i) instanceof Elements.OperandVar o)) throw wrongKind(i, "an operand", arg(i));
            run.operands[o.index] = List.copyOf(operands);
        }

        @Override
        public void setType(int i, Type type) {
            setTypes(i, type == null ? List.of() : List.of(type));
        }

        @Override
        public void setTypes(int i, List<Type> types) {
            if (!(arg(i) instanceof Elements.TypeDir t)) throw wrongKind(i, "a type", arg(i));
            Elements.TypeDir.store(run, t.target, List.copyOf(types));
        }

        @Override
        public void setAttribute(int i, Attribute value) {
            if (!(arg(i) instanceof Elements.AttrVar a)) throw wrongKind(i, "an attribute", arg(i));
            run.attributes[a.index] = value;
        }

        @Override
        public void setRegion(int i, List<Block> blocks) {
            if (!(arg(i) instanceof Elements.RegionVar r)) throw wrongKind(i, "a region", arg(i));
            run.format.completeRegion(blocks, run);
            run.regions[r.index] = List.of(blocks);
        }

        @Override
        public void setRegions(int i, List<List<Block>> regions) {
            if (!(arg(i) instanceof Elements.RegionVar r)) throw wrongKind(i, "a region", arg(i));
            for (List<Block> blocks : regions) run.format.completeRegion(blocks, run);
            run.regions[r.index] = List.copyOf(regions);
        }

        @Override
        public void setSuccessor(int i, Block block) {
            if (!(arg(i) instanceof Elements.SuccessorVar s)) throw wrongKind(i, "a successor", arg(i));
            run.successors[s.index] = List.of(block);
        }

        @Override
        public void setSuccessors(int i, List<Block> blocks) {
            if (!(arg(i) instanceof Elements.SuccessorVar s)) throw wrongKind(i, "a successor", arg(i));
            run.successors[s.index] = List.copyOf(blocks);
        }

        @Override
        public void addAttributes(List<NamedAttribute> attributes) {
            if (attributes.isEmpty()) return;
            run.format.checkInherentAttributes(attributes, run.p, run.p.currentOffset());
            run.addDictionaryEntries(attributes);
        }

        @Override
        public List<UnresolvedOperand> operands(int i) {
            if (!(unwrap(arg(i)) instanceof Elements.OperandVar o)) throw wrongKind(i, "an operand", arg(i));
            return run.operands[o.index];
        }

        @Override
        public List<Type> types(int i) {
            if (!(unwrap(arg(i)) instanceof Elements.TypeDir t)) throw wrongKind(i, "a type", arg(i));
            return switch (t.target) {
                case Elements.OperandVar o -> run.operandTypes[o.index];
                case Elements.ResultVar r -> run.resultTypes[r.index];
                case Elements.OperandsDir d -> run.allOperandTypes;
                default -> run.allResultTypes;
            };
        }

        @Override
        public Attribute attribute(int i) {
            if (!(unwrap(arg(i)) instanceof Elements.AttrVar a)) throw wrongKind(i, "an attribute", arg(i));
            return run.attributes[a.index];
        }

        @Override
        public boolean regionsIsolated() {
            return run.format.isolated;
        }
    }

    static final class Printing implements CustomDirective.PrintArgs {
        private final PrintRun run;
        private final Element[] args;

        Printing(PrintRun run, Element[] args) {
            this.run = run;
            this.args = args;
        }

        private Element arg(int i) {
            return unwrap(args[i]);
        }

        @Override
        public int size() {
            return args.length;
        }

        @Override
        public String string(int i) {
            if (arg(i) instanceof Elements.StringArg s) return s.value;
            throw wrongKind(i, "a string", arg(i));
        }

        @Override
        public Value operand(int i) {
            if (!(arg(i) instanceof Elements.OperandVar o)) throw wrongKind(i, "an operand", arg(i));
            return run.operand(o.index);
        }

        @Override
        public List<Value> operands(int i) {
            if (arg(i) instanceof Elements.OperandsDir) return run.allOperands();
            if (!(arg(i) instanceof Elements.OperandVar o)) throw wrongKind(i, "an operand", arg(i));
            return run.operands(o.index);
        }

        @Override
        public Type type(int i) {
            // The type of one operand or result is read directly, without the list types(i) makes.
            if (arg(i) instanceof Elements.TypeDir t && t.target instanceof Elements.OperandVar o) {
                return run.operandCount(o.index) == 0 ? null : run.op.operand(run.operandStart(o.index)).type();
            }
            if (arg(i) instanceof Elements.TypeDir t && t.target instanceof Elements.ResultVar r) {
                return run.resultCount(r.index) == 0 ? null : run.op.result(run.resultStart(r.index)).type();
            }
            List<Type> types = types(i);
            return types.isEmpty() ? null : types.get(0);
        }

        @Override
        public List<Type> types(int i) {
            if (!(arg(i) instanceof Elements.TypeDir t)) throw wrongKind(i, "a type", arg(i));
            return Elements.TypeDir.types(run, t.target);
        }

        @Override
        public Attribute attribute(int i) {
            if (!(arg(i) instanceof Elements.AttrVar a)) throw wrongKind(i, "an attribute", arg(i));
            return run.attribute(a.index);
        }

        @Override
        public Region region(int i) {
            if (!(arg(i) instanceof Elements.RegionVar r)) throw wrongKind(i, "a region", arg(i));
            return run.region(r.index);
        }

        @Override
        public List<Region> regions(int i) {
            if (!(arg(i) instanceof Elements.RegionVar r)) throw wrongKind(i, "a region", arg(i));
            return run.regions(r.index);
        }

        @Override
        public Block successor(int i) {
            List<Block> s = successors(i);
            return s.isEmpty() ? null : s.get(0);
        }

        @Override
        public List<Block> successors(int i) {
            if (!(arg(i) instanceof Elements.SuccessorVar s)) throw wrongKind(i, "a successor", arg(i));
            return run.successors(s.index);
        }

        @Override
        public DictionaryAttr attributes() {
            List<NamedAttribute> merged = new ArrayList<>(Elements.AttrDict.merged(run.properties, run.op.attributes()));
            return new DictionaryAttr(merged);
        }
    }
}
