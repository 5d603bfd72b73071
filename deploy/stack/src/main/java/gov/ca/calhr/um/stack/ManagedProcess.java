package gov.ca.calhr.um.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A background process of the stack, known by the pid file it was started with: started only
 * when not already running, stopped by that pid and nothing else.
 */
public final class ManagedProcess {

    private final String name;
    private final Path pidFile;
    private final Path logFile;

    public ManagedProcess(StackLayout layout, String name) {
        this.name = name;
        this.pidFile = layout.pidDir().resolve(name + ".pid");
        this.logFile = layout.logDir().resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public Optional<ProcessHandle> running() {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts {@code command} in its own session (so a Ctrl-C in the launching terminal does not
     * reach it), output to the log file, unless this process is already running.
     *
     * @return true when started now, false when an earlier start is still running
     */
    public boolean start(List<String> command, Map<String, String> environment, Path workDir) {
        if (running().isPresent()) {
            return false;
        }
        try {
            Files.createDirectories(pidFile.getParent());
            Files.createDirectories(logFile.getParent());
            List<String> detached = new ArrayList<>();
            detached.add("setsid");
            detached.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(detached)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** SIGTERM to the recorded pid; SIGKILL if it has not ended after {@code grace}. */
    public boolean stop(Duration grace) {
        return stop("TERM", grace);
    }

    /** SIGKILL: the process dies at once, as in a crash. */
    public boolean kill() {
        return stop("KILL", Duration.ofSeconds(10));
    }

    /** {@code signal} (TERM, INT, KILL) to the recorded pid; SIGKILL if it has not ended after {@code grace}. */
    public boolean stop(String signal, Duration grace) {
        Optional<ProcessHandle> process = running();
        process.ifPresent(p -> {
            signal(p, signal);
            try {
                p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception timeout) {
                p.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return process.isPresent();
    }

    private static void signal(ProcessHandle p, String signal) {
        switch (signal) {
            case "TERM" -> p.destroy();
            case "KILL" -> p.destroyForcibly();
            default -> {
                try {
                    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
