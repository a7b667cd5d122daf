package cn.yanzhen.intake.config;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.EventRules;
import cn.yanzhen.intake.domain.ReferenceChecks;
import cn.yanzhen.intake.domain.RepeatRule;
import cn.yanzhen.intake.domain.SigningRules;
import cn.yanzhen.intake.domain.chain.ChainRules;
import cn.yanzhen.intake.domain.chain.SigningChainRule;
import cn.yanzhen.intake.domain.pipeline.LeadRules;
import cn.yanzhen.intake.domain.park.ParkRules;
import cn.yanzhen.intake.domain.park.SigningParkRule;
import cn.yanzhen.intake.domain.sheet.IndustryNames;
import cn.yanzhen.intake.domain.sheet.RegionNames;
import cn.yanzhen.intake.domain.sheet.SheetReading;
import cn.yanzhen.intake.domain.sheet.SheetValues;
import cn.yanzhen.intake.domain.sheet.SigningTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rules built on the contract's reference data (which platform produces). */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    SigningRules signingRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new SigningRules(regions, industries);
    }

    @Produces
    @Singleton
    RepeatRule repeatRule(RegionDirectory regions, IntakeConfig config) {
        return new RepeatRule(regions, new RepeatRule.Thresholds(config.repeats().investmentTolerance(),
                config.repeats().withinMonths()));
    }

    @Produces
    @Singleton
    SheetReading sheetReading(RegionDirectory regions, IndustryCatalogue industries) {
        return new SheetReading(new SheetValues(new RegionNames(regions), new IndustryNames(industries)));
    }

    @Produces
    @Singleton
    SigningTemplate signingTemplate(RegionDirectory regions, IndustryCatalogue industries) {
        return new SigningTemplate(regions, industries);
    }

    @Produces
    @Singleton
    EventRules eventRules(RegionDirectory regions) {
        return new EventRules(regions);
    }

    @Produces
    @Singleton
    LeadRules leadRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new LeadRules(new ReferenceChecks(regions, industries));
    }

    @Produces
    @Singleton
    ParkRules parkRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new ParkRules(regions, industries);
    }

    @Produces
    @Singleton
    ChainRules chainRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new ChainRules(regions, industries);
    }

    @Produces
    @Singleton
    SigningParkRule signingParkRule(RegionDirectory regions) {
        return new SigningParkRule(regions);
    }

    @Produces
    @Singleton
    SigningChainRule signingChainRule(RegionDirectory regions) {
        return new SigningChainRule(regions);
    }
}
