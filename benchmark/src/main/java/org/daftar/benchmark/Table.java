package org.daftar.benchmark;

import java.sql.SQLException;

/**
 * Where the rows of one table go: JDBC batches ({@link Batch}), or CSV for the database's bulk load
 * ({@link CsvTable}). Rows are the same whichever way they travel, so a seed gives the same district.
 */
interface Table extends AutoCloseable {

    /** The table's name. */
    String name();

    /** Adds one row; values are Long, Integer, String, Boolean, Instant, LocalDate or null. */
    void row(Object... values) throws SQLException;

    /** The end of a chunk: what was added goes to the database (the caller flushes parents first, then commits). */
    void flush() throws SQLException;

    /** The end of the load. */
    @Override
    void close() throws SQLException;
}
