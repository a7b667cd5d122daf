package cn.yanzhen.stack;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's signing key and its tokens.
 *
 * <pre>
 *   keys DIR                                   make DIR/private.pem and DIR/public.pem unless they exist
 *   mint DIR --role ROLE [--region CODE] [--org ID] [--ttl 8h] [--subject NAME]   print a token
 * </pre>
 */
public final class TokenTool {

    /** The issuer the services expect unless YANZHEN_JWT_ISSUER says otherwise. */
    public static final String DEFAULT_ISSUER = "https://yanzhen.local";
    private static final Pattern TTL = Pattern.compile("(\\d{1,6})([smhd])");

    private TokenTool() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(run(List.of(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("token: " + e.getMessage());
            System.exit(2);
        }
    }

    static String run(List<String> args) throws IOException {
        if (args.size() < 2) {
            throw new IllegalArgumentException("usage: keys DIR | mint DIR --role ROLE [--region CODE] [--org ID]"
                    + " [--ttl 8h] [--subject NAME]");
        }
        Path dir = Path.of(args.get(1));
        return switch (args.get(0)) {
            case "keys" -> ensureKeys(dir) ? "created a signing key pair in " + dir : "key pair in " + dir + " kept";
            case "mint" -> mint(dir, request(new ArrayDeque<>(args.subList(2, args.size()))));
            default -> throw new IllegalArgumentException("unknown command " + args.get(0) + " (keys, mint)");
        };
    }

    /** Makes the key pair unless it exists; true when it was made. */
    public static boolean ensureKeys(Path dir) throws IOException {
        Path privateKey = dir.resolve("private.pem");
        if (Files.exists(privateKey)) {
            return false;
        }
        Files.createDirectories(dir);
        KeyPair keys = TokenMinter.newKeyPair();
        Files.writeString(dir.resolve("public.pem"), TokenMinter.publicKeyPem(keys.getPublic()));
        Path partial = dir.resolve("private.pem.partial");
        Files.writeString(partial, TokenMinter.privateKeyPem(keys.getPrivate()));
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        Files.move(partial, privateKey);
        return true;
    }

    /** A minter for the key pair in the directory, with the issuer the services expect. */
    public static TokenMinter minter(Path dir) throws IOException {
        Path privateKey = dir.resolve("private.pem");
        if (!Files.exists(privateKey)) {
            throw new IllegalArgumentException("no signing key in " + dir + "; `deploy/local/stack up` makes one");
        }
        String issuer = System.getenv().getOrDefault("YANZHEN_JWT_ISSUER", DEFAULT_ISSUER);
        return TokenMinter.fromPem(Files.readString(privateKey), issuer);
    }

    private static String mint(Path dir, TokenRequest request) throws IOException {
        ensureKeys(dir);
        return minter(dir).mint(request, Instant.now());
    }

    static TokenRequest request(Deque<String> options) {
        String role = null;
        String region = null;
        String org = null;
        String subject = null;
        Duration ttl = Duration.ofHours(8);
        while (!options.isEmpty()) {
            String option = options.pop();
            if (options.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = options.pop();
            switch (option) {
                case "--role" -> role = value;
                case "--region" -> region = value;
                case "--org" -> org = value;
                case "--subject" -> subject = value;
                case "--ttl" -> ttl = ttl(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (role == null || !Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + String.join(", ", Roles.ALL));
        }
        if ((Roles.REGIONAL_OFFICE.equals(role) || Roles.VERIFIER.equals(role)) && region == null) {
            throw new IllegalArgumentException("a " + role + " token needs --region CODE (GB/T 2260)");
        }
        if (Roles.ORGANISER.equals(role) && org == null) {
            throw new IllegalArgumentException("an organiser token needs --org ID (it owns the events it registers)");
        }
        if (region != null && !RegionDirectory.load().contains(region)) {
            throw new IllegalArgumentException("--region " + region + " is not a GB/T 2260 code this system knows");
        }
        String name = subject != null ? subject : defaultSubject(role, region, org);
        return new TokenRequest(name, List.of(role), region, org, ttl);
    }

    private static String defaultSubject(String role, String region, String org) {
        if (org != null) {
            return role + "-" + org.toLowerCase(Locale.ROOT);
        }
        return region != null ? role + "-" + region : role;
    }

    private static Duration ttl(String value) {
        Matcher matcher = TTL.matcher(value);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new IllegalArgumentException("--ttl must look like 90s, 30m or 8h (at most 24h)");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration ttl = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (ttl.compareTo(TokenRequest.MAX_AGE) > 0) {
            throw new IllegalArgumentException("--ttl " + value + " is longer than " + TokenRequest.MAX_AGE.toHours()
                    + "h: the services refuse a token issued longer ago than that");
        }
        return ttl;
    }
}
