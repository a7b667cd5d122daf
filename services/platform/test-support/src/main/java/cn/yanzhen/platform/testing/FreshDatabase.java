package cn.yanzhen.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for one test application on the shared server, so tests never see each
 * other's rows (nor a developer's, when they run against the local stack's server).
 */
public record FreshDatabase(String name, String jdbcUrl, Endpoints server) {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    public static FreshDatabase create(Endpoints server) {
        String name = "yanzhen_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "create database " + name);
        Matcher url = DATABASE_IN_URL.matcher(server.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + server.jdbcUrl());
        }
        return new FreshDatabase(name, url.group(1) + name + url.group(3), server);
    }

    public void drop() {
        execute(server, "drop database if exists " + name + " with (force)");
    }

    private static void execute(Endpoints server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), server.dbPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server.jdbcUrl(), e);
        }
    }
}
