package cn.yanzhen.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompetitionIndexTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 20);

    @Test
    void countsDistinctOtherDestinationsPerZoneWithinTheWindow() {
        CompetitionIndex index = new CompetitionIndex(365);
        index.add(place("WEST", "510100", DAY), 3);
        index.add(place("WEST", "510400", DAY.minusDays(365)), 1);
        index.add(place("WEST", "510700", DAY.minusDays(366)), 1);
        index.add(place("CENTRAL", "430100", DAY.minusDays(10)), 2);
        index.add(new CompetitionIndex.Place("382", "WEST", "511000", DAY), 1);

        assertThat(index.competingRegions(place("WEST", "511400", DAY), false))
                .containsEntry("WEST", 2).containsEntry("CENTRAL", 1).hasSize(2);
    }

    @Test
    void aSigningAlreadyCountedDoesNotCompeteWithItself() {
        CompetitionIndex index = new CompetitionIndex(365);
        CompetitionIndex.Place own = place("WEST", "510100", DAY);
        index.add(own, 1);

        assertThat(index.competingRegions(own, true)).isEmpty();
        index.add(own, 1);
        assertThat(index.competingRegions(own, true)).containsEntry("WEST", 1);
    }

    @Test
    void aWithdrawalTakesItsSigningOutAndAGroupOfTwoDigitsCompetesWithNobody() {
        CompetitionIndex index = new CompetitionIndex(365);
        CompetitionIndex.Place withdrawn = place("WEST", "510100", DAY);
        index.add(withdrawn, 1);
        index.add(withdrawn, -1);

        assertThat(index.competingRegions(place("WEST", "511400", DAY), false)).isEmpty();
        assertThat(index.competingRegions(new CompetitionIndex.Place(null, "WEST", "511400", DAY), false)).isEmpty();
    }

    private static CompetitionIndex.Place place(String zone, String region, LocalDate signedOn) {
        return new CompetitionIndex.Place("137", zone, region, signedOn);
    }
}
