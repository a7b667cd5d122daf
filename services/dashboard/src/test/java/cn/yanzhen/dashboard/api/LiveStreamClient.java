package cn.yanzhen.dashboard.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads GET /api/live over a real HTTP connection as a page does, one Server-Sent Event at a time. */
final class LiveStreamClient implements AutoCloseable {

    record Event(String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Put on the queue when the server ends the stream. */
    private static final Event END = new Event("", "");

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile Instant endedAt;

    private LiveStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "live-stream-client");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the stream with the token as the page's session cookie. */
    static LiveStreamClient withCookie(URI live, String token) {
        return open(HttpRequest.newBuilder(live).header("Cookie", "yanzhen_session=" + token));
    }

    /** Opens the stream with the token as a bearer header, as an API client would. */
    static LiveStreamClient withBearer(URI live, String token) {
        return open(HttpRequest.newBuilder(live).header("Authorization", "Bearer " + token));
    }

    private static LiveStreamClient open(HttpRequest.Builder request) {
        try {
            return new LiveStreamClient(HTTP.send(request.header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The body of a refused stream (a problem+json document). */
    String refusal() {
        try (Stream<String> lines = response.body()) {
            return lines.collect(Collectors.joining("\n"));
        }
    }

    /** The next event named so, skipping others; fails when the stream ends first or nothing comes in time. */
    Event next(String name, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        for (Event event = poll(deadline); event != END; event = poll(deadline)) {
            if (event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("the stream ended before an event '" + name + "'");
    }

    /** When the server ended the stream; fails unless it ends in time. */
    Instant awaitEnd(Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (poll(deadline) != END) {
            // events before the end do not matter here
        }
        return endedAt;
    }

    boolean ended() {
        return endedAt != null;
    }

    @Override
    public void close() {
        response.body().close();
    }

    private Event poll(Instant deadline) throws InterruptedException {
        long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        Event event = events.poll(millis, TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("nothing on the stream in time");
        }
        return event;
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (UncheckedIOException closedByTheTest) {
            // the test closed the stream itself
        } finally {
            endedAt = Instant.now();
            events.add(END);
        }
    }
}
