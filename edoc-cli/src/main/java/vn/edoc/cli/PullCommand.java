package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.edoc.client.EdocClient;

/** {@code pull --office CODE --into DIR}: takes and confirms everything waiting for an office. */
@Command(
        name = "pull",
        mixinStandardHelpOptions = true,
        description = {
            "Nhận và xác nhận mọi gói tin đang chờ một đơn vị, lưu vào thư mục.",
            "Takes and confirms every packet waiting for an office, saved into a directory."
        })
final class PullCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AxisOptions axis;

    @Option(names = "--office", required = true, description = "the receiving office's code")
    private String office;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "where packets are saved")
    private Path into;

    @Option(names = "--worker", description = "this puller's name when several pull for the office")
    private String worker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(into);
        EdocClient client = axis.client();
        var received = client.pullAndConfirm(
                office,
                worker,
                into,
                (pending, file) -> out.println("received "
                        + pending.getKind() + " " + pending.getPacketId() + " " + pending.getDocumentId() + " from "
                        + pending.getSenderId() + " → " + file));
        out.println(office + ": " + received.size() + " received and confirmed");
        return 0;
    }
}
