package cn.yanzhen.intake.config;

import cn.yanzhen.intake.domain.EventRules;
import cn.yanzhen.intake.domain.IndustryCatalogue;
import cn.yanzhen.intake.domain.RegionDirectory;
import cn.yanzhen.intake.domain.SigningRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** The project's own reference files (GB/T 2260 regions, GB/T 4754 divisions) and the rules built on them. */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    RegionDirectory regions() {
        return load("reference/regions.csv", RegionDirectory::fromCsv);
    }

    @Produces
    @Singleton
    IndustryCatalogue industries() {
        return load("reference/industries.csv", IndustryCatalogue::fromCsv);
    }

    @Produces
    @Singleton
    SigningRules signingRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new SigningRules(regions, industries);
    }

    @Produces
    @Singleton
    EventRules eventRules(RegionDirectory regions) {
        return new EventRules(regions);
    }

    private static <T> T load(String resource, Function<InputStream, T> parser) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the classpath: " + resource);
            }
            return parser.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
