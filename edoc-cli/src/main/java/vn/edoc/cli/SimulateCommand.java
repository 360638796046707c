package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.edoc.client.EdocClient;
import vn.edoc.contract.axis.v1.PacketKind;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.signature.SigningKey;
import vn.edoc.signature.StatusReply;

/**
 * {@code simulate --office CODE ...}: plays an office's document-management system. Each round it takes and confirms
 * what waits for the office, and answers every document with the statuses asked for (by default 01 arrived, then 03
 * registered), sealed with the office's key. Status packets about documents the office sent are taken and counted.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Đóng vai hệ thống QLVBĐH của một đơn vị: nhận, xác nhận và trả lời trạng thái cho từng văn bản.",
            "Plays an office's document-management system: takes, confirms and answers each document with statuses."
        })
final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AxisOptions axis;

    @Mixin
    private SealOptions seal;

    @Option(names = "--office", required = true, description = "the office to play")
    private String office;

    @Option(
            names = "--answer",
            split = ",",
            defaultValue = "01,03",
            description = "the statuses to answer each document with, in order (default ${DEFAULT-VALUE})")
    private List<String> answers;

    @Option(names = "--rounds", defaultValue = "1", description = "how many rounds (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(
            names = "--interval",
            defaultValue = "PT2S",
            description = "the pause between rounds, ISO-8601 (default ${DEFAULT-VALUE})")
    private Duration interval;

    @Option(names = "--into", paramLabel = "DIR", description = "where packets are kept (default: a temporary folder)")
    private Path into;

    @Option(names = "--worker", defaultValue = "simulator", description = "the puller's name")
    private String worker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<StatusCode> statuses = new ArrayList<>();
        for (String answer : answers) {
            statuses.add(StatusCode.ofCode(answer.strip())
                    .orElseThrow(() -> new IllegalArgumentException("--answer: status codes, not " + answer)));
        }
        Path inbox = into != null ? Files.createDirectories(into) : Files.createTempDirectory("edoc-simulator-");
        EdocClient client = axis.client();
        SigningKey key = seal.key();
        int documents = 0;
        int statusPackets = 0;
        int answered = 0;
        for (int round = 1; round <= rounds; round++) {
            List<Path> received = new ArrayList<>();
            int[] kinds = new int[2];
            client.pullAndConfirm(office, worker, inbox, (pending, file) -> {
                boolean status = pending.getKind() == PacketKind.STATUS;
                kinds[status ? 1 : 0]++;
                if (!status) {
                    received.add(file);
                }
            });
            documents += kinds[0];
            statusPackets += kinds[1];
            for (Path document : received) {
                answered += answer(client, document, statuses, key, out);
            }
            if (round < rounds) {
                Thread.sleep(interval.toMillis());
            }
        }
        out.println(office + ": " + documents + " documents and " + statusPackets + " status packets received, "
                + answered + " statuses sent");
        return 0;
    }

    private int answer(EdocClient client, Path file, List<StatusCode> statuses, SigningKey key, PrintWriter out)
            throws java.io.IOException {
        var document = StatusReply.document(file);
        int sent = 0;
        for (StatusCode status : statuses) {
            String description = status == StatusCode.REFUSED ? "Không thuộc thẩm quyền (mô phỏng)" : null;
            byte[] packet = StatusReply.about(
                    document,
                    office,
                    status,
                    description,
                    "Văn thư (mô phỏng)",
                    StatusReply.now(java.time.Clock.systemUTC()).plusSeconds(sent),
                    key);
            client.sendStatus(packet);
            out.println("answered " + document.header().documentId() + " with " + status.code());
            sent++;
        }
        return sent;
    }
}
