package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ParkRecords;
import cn.yanzhen.capacity.persistence.ParkEntity;
import cn.yanzhen.capacity.persistence.ParkRepository;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps each park's available land as the registry (yanzhen.parks) says it, and republishes the park's land. */
@ApplicationScoped
public class ParkRegistry {

    private final ParkRepository parks;
    private final ParkSnapshots snapshots;
    private final Clock clock;
    private final Routes<Batch> changes;

    ParkRegistry(ParkRepository parks, ParkSnapshots snapshots, Clock clock) {
        this.parks = parks;
        this.snapshots = snapshots;
        this.clock = clock;
        this.changes = Routes.of(CapacityReservations.CONSUMER, this::open)
                .on(EventTypes.PARK_CHANGED, Park.class, Batch::changed)
                .finishing(Batch::finish);
    }

    public Routes<?> changes() {
        return changes;
    }

    private Batch open(List<IncomingEvent<?>> events) {
        SortedSet<String> codes = events.stream().map(event -> ((Park) event.payload()).code())
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        snapshots.lock(codes);
        Map<String, ParkEntity> stored = parks.lockAll(codes).stream()
                .collect(Collectors.toMap(park -> park.parkCode, Function.identity()));
        return new Batch(stored, Instant.now(clock));
    }

    /** One poll's parks: each stored unless what is stored is as new, and every changed park published once. */
    private final class Batch {

        private final Map<String, ParkEntity> stored;
        private final Instant now;
        private final SortedSet<String> changed = new TreeSet<>();

        Batch(Map<String, ParkEntity> stored, Instant now) {
            this.stored = stored;
            this.now = now;
        }

        void changed(IncomingEvent<Park> event) {
            Park park = event.payload();
            ParkRecords.problemWith(park).ifPresent(problem -> {
                throw new PoisonRecordException(problem, null);
            });
            ParkEntity known = stored.get(park.code());
            if (known == null) {
                ParkEntity added = ParkEntity.of(park, now);
                parks.add(added);
                stored.put(park.code(), added);
            } else if (known.alreadyHas(park)) {
                return;
            } else {
                known.take(park);
            }
            changed.add(park.code());
        }

        void finish() {
            snapshots.republish(changed);
        }
    }
}
