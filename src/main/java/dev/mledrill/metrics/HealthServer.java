package dev.mledrill.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The service's HTTP listener (JDK {@link HttpServer}, one thread): {@code /healthz} is 200 while
 * the process runs and its database answers; {@code /readyz} is 200 only when every readiness
 * check holds, else 503 with the first reason on one line; {@code /metrics} is the Prometheus text.
 */
public final class HealthServer implements AutoCloseable {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final HttpServer server;
    private final ExecutorService executor;

    private HealthServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on {@code address} (port 0: any free port) and serves until {@link #close()}. */
    public static HealthServer start(
            InetSocketAddress address, Check live, List<Check> ready, Supplier<String> scrape) {
        Objects.requireNonNull(live, "live");
        List<Check> readiness = List.copyOf(ready);
        Objects.requireNonNull(scrape, "scrape");
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "metrics: cannot listen on " + address.getHostString() + ":" + address.getPort()
                            + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); check metrics.port (a free port) and metrics.bind (an address of this machine)",
                    e);
        }
        server.createContext("/healthz", exchange -> answerCheck(exchange, List.of(live)));
        server.createContext("/readyz", exchange -> answerCheck(exchange, readiness));
        server.createContext("/metrics", exchange -> {
            if (exactPath(exchange, "/metrics")) {
                respond(exchange, 200, PROMETHEUS_TEXT, scrape.get());
            }
        });
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mle-drill-metrics");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new HealthServer(server, executor);
    }

    /** The port actually listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void answerCheck(HttpExchange exchange, List<Check> checks) throws IOException {
        if (!exactPath(exchange, exchange.getHttpContext().getPath())) {
            return;
        }
        Optional<String> problem =
                checks.stream().map(Check::problem).flatMap(Optional::stream).findFirst();
        respond(exchange, problem.isEmpty() ? 200 : 503, "text/plain; charset=utf-8", problem.orElse("ok") + "\n");
    }

    /** A context matches every path under it: anything else is a 404. */
    private static boolean exactPath(HttpExchange exchange, String path) throws IOException {
        if (exchange.getRequestURI().getPath().equals(path)) {
            return true;
        }
        respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
        return false;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
