package org.daftar.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One INSERT statement filled row by row and sent as one JDBC batch when the caller flushes (the
 * caller flushes parent tables before child tables, and commits; autocommit is off). Instants are
 * written as UTC timestamps, exactly as the application's InstantConverter stores them.
 */
final class Batch implements Table {
    private final String table;
    private final PreparedStatement ps;
    private final int[] types;

    Batch(Connection c, String table, String... columns) throws SQLException {
        this.table = table;
        this.ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)");
        // typed NULLs: PostgreSQL refuses a VARCHAR null in a TIMESTAMP or BIGINT column
        this.types = new int[columns.length];
        var meta = ps.getParameterMetaData();
        for (int i = 0; i < columns.length; i++) {
            types[i] = meta.getParameterType(i + 1);
        }
    }

    @Override
    public String name() { return table; }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int p = i + 1;
            if (v == null) {
                ps.setNull(p, types[i]);
            } else if (v instanceof Instant t) {
                ps.setTimestamp(p, Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC)));
            } else if (v instanceof LocalDate d) {
                ps.setDate(p, Date.valueOf(d));
            } else {
                ps.setObject(p, v);
            }
        }
        ps.addBatch();
    }

    @Override
    public void flush() throws SQLException {
        ps.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        flush();
        ps.close();
    }
}
