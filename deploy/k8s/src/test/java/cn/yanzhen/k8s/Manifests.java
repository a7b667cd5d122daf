package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The documents an overlay renders to, as kubectl would apply them. */
record Manifests(List<ObjectNode> documents) {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    static final Path K8S = REPOSITORY.resolve("deploy/k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("intake", "capacity", "matching", "tracking", "dashboard", "notifier", "workbench");

    static Manifests overlay(String name) {
        return new Manifests(Kustomize.render(K8S.resolve("overlays").resolve(name)));
    }

    Stream<ObjectNode> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText()));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(document -> name.equals(nameOf(document))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** A deep copy, to break on purpose. */
    Manifests copy() {
        return new Manifests(new ArrayList<>(documents.stream().map(ObjectNode::deepCopy).toList()));
    }

    static String nameOf(ObjectNode document) {
        return document.at("/metadata/name").asText();
    }

    static String describe(ObjectNode document) {
        return document.path("kind").asText() + " " + nameOf(document);
    }
}
