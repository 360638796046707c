package vn.edoc.benchmarks.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.RuntimeMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server's heap and CPU over JMX (Payara's system connector, port 8686 by default). A phase is watched between
 * {@link #start()} and {@link #stop()}: the CPU the server's process used, and the heap in use sampled every 50 ms
 * (its highest sample is what the heap really held, garbage not yet collected included, at those moments), beside
 * the limit ({@code -Xmx}).
 */
final class ServerMonitor implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final OperatingSystemMXBean system;
    private final RuntimeMXBean runtime;
    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "server-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong highestHeapUsed = new AtomicLong();
    private long cpuAtStart;
    private long wallAtStart;

    ServerMonitor(String jmxUrl, String user, String password) throws Exception {
        connector = JMXConnectorFactory.connect(
                new JMXServiceURL(jmxUrl), Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
        MBeanServerConnection server = connector.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        system = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
        runtime = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
        for (ObjectName name : server.queryNames(new ObjectName("java.lang:type=MemoryPool,*"), null)) {
            MemoryPoolMXBean pool =
                    ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), MemoryPoolMXBean.class);
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
        sampler.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
    }

    /** The server's JVM and heap limit, for the results. */
    String describeServer() {
        return runtime.getVmVendor() + " " + runtime.getVmVersion() + ", heap limit "
                + (memory.getHeapMemoryUsage().getMax() >> 20) + " MB";
    }

    void start() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        highestHeapUsed.set(0);
        cpuAtStart = system.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    /** What the server used since {@link #start()}. */
    Usage stop() {
        long cpu = system.getProcessCpuTime() - cpuAtStart;
        long wall = System.nanoTime() - wallAtStart;
        long poolPeaks =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Usage(
                (double) cpu / wall,
                highestHeapUsed.get(),
                poolPeaks,
                memory.getHeapMemoryUsage().getMax(),
                system.getAvailableProcessors());
    }

    private void sample() {
        try {
            long used = memory.getHeapMemoryUsage().getUsed();
            highestHeapUsed.accumulateAndGet(used, Math::max);
        } catch (RuntimeException e) {
            // a sample lost while the server restarts or the connection closes: the next one counts
        }
    }

    @Override
    public void close() throws Exception {
        sampler.shutdownNow();
        connector.close();
    }

    /**
     * @param cpuCores the server's CPU time over the wall time (2.0 = both cores of this machine busy)
     * @param heapUsedHighest the highest heap use sampled
     * @param heapPoolPeaks the sum of each heap pool's own peak (they peak at different moments: an upper bound)
     * @param heapMax the heap's limit
     */
    record Usage(double cpuCores, long heapUsedHighest, long heapPoolPeaks, long heapMax, int processors) {
        String describe() {
            return String.format(
                    java.util.Locale.ROOT,
                    "server CPU %.2f of %d cores, heap used at most %d MB (pools' peaks %d MB) of %d MB",
                    cpuCores,
                    processors,
                    heapUsedHighest >> 20,
                    heapPoolPeaks >> 20,
                    heapMax >> 20);
        }
    }
}
