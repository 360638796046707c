package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The entry point: {@code java -jar edoc-cli.jar <command> ...}. */
@Command(
        name = "edoc-cli",
        mixinStandardHelpOptions = true,
        version = "edoc-cli 0.1.0",
        description = "Công cụ gói tin edXML (QCVN 102:2016) của trục liên thông edoc / edXML packet tool.",
        subcommands = {
            InspectCommand.class,
            NewCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            VerifyReceiptCommand.class,
            SendCommand.class,
            PullCommand.class,
            StatusCommand.class,
            SimulateCommand.class,
            SamplePdfsCommand.class
        })
public final class EdocCli implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Exit code of a packet with problems. */
    public static final int PROBLEMS = 1;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args));
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }

    /** Runs one command, writing to {@code out}; returns the exit code. */
    public static int run(PrintWriter out, String... args) {
        CommandLine commandLine = new CommandLine(new EdocCli());
        commandLine.setOut(out);
        commandLine.setErr(out);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            out.println("edoc-cli: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine.execute(args);
    }
}
