package org.daftar.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Where the figures were measured. */
record Machine(int cores, long ramMb, String java, String database) {

    static Machine describe(Connection c) throws SQLException {
        long ram = 0;
        try {
            ram = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
        } catch (IOException ignored) {
            // not Linux: RAM unknown
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), ram,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
    }
}
