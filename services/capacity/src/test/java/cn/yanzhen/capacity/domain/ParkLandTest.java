package cn.yanzhen.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.park.Park;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParkLandTest {

    @Test
    void hectaresHeldAreCountedInMuAndTakenOffTheAvailableLand() {
        // 30 ha + 0.5 ha = 30.5 ha = 457.5 亩; 6200.5 − 457.5 = 5743 亩
        ParkLand land = ParkLand.of(6200.5, 30.5, 2);
        assertThat(land.reservedMu()).isEqualTo(457.5);
        assertThat(land.remainingMu()).isEqualTo(5743.0);
        assertThat(land.reservations()).isEqualTo(2);
    }

    @Test
    void sumsOfTenthsStayReadable() {
        // 0.1 ha summed three times is 0.30000000000000004 in binary; 4.5 亩 is what a person expects
        ParkLand land = ParkLand.of(10, 0.1 + 0.1 + 0.1, 3);
        assertThat(land.reservedMu()).isEqualTo(4.5);
        assertThat(land.remainingMu()).isEqualTo(5.5);
    }

    @Test
    void aParkHeldBeyondItsLandHasLessThanNothingLeft() {
        // 100 亩 available, 8 ha = 120 亩 held: 20 亩 short
        assertThat(ParkLand.of(100, 8, 1).remainingMu()).isEqualTo(-20.0);
    }

    @Test
    void aParkIntakeWouldHaveRegisteredCanBeHeld() {
        assertThat(ParkRecords.problemWith(park("GX-JMCZ", 6200.5))).isEmpty();
        assertThat(ParkRecords.problemWith(park("GX-TSG", 15_000_000))).isEmpty();
    }

    @Test
    void landBeyondTheRegistrysLimitOrABadCodeIsNamed() {
        assertThat(ParkRecords.problemWith(park("GX-HUGE", 15_000_001))).get().asString()
                .contains("GX-HUGE").contains("availableLandMu");
        assertThat(ParkRecords.problemWith(park("GX-NEG", -1))).get().asString().contains("availableLandMu");
        assertThat(ParkRecords.problemWith(park("GX-NAN", Double.NaN))).get().asString().contains("availableLandMu");
        assertThat(ParkRecords.problemWith(park("gx-lower", 10))).get().asString().contains("gx-lower");
    }

    private static Park park(String code, double availableMu) {
        return new Park(code, "江门（崇左）产业园", "451400", Park.Level.PROVINCIAL, 20_000_000, availableMu, null,
                List.of(), Instant.parse("2025-07-01T08:00:00Z"), Instant.parse("2025-07-01T08:00:00Z"));
    }
}
