package vn.edoc.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import vn.edoc.client.EdocClient;
import vn.edoc.contract.axis.v1.PendingDocument;

/**
 * The offices' document-management systems on the receiving side: workers that take what waits for an office (list,
 * fetch, check, confirm) and hand each packet to the desk. An office is pulled when it is told that mail
 * waits for it, as an axis's push notice would tell it, not by polling every office all the time: polling 256 empty
 * inboxes would measure the listing of empty inboxes. Each office belongs to one worker, so its packets are never
 * pulled by two at once; a notice that comes while its worker pulls it brings one more pull.
 */
final class Mailroom implements AutoCloseable {
    /** What the office does with what it received. */
    interface Desk {
        /**
         * A packet fetched into {@code file}, checked against the SHA-256 the axis announced and confirmed: the desk
         * registers it, answers it, and deletes the file.
         */
        void received(EdocClient client, String office, PendingDocument pending, Path file) throws Exception;
    }

    private final List<Worker> workers = new ArrayList<>();
    private final Map<String, AtomicBoolean> noticed = new ConcurrentHashMap<>();
    private final Path inbox;
    private volatile Desk desk;
    private volatile Ledger ledger;
    private volatile boolean closed;

    Mailroom(int size, Supplier<EdocClient> clients, Path inbox) throws IOException {
        this.inbox = inbox;
        for (int i = 0; i < size; i++) {
            Worker worker = new Worker("bench-inbox-" + i, clients.get());
            Files.createDirectories(worker.inbox);
            workers.add(worker);
            worker.thread.start();
        }
    }

    /** Who answers what is taken from now on, and the ledger that counts failed calls. */
    void deskIs(Desk desk, Ledger ledger) {
        this.desk = desk;
        this.ledger = ledger;
    }

    /** Mail waits for {@code office}. */
    void notice(String office) {
        AtomicBoolean flag = noticed.computeIfAbsent(office, k -> new AtomicBoolean());
        if (!flag.getAndSet(true)) {
            workers.get(Math.floorMod(office.hashCode(), workers.size())).queue.add(office);
        }
    }

    void noticeAll(Collection<String> offices) {
        offices.forEach(this::notice);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        for (Worker worker : workers) {
            worker.thread.join();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Worker implements Runnable {
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final Thread thread;
        private final EdocClient client;
        private final String name;

        private final Path inbox;

        Worker(String name, EdocClient client) {
            this.name = name;
            this.client = client;
            // a folder per worker: a packet to many offices has one id for all of them
            this.inbox = Mailroom.this.inbox.resolve(name);
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (!closed) {
                try {
                    String office = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (office != null) {
                        noticed.get(office).set(false);
                        pull(office);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void pull(String office) {
            Desk current = desk;
            try {
                String cursor = null;
                do {
                    EdocClient.Page page = client.pending(office, 100, name, cursor);
                    for (PendingDocument pending : page.documents()) {
                        Path file = inbox.resolve(pending.getPacketId() + ".edxml");
                        EdocClient.Fetched fetched = client.fetch(office, pending.getPacketId(), name, file);
                        if (!fetched.sha256().equals(pending.getSha256())) {
                            throw new IllegalStateException("packet " + pending.getPacketId() + " arrived damaged");
                        }
                        client.confirm(office, pending.getPacketId(), fetched.sha256());
                        current.received(client, office, pending, file);
                    }
                    cursor = page.nextCursor();
                } while (cursor != null);
            } catch (Exception e) {
                // what was not confirmed is listed again (its lease is this worker's): look again a little later
                ledger.failed(e);
                pause();
                notice(office);
            }
        }
    }
}
