package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.tracking.figures.domain.EnergyFigures;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.persistence.GreenPowerShares;
import cn.yanzhen.tracking.figures.persistence.ScopeEnergy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Energy (docs/contract.md §4.5.2) as a kind of scope figure: kept in scope_energy, shown with the green shares. */
@ApplicationScoped
class EnergyOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeEnergy energy;
    private final GreenPowerShares greenPower;
    private final EnergyFigures energyFigures;

    EnergyOfScopes(ScopeEnergy energy, GreenPowerShares greenPower, EnergyFigures energyFigures) {
        this.energy = energy;
        this.greenPower = greenPower;
        this.energyFigures = energyFigures;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeEnergy.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, Map<EnergyUse, Long>> demand = energy.read(List.copyOf(drafts.keySet()));
        Map<String, Double> greenShares = demand.isEmpty() ? Map.of() : greenPower.all();
        drafts.forEach((scope, draft) -> draft.energy(energyFigures.of(demand.getOrDefault(scope, Map.of()),
                greenShares)));
    }
}
