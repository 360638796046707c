package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.client.EdocClient;
import vn.edoc.client.EdocClientException;
import vn.edoc.contract.axis.v1.Acceptance;

/** {@code send PACKET...}: sends signed document packets to the axis as a connected system. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        description = {
            "Gửi gói tin văn bản đã ký lên trục (MTOM) với danh nghĩa một hệ thống kết nối.",
            "Sends signed document packets to the axis (MTOM) as a connected system."
        })
final class SendCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AxisOptions axis;

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "PACKET", arity = "1..*", description = "the packets to send")
    private List<Path> packets;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EdocClient client = axis.client();
        int refused = 0;
        for (Path packet : packets) {
            try {
                Acceptance accepted = client.send(packet);
                out.println(packet + ": accepted " + accepted.getPacketId() + " " + accepted.getDocumentId() + " → "
                        + String.join(
                                ", ",
                                accepted.getRecipient().stream()
                                        .map(r -> r.getOrganId() + " " + r.getState())
                                        .toList()));
            } catch (EdocClientException e) {
                out.println(packet + ": " + Refusals.describe(e, language.locale()));
                refused++;
            }
        }
        return refused == 0 ? 0 : EdocCli.PROBLEMS;
    }
}
