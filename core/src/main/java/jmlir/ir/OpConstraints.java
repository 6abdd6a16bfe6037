package jmlir.ir;

/** The checks registered operations make of themselves, beyond the generic structural rules. */
final class OpConstraints {
    private OpConstraints() {
    }

    static Diagnostic verify(Operation op) {
        OperationName name = op.name();
        if (!name.isRegistered()) {
            if (!name.inRegisteredDialect()) return null;
            return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), "unregistered operation '" + name.name()
                    + "' found in dialect ('" + name.dialectNamespace() + "') that does not allow unknown operations")
                    .setOperation(op);
        }
        if (op.name().name().equals(BuiltinDialect.MODULE)) return verifyModule(op);
        return null;
    }

    private static Diagnostic verifyModule(Operation op) {
        if (op.numRegions() != 1) return error(op, "requires one region");
        Region body = op.region(0);
        if (body.blocks().size() > 1) {
            return error(op, "expects region #0 to have 0 or 1 blocks");
        }
        if (!body.isEmpty() && body.entryBlock().numArguments() != 0) {
            return error(op, "region should have no arguments");
        }
        if (op.properties() instanceof DictionaryAttr props) {
            Attribute name = props.get("sym_name");
            if (name != null && !(name instanceof StringAttr)) {
                return error(op, "attribute 'sym_name' failed to satisfy constraint: string attribute");
            }
        }
        for (NamedAttribute a : op.attributes().entries()) {
            if (a.name().indexOf('.') < 0) {
                return error(op, "can only contain attributes with dialect-prefixed names, found: '"
                        + a.name() + "'");
            }
        }
        return null;
    }

    private static Diagnostic error(Operation op, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), "'" + op.name().name() + "' op " + message)
                .setOperation(op);
    }
}
