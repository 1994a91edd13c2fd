package org.daftar.benchmark;

import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A table's rows as CSV (RFC 4180: strings quoted, quotes doubled, NULL an empty unquoted field),
 * loaded the way each database loads fastest:
 * <ul>
 * <li>Derby: appended to a file and imported once, at the end, with {@code SYSCS_UTIL.SYSCS_IMPORT_DATA}.
 *     Importing into an empty table is Derby's bulk insert: the rows are not logged and the indexes
 *     are built by sorting once instead of row by row.</li>
 * <li>PostgreSQL: each chunk sent with {@code COPY … FROM STDIN} through pgjdbc's CopyManager.</li>
 * </ul>
 * Instants are UTC timestamps, exactly as {@link Batch} and the application's InstantConverter write them.
 */
final class CsvTable implements Table {

    /**
     * Derby's way: {@code dir} holds the files until they are imported, each through a connection of
     * its own to {@code url}, so that {@link Items#close()} can import tables side by side.
     */
    static Tables derby(Connection c, String url, Path dir) {
        return new Tables() {
            @Override
            public Table open(String table, String... columns) throws SQLException {
                return new CsvTable(c, url, table, columns, dir.resolve(table + ".csv"));
            }

            @Override
            public int loaders() { return 3; }
        };
    }

    static Tables postgresql(Connection c) {
        return (table, columns) -> new CsvTable(c, null, table, columns, null);
    }

    private final Connection c;
    private final String url;
    private final String table;
    private final String[] columns;
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder chunk = new StringBuilder(1 << 16);

    private CsvTable(Connection c, String url, String table, String[] columns, Path file) throws SQLException {
        this.c = c;
        this.url = url;
        this.table = table;
        this.columns = columns;
        this.file = file;
        try {
            this.out = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot write " + file, e);
        }
    }

    @Override
    public String name() { return table; }

    @Override
    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                chunk.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v instanceof Instant t) {
                chunk.append(Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC)));
            } else if (v != null) {
                chunk.append(v);
            }
        }
        chunk.append('\n');
    }

    @Override
    public void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            if (out != null) {
                out.append(chunk);
            } else {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                        + ") FROM STDIN WITH (FORMAT csv)", new StringReader(chunk.toString()));
            }
        } catch (IOException e) {
            throw new SQLException("cannot load " + table, e);
        }
        chunk.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (out == null) {
            return;
        }
        try (Connection own = DriverManager.getConnection(url)) {
            out.close();
            try (CallableStatement call = own.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, NULL, NULL, 'UTF-8', 0)")) {
                call.setString(1, table.toUpperCase(Locale.ROOT));
                call.setString(2, String.join(",", columns).toUpperCase(Locale.ROOT));
                call.setString(3, file.toAbsolutePath().toString());
                call.execute();
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
