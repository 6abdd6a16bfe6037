package jmlir.transform;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;

/** {@code strip-debuginfo}: every op and block argument gets the unknown location. */
public final class StripDebugInfo extends Pass {
    @Override
    public String argument() {
        return "strip-debuginfo";
    }

    @Override
    public String name() {
        return "StripDebugInfo";
    }

    @Override
    public String description() {
        return "Strip debug info from all operations";
    }

    @Override
    public void run(Operation op, PassContext context) {
        op.walkPostOrder(nested -> {
            nested.setLocation(Location.Unknown.INSTANCE);
            for (int r = 0; r < nested.numRegions(); r++) {
                for (Block block : nested.region(r).blocks()) {
                    for (BlockArgument arg : block.arguments()) arg.setLocation(Location.Unknown.INSTANCE);
                }
            }
        });
    }
}
