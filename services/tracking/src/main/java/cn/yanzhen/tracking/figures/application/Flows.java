package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.FlowLevel;
import cn.yanzhen.tracking.figures.persistence.FlowScopes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The records of every flow of a level (docs/contract.md §4.5.5), each the same record as any scope's. */
@ApplicationScoped
public class Flows {

    private final FlowScopes flowScopes;
    private final FigureReading reading;

    Flows(FlowScopes flowScopes, FigureReading reading) {
        this.flowScopes = flowScopes;
        this.reading = reading;
    }

    public List<Stats> at(FlowLevel level) {
        return reading.read(flowScopes.withSignings(level));
    }
}
