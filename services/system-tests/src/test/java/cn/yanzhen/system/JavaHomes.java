package cn.yanzhen.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** JDKs on this machine: KEYCLOAK_JAVA_HOME first, then those under /usr/lib/jvm, by the version in their release file. */
final class JavaHomes {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private JavaHomes() {
    }

    static Optional<Path> atLeast(int major) throws IOException {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).filter(home -> !home.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            if (Files.isExecutable(home.resolve("bin/java")) && major(home) >= major) {
                return Optional.of(home);
            }
        }
        return Optional.empty();
    }

    private static int major(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Matcher version = VERSION.matcher(Files.readString(release));
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }
}
