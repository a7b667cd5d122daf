package cn.yanzhen.contracts.chain;

import java.util.List;

/**
 * Payload of {@code yanzhen.chain.changed} and body of intake's {@code GET /api/chains/{code}} (docs/contract.md
 * §4.1.4): one of a province's industrial chains (产业链) — its name, the GB/T 4754 codes it spans (a division, group or
 * class each) and its lead firms (链主企业).
 */
public record IndustrialChain(String code, String province, String name, List<String> industries,
                              List<String> leadFirms) {

    /** Whether the chain spans an industry: one of its codes is the industry's code or a prefix of it. */
    public boolean spans(String industryCode) {
        return industries.stream().anyMatch(industryCode::startsWith);
    }
}
