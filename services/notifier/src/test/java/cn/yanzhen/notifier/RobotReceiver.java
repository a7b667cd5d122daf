package cn.yanzhen.notifier;

import cn.yanzhen.notifier.channels.application.Signatures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A local HTTP server standing in for the WeCom and DingTalk group robots and for a webhook: it keeps
 * what each path received, answers as the robots do, refuses a DingTalk request whose signature is not
 * the one its secret gives (errcode 310000, as DingTalk does), and answers 503 on a path taken down.
 */
public final class RobotReceiver implements AutoCloseable {

    /** The secret the DingTalk robots of the tests are set up with. */
    public static final String DINGTALK_SECRET = "SEC0123456789abcdef";

    public record Received(String path, Map<String, String> query, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();

    public RobotReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> at(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public void takeDown(String path) {
        down.add(path);
    }

    public void bringBack(String path) {
        down.remove(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (down.contains(path)) {
            answer(exchange, 503, "down for the test");
            return;
        }
        if (path.startsWith("/dingtalk/") && !signedByTheSecret(query)) {
            answer(exchange, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            return;
        }
        received.add(new Received(path, query, Map.copyOf(exchange.getRequestHeaders()), body));
        answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static boolean signedByTheSecret(Map<String, String> query) {
        String timestamp = query.get("timestamp");
        String sign = query.get("sign");
        return timestamp != null && sign != null && Signatures.dingTalk(DINGTALK_SECRET, Long.parseLong(timestamp))
                .equals(sign);
    }

    /** The raw (still URL-encoded) values, as DingTalk compares them. */
    private static Map<String, String> query(String raw) {
        if (raw == null) {
            return Map.of();
        }
        return Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? pair[1] : ""));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
