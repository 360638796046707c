package vn.edoc.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's allocation profiler and prints one table: throughput, the bytes a second that makes,
 * and the bytes allocated per operation. Arguments are JMH's own (for example a name filter, or {@code -f 0}).
 */
public final class BenchmarkTable {
    private BenchmarkTable() {}

    public static void main(String[] args) throws RunnerException, Exception {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        print(results);
        printRatios(results);
        printForgiven(results);
    }

    /** For each {@code xForgiven} beside {@code x}: how many times the time of a packet that keeps the standard. */
    private static void printForgiven(Collection<RunResult> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-32s %14s %20s%n", "forgiven / standard packet", "attachment", "time ratio");
        for (RunResult forgiven : results) {
            String name = forgiven.getParams().getBenchmark();
            if (!name.endsWith("Forgiven")) {
                continue;
            }
            String attachment = forgiven.getParams().getParam("attachmentBytes");
            for (RunResult standard : results) {
                if (standard.getParams().getBenchmark().equals(name.replaceFirst("Forgiven$", ""))
                        && standard.getParams().getParam("attachmentBytes").equals(attachment)) {
                    double ratio = standard.getPrimaryResult().getScore()
                            / forgiven.getPrimaryResult().getScore();
                    String shortName = name.replaceFirst("^.*\\.(\\w+)$", "$1");
                    System.out.printf(Locale.ROOT, "%-32s %14s %20.2f%n", shortName, attachment, ratio);
                }
            }
        }
    }

    /**
     * For each {@code xOurs} (or {@code xSomethingOurs}) beside {@code xBare}: how many times the bare library's time
     * ours takes.
     */
    private static void printRatios(Collection<RunResult> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-32s %14s %20s%n", "ours / bare Santuario", "attachment", "time ratio");
        for (RunResult ours : results) {
            String name = ours.getParams().getBenchmark();
            if (!name.endsWith("Ours")) {
                continue;
            }
            String attachment = ours.getParams().getParam("attachmentBytes");
            for (RunResult bare : results) {
                if (bare.getParams().getBenchmark().equals(name.replaceFirst("(sign|verify)\\w*Ours$", "$1Bare"))
                        && bare.getParams().getParam("attachmentBytes").equals(attachment)) {
                    double ratio = bare.getPrimaryResult().getScore()
                            / ours.getPrimaryResult().getScore();
                    String shortName = name.replaceFirst("^.*\\.(\\w+)Ours$", "$1");
                    System.out.printf(Locale.ROOT, "%-32s %14s %20.2f%n", shortName, attachment, ratio);
                }
            }
        }
    }

    private static void print(Collection<RunResult> results) {
        System.out.println();
        System.out.printf(
                Locale.ROOT, "%-32s %14s %12s %12s %16s%n", "benchmark", "attachment", "ops/s", "MB/s", "alloc B/op");
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            int attachment = Integer.parseInt(run.getParams().getParam("attachmentBytes"));
            Result<?> primary = run.getPrimaryResult();
            double opsPerSecond = primary.getScore();
            // the packet is the attachment in base64 (4/3) plus about 2 KB of envelope
            double megabytesPerSecond = opsPerSecond * (attachment * 4.0 / 3 + 2048) / 1_000_000;
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %14d %12.1f %12.1f %16.0f%n",
                    name,
                    attachment,
                    opsPerSecond,
                    megabytesPerSecond,
                    allocation == null ? Double.NaN : allocation.getScore());
        }
    }
}
