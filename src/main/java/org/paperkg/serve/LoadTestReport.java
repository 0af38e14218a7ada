package org.paperkg.serve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Throughput, latency percentiles and errors of a load test, overall and per query. */
public record LoadTestReport(int clients, int requested, List<LoadTest.Sample> samples, long elapsedNanos) {

    public long errors() {
        return samples.stream().filter(s -> !s.ok()).count();
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double throughput() {
        return samples.size() / seconds();
    }

    /** The p-th percentile latency in milliseconds (nearest rank), of all samples. */
    public double percentileMs(double p) {
        return percentileMs(samples, p);
    }

    static double percentileMs(List<LoadTest.Sample> list, double p) {
        if (list.isEmpty()) {
            return Double.NaN;
        }
        long[] ns = list.stream().mapToLong(LoadTest.Sample::nanos).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * ns.length);
        return ns[Math.max(0, Math.min(ns.length - 1, rank - 1))] / 1e6;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("clients:     %d%n", clients));
        sb.append(String.format("requests:    %,d done of %,d (%s)%n", samples.size(), requested,
                samples.size() < requested ? "stopped by the time limit" : "all"));
        sb.append(String.format("time:        %.1f s%n", seconds()));
        sb.append(String.format("throughput:  %.1f queries/s%n", throughput()));
        sb.append(String.format("latency:     p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentileMs(50), percentileMs(99), percentileMs(100)));
        sb.append(String.format("errors:      %,d%s%n", errors(), errors() == 0 ? "" : " " + errorKinds()));
        long hits = samples.stream().filter(LoadTest.Sample::cacheHit).count();
        sb.append(String.format("cache:       %,d answers from the cache, %,d computed (miss rate %.1f%%)%n", hits,
                samples.size() - hits, samples.isEmpty() ? 0 : 100.0 * (samples.size() - hits) / samples.size()));
        sb.append(String.format("%-22s %6s %9s %9s %6s%n", "per query", "n", "p50 ms", "p99 ms", "errors"));
        Map<String, List<LoadTest.Sample>> byQuery = samples.stream()
                .collect(Collectors.groupingBy(LoadTest.Sample::query, TreeMap::new, Collectors.toList()));
        byQuery.forEach((q, list) -> sb.append(String.format("%-22s %6d %9.1f %9.1f %6d%n", q, list.size(),
                percentileMs(list, 50), percentileMs(list, 99), list.stream().filter(s -> !s.ok()).count())));
        return sb.toString();
    }

    private String errorKinds() {
        return samples.stream().filter(s -> !s.ok())
                .collect(Collectors.groupingBy(LoadTest.Sample::error, TreeMap::new, Collectors.counting())).toString();
    }

}
