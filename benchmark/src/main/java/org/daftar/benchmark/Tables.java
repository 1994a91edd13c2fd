package org.daftar.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the {@link Table} a generator writes rows of {@code table} to. */
@FunctionalInterface
interface Tables {

    Table open(String table, String... columns) throws SQLException;

    /** How many tables may be closed (loaded) at once, each by a thread of its own. */
    default int loaders() { return 1; }

    /** Plain JDBC batches of INSERTs, on any database. */
    static Tables jdbc(Connection c) {
        return (table, columns) -> new Batch(c, table, columns);
    }
}
