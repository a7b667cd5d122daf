package cn.yanzhen.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads, taken from its own sources: the environment variables its configuration names
 * (${YANZHEN_…} in its application.properties and in those of the platform modules it takes, and the variables
 * MicroProfile Config maps onto the top-level properties of their @ConfigMapping interfaces, e.g.
 * YANZHEN_TOPICS_PROVISION), and the consumer group that reads each of its incoming topics, the topic of each
 * incoming channel, whether it dead-letters what it cannot apply (a service with the platform's store, whose
 * consumer dead-letters), whether it has a database of its own (the platform's database module; not the dashboard)
 * and whether it is on the broker (the platform's messaging module; not the workbench).
 */
record ServiceConfiguration(String service, Set<String> variables, Map<String, String> groupOfTopic,
                            Map<String, String> topicOfChannel, boolean deadLetters,
                            boolean database, boolean broker) {

    private static final Path SERVICES = Manifests.REPOSITORY.resolve("services");
    private static final Path PLATFORM = SERVICES.resolve("platform");
    private static final Pattern PLATFORM_MODULE = Pattern.compile("<artifactId>yanzhen-platform-(\\w+)</artifactId>");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(YANZHEN_[A-Z0-9_]+)");
    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z.-]+)\"\\)");
    private static final Pattern PROPERTY_METHOD = Pattern.compile("^\\s+[\\w<>.]+\\s+(\\w+)\\(\\);");
    private static final Pattern INCOMING = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.([\\w-]+)\\.(topic|group\\.id)=(.+)$");

    static boolean exists(String service) {
        return Files.exists(properties(SERVICES.resolve(service).resolve("src/main")));
    }

    static ServiceConfiguration of(String service) {
        Path main = SERVICES.resolve(service).resolve("src/main");
        String properties = read(properties(main));
        Set<String> variables = new TreeSet<>();
        variables.addAll(referenced(properties));
        variables.addAll(mappedProperties(main.resolve("java")));
        Set<String> modules = platformModules(SERVICES.resolve(service));
        for (String module : modules) {
            Path moduleMain = PLATFORM.resolve(module).resolve("src/main");
            Path config = moduleMain.resolve("resources/META-INF/microprofile-config.properties");
            if (Files.exists(config)) {
                variables.addAll(referenced(read(config)));
            }
            variables.addAll(mappedProperties(moduleMain.resolve("java")));
        }
        return new ServiceConfiguration(service, variables, groupOfTopic(properties), incoming(properties, "topic"),
                modules.contains("store"), modules.contains("database"), modules.contains("messaging"));
    }

    /** The platform modules a project takes (test-support aside), with those they take in turn. */
    private static Set<String> platformModules(Path project) {
        Set<String> modules = new TreeSet<>();
        addPlatformModules(project, modules);
        return modules;
    }

    private static void addPlatformModules(Path project, Set<String> modules) {
        Matcher matcher = PLATFORM_MODULE.matcher(read(project.resolve("pom.xml")));
        while (matcher.find()) {
            String module = matcher.group(1);
            if (!module.equals("test") && modules.add(module)) {
                addPlatformModules(PLATFORM.resolve(module), modules);
            }
        }
    }

    private static Path properties(Path main) {
        return main.resolve("resources/application.properties");
    }

    private static Set<String> referenced(String properties) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(properties);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Map<String, String> groupOfTopic(String properties) {
        Map<String, String> topicOfChannel = incoming(properties, "topic");
        Map<String, String> groupOfChannel = incoming(properties, "group.id");
        Map<String, String> groups = new TreeMap<>();
        topicOfChannel.forEach((channel, topic) -> {
            if (groupOfChannel.containsKey(channel)) {
                groups.put(topic, groupOfChannel.get(channel));
            }
        });
        return groups;
    }

    /** The value of one attribute of each incoming channel, by channel name. */
    private static Map<String, String> incoming(String properties, String attribute) {
        Map<String, String> byChannel = new TreeMap<>();
        Matcher matcher = INCOMING.matcher(properties);
        while (matcher.find()) {
            if (matcher.group(2).equals(attribute)) {
                byChannel.put(matcher.group(1), matcher.group(3).trim());
            }
        }
        return byChannel;
    }

    /** Only the interface's own properties (brace depth 1); a nested group's are not known here. */
    private static Set<String> mappedProperties(Path sources) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = read(file);
                Matcher prefix = MAPPING_PREFIX.matcher(source);
                if (prefix.find()) {
                    names.addAll(topLevelProperties(prefix.group(1), source.substring(prefix.end())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> topLevelProperties(String prefix, String body) {
        Set<String> names = new TreeSet<>();
        int depth = 0;
        for (String line : body.split("\n")) {
            Matcher method = PROPERTY_METHOD.matcher(line);
            if (depth == 1 && method.find()) {
                String property = prefix + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2");
                names.add(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            }
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
