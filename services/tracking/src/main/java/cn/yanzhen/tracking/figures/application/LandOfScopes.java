package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.persistence.ScopeLand;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The land a scope's projects took (docs/contract.md §4.5.7) as a kind of scope figure: kept in scope_land. */
@ApplicationScoped
class LandOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private static final long[] NONE = new long[3];

    private final ScopeLand land;

    LandOfScopes(ScopeLand land) {
        this.land = land;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeLand.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, long[]> taken = land.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> {
            long[] v = taken.getOrDefault(scope, NONE);
            draft.landTaken(v[0], v[1], v[2]);
        });
    }
}
