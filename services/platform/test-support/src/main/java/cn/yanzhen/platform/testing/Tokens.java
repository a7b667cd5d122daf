package cn.yanzhen.platform.testing;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for tests, signed with the test key pair the services under test are configured to
 * trust ({@link #serviceConfig()}; {@link YanzhenTestResource} and {@link ServiceProcess} apply it).
 */
public final class Tokens {

    public static final String ISSUER = "https://yanzhen.test";
    /** The organisation the suites' organiser belongs to. */
    public static final String ORGANISER_ORG = "GX-COMMERCE";

    private static final String KEYS = "/yanzhen-test-jwt/";
    private static final TokenMinter MINTER = TokenMinter.fromPem(resource("private.pem"), ISSUER);
    private static final TokenMinter STRANGER = new TokenMinter(TokenMinter.newKeyPair().getPrivate(), ISSUER);
    private static final Map<TokenRequest, String> MINTED = new ConcurrentHashMap<>();
    private static Path publicKeyFile;

    private Tokens() {
    }

    public static String admin() {
        return mint(TokenRequest.of("test-admin", Roles.ADMIN));
    }

    public static String organiser() {
        return organiser(ORGANISER_ORG);
    }

    public static String organiser(String org) {
        return mint(organiserOf(org));
    }

    public static String regionalOffice(String region) {
        return mint(regionalOfficeOf(region));
    }

    public static String monitor() {
        return mint(dashboard());
    }

    /** What an organiser of the organisation presents. */
    public static TokenRequest organiserOf(String org) {
        return TokenRequest.of("organiser-" + org.toLowerCase(), Roles.ORGANISER).withOrg(org);
    }

    /** What the regional office of the region presents. */
    public static TokenRequest regionalOfficeOf(String region) {
        return TokenRequest.of("office-" + region, Roles.REGIONAL_OFFICE).withRegion(region);
    }

    /** What a verifier of the region presents. */
    public static TokenRequest verifierOf(String region) {
        return TokenRequest.of("verifier-" + region, Roles.VERIFIER).withRegion(region);
    }

    /** What a monitoring dashboard presents. */
    public static TokenRequest dashboard() {
        return TokenRequest.of("dashboard", Roles.MONITOR);
    }

    /** A valid token (the same one for the same request during a test run: signing is not free). */
    public static String mint(TokenRequest request) {
        return MINTED.computeIfAbsent(request, wanted -> MINTER.mint(wanted, Instant.now()));
    }

    /** Signs with the key the services under test trust, for code that mints its own tokens. */
    public static TokenMinter minter() {
        return MINTER;
    }

    /** A token that has not expired but was issued an hour longer ago than the services accept. */
    public static String issuedTooLongAgo(TokenRequest request) {
        Duration age = TokenRequest.MAX_AGE.plusHours(1);
        return MINTER.mint(request.withTtl(age.plusHours(1)), Instant.now().minus(age));
    }

    /** A token that expired an hour ago. */
    public static String expired(TokenRequest request) {
        return MINTER.mint(request.withTtl(Duration.ofHours(1)), Instant.now().minus(Duration.ofHours(2)));
    }

    /** A well-formed token signed by a key no service trusts. */
    public static String signedByAnotherKey(TokenRequest request) {
        return STRANGER.mint(request, Instant.now());
    }

    /** A RestAssured request carrying the token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    public static RequestSpecification asAdmin() {
        return as(admin());
    }

    /** As an organiser of {@link #ORGANISER_ORG}. */
    public static RequestSpecification asOrganiser() {
        return as(organiser());
    }

    public static RequestSpecification asRegionalOffice(String region) {
        return as(regionalOffice(region));
    }

    public static RequestSpecification asVerifier(String region) {
        return as(mint(verifierOf(region)));
    }

    public static RequestSpecification asMonitor() {
        return as(monitor());
    }

    /** Configuration that makes a {@code @QuarkusTest} application trust these tokens. */
    public static Map<String, String> serviceConfig() {
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    private static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("yanzhen-test-jwt", ".pem");
                Files.writeString(file, resource("public.pem"));
                file.toFile().deleteOnExit();
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static String resource(String name) {
        try (InputStream in = Tokens.class.getResourceAsStream(KEYS + name)) {
            if (in == null) {
                throw new IllegalStateException("test key " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
