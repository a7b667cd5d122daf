package cn.yanzhen.platform.consumer;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Which CloudEvents types one consumer takes, and what each does to the unit of work {@code W} that a
 * batch of records shares: opened with the batch's events (to lock and load what they touch at once),
 * given each event in order, finished after the last (to write what they changed once), all in one
 * transaction. A type the consumer neither takes nor ignores is poison.
 *
 * @param <W> what a batch accumulates, e.g. the figures its events changed, to write them once
 */
public final class Routes<W> {

    private record Route<W, T>(Class<T> payloadType, BiConsumer<W, IncomingEvent<T>> effect) {

        @SuppressWarnings("unchecked")
        void apply(W work, IncomingEvent<?> event) {
            effect.accept(work, (IncomingEvent<T>) event);
        }
    }

    private final String consumer;
    private final Function<List<IncomingEvent<?>>, W> open;
    private final Consumer<W> finish;
    private final Map<String, Route<W, ?>> routes;
    private final Set<String> ignored;

    private Routes(String consumer, Function<List<IncomingEvent<?>>, W> open, Consumer<W> finish, Map<String, Route<W, ?>> routes,
                   Set<String> ignored) {
        this.consumer = consumer;
        this.open = open;
        this.finish = finish;
        this.routes = Map.copyOf(routes);
        this.ignored = Set.copyOf(ignored);
    }

    /** Routes of the consumer named {@code consumer} (its name in the duplicate check), opening work with {@code open}. */
    public static <W> Builder<W> of(String consumer, Function<List<IncomingEvent<?>>, W> open) {
        return new Builder<>(consumer, open);
    }

    String consumer() {
        return consumer;
    }

    /** The record as an event this consumer takes; empty for a type it ignores; poison otherwise. */
    Optional<IncomingEvent<?>> read(ConsumerRecord<String, String> record, IncomingEvents events) {
        String type = events.typeOf(record);
        if (ignored.contains(type)) {
            return Optional.empty();
        }
        Route<W, ?> route = routes.get(type);
        if (route == null) {
            throw new PoisonRecordException("consumer " + consumer + " does not take events of type " + type, null);
        }
        return Optional.of(events.read(record, route.payloadType()));
    }

    W open(List<IncomingEvent<?>> events) {
        return open.apply(events);
    }

    void apply(W work, IncomingEvent<?> event) {
        routes.get(event.type()).apply(work, event);
    }

    void finish(W work) {
        finish.accept(work);
    }

    public static final class Builder<W> {

        private final String consumer;
        private final Function<List<IncomingEvent<?>>, W> open;
        private final Map<String, Route<W, ?>> routes = new HashMap<>();
        private final Set<String> ignored = new HashSet<>();

        private Builder(String consumer, Function<List<IncomingEvent<?>>, W> open) {
            this.consumer = consumer;
            this.open = open;
        }

        public <T> Builder<W> on(String type, Class<T> payloadType, BiConsumer<W, IncomingEvent<T>> effect) {
            if (EventTypes.payloadType(type) != payloadType) {
                throw new IllegalArgumentException(type + " does not carry " + payloadType.getSimpleName());
            }
            routes.put(type, new Route<>(payloadType, effect));
            return this;
        }

        /** Events of this type are read past: offsets move on, nothing is recorded. */
        public Builder<W> ignore(String type) {
            ignored.add(type);
            return this;
        }

        /** What the batch does after its last event, e.g. publish what it changed. */
        public Routes<W> finishing(Consumer<W> finish) {
            return new Routes<>(consumer, open, finish, routes, ignored);
        }
    }
}
