package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.signing.Investor;
import java.time.LocalDate;

/** A project a regional office puts into its pipeline (招商项目库), as the office sends it; its chain is optional. */
public record NewLead(String leadId, Investor firm, String projectName, String destinationRegion, String industryCode,
                      String chainCode, Long expectedInvestmentYuan, String officer, LocalDate firstContactOn) {
}
