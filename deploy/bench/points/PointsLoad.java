// Load client for deploy/bench/points-credit and deploy/bench/points-crash: approves pending service
// records through the station server's REST API (each approval credits the record's points in the same
// database transaction) from a number of concurrent clients. Plain Java, run as a single source file:
//   java PointsLoad.java BASE_URL TOKEN IDS_FILE CLIENTS SECONDS ACKED_FILE
// IDS_FILE has one pending record id per line. Every approval the server acknowledged (HTTP 200) is
// appended to ACKED_FILE and flushed at once, so a crash of the server loses no acknowledgement.
// Prints: approvals=… errors=… seconds=… tps=… p50_ms=… p95_ms=… p99_ms=…
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

public class PointsLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        var ids = new ConcurrentLinkedQueue<String>(Files.readAllLines(Path.of(args[2])).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
        int clients = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        var acked = new PrintWriter(new FileWriter(args[5], true), true);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var errors = new AtomicInteger();
        var failures = Collections.synchronizedList(new ArrayList<String>());
        long started = System.nanoTime();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                String id;
                while (System.nanoTime() < deadline && (id = ids.poll()) != null) {
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/points/records/" + id + "/approve"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                            synchronized (acked) {
                                acked.println(id);
                            }
                        } else {
                            errors.incrementAndGet();
                            if (failures.size() < 5) failures.add(response.statusCode() + " " + response.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        // The server is gone (the crash benchmark kills it): stop this client.
                        errors.incrementAndGet();
                        return;
                    }
                }
            }));
        }
        for (var thread : threads) thread.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        failures.forEach(f -> System.err.println("refused: " + f));
        System.out.printf("approvals=%d errors=%d seconds=%.1f tps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%n",
                sorted.size(), errors.get(), seconds, sorted.size() / seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
