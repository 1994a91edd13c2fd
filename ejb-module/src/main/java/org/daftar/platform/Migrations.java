package org.daftar.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database schema up to this release on start-up. The schema belongs to the versioned
 * scripts under {@code db/migration}; an existing database is upgraded in place, rows kept.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/daftar")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String derbyUrl = derbyUrl();
        // the portable migrations, and the few that only one database can express (triggers)
        var config = Flyway.configure(Migrations.class.getClassLoader()).locations("classpath:db/migration/common",
                "classpath:db/migration/" + (derbyUrl != null ? "derby" : "postgresql"));
        if (derbyUrl != null) {
            // A Derby database created with territory-based collation compares its UCS_BASIC system
            // tables against our columns; Flyway's history queries only work from schema SYS. That
            // setting would stick to pooled connections, so Flyway gets connections of its own.
            config = config.dataSource(derbyUrl, null, null)
                    .initSql("SET SCHEMA SYS").schemas("APP").defaultSchema("APP");
        } else {
            config = config.dataSource(dataSource);
        }
        MigrateResult result = config.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The JDBC URL of an embedded Derby database, or null for any other database. */
    private String derbyUrl() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("derby") ? c.getMetaData().getURL() : null;
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable", e);
        }
    }
}
