package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.edoc.client.EdocClientException;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.signature.StatusReply;

/** {@code status --office CODE --document FILE --code 03}: reports the office's status on a document it received. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Gửi trạng thái xử lý (01-06, 15, 16) của đơn vị về một văn bản đã nhận, đóng dấu bằng khóa của đơn vị.",
            "Reports the office's status (01-06, 15, 16) on a document it received, sealed with its key."
        })
final class StatusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AxisOptions axis;

    @Mixin
    private SealOptions seal;

    @Mixin
    private LanguageOption language;

    @Option(names = "--office", required = true, description = "the reporting office's code")
    private String office;

    @Option(names = "--document", required = true, paramLabel = "FILE", description = "the document packet received")
    private Path document;

    @Option(names = "--code", required = true, description = "01 arrived, 02 refused, 03 registered, ...")
    private String code;

    @Option(names = "--description", description = "the reason (required for 02) or a note")
    private String description;

    @Option(names = "--staff", description = "the clerk who handled it")
    private String staff;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StatusCode status = StatusCode.ofCode(code)
                .orElseThrow(() -> new IllegalArgumentException("--code: 01-06, 13, 15 or 16, not " + code));
        byte[] packet = StatusReply.about(
                StatusReply.document(document),
                office,
                status,
                description,
                staff,
                StatusReply.now(java.time.Clock.systemUTC()),
                seal.key());
        try {
            Acceptance accepted = axis.client().sendStatus(packet);
            out.println(office + ": status " + status.code() + " accepted as " + accepted.getPacketId());
            return 0;
        } catch (EdocClientException e) {
            out.println(office + ": " + Refusals.describe(e, language.locale()));
            return EdocCli.PROBLEMS;
        }
    }
}
