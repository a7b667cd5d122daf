package cn.yanzhen.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Prometheus' own rule checker, from Debian's prometheus package (.ci/run installs it). */
final class Promtool {

    record Result(int exitCode, String output) {
    }

    private Promtool() {
    }

    /** Runs promtool with the arguments in the given folder; a missing promtool fails, it is never skipped. */
    static Result run(Path folder, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is not on the PATH: install Debian's prometheus package "
                    + "(apt-get install prometheus, as .ci/run does) to test the alert rules", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("promtool " + arguments + " did not finish within two minutes");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("could not read promtool's output", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while promtool ran", e);
        }
    }
}
