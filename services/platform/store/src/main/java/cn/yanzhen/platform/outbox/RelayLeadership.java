package cn.yanzhen.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Only one relay per service schema publishes at a time, so order per key holds with several
 * instances: the leader holds a PostgreSQL advisory lock on a connection of its own, and keeps it
 * until that connection closes (a crash releases it).
 */
final class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private volatile Connection connection;

    RelayLeadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The leader's connection, or null while another instance leads. */
    Connection connectionIfLeader() throws SQLException {
        if (connection != null) {
            return connection;
        }
        Connection candidate = dataSource.getConnection();
        candidate.setAutoCommit(true);
        try (Statement statement = candidate.createStatement();
             ResultSet lock = statement.executeQuery(
                     "select pg_try_advisory_lock(hashtext('yanzhen-outbox:' || current_schema()))")) {
            lock.next();
            if (lock.getBoolean(1)) {
                connection = candidate;
                return connection;
            }
        }
        candidate.close();
        return null;
    }

    boolean leading() {
        return connection != null;
    }

    /** Gives up the lead (after a failure, or at shutdown); the next round tries to take it again. */
    void release() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the relay connection failed", e);
        }
        connection = null;
    }
}
