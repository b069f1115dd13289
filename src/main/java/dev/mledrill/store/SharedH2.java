package dev.mledrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets other processes on this machine (the CLI's backup, export, forget, retention) use the H2
 * database the service holds open, which H2 would otherwise refuse to a second process. The service
 * serves it on a loopback TCP port under a random key, and writes {@value #FILE} (port and key,
 * readable by its owner only) next to the database; the file goes when the service stops.
 */
public final class SharedH2 implements AutoCloseable {
    static final String FILE = "mle-drill.server";
    private static final Logger LOG = LoggerFactory.getLogger(SharedH2.class);

    private final Server server;
    private final Path file;

    private SharedH2(Server server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Serves the database in {@code dataDirectory} (already opened by this process) to local processes. */
    public static SharedH2 start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath();
        String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try {
            Server server = Server.createTcpServer(
                            "-tcpPort",
                            "0",
                            "-tcpDaemon",
                            "-ifExists",
                            "-key",
                            key,
                            directory.resolve(Backup.DATABASE_NAME).toString())
                    .start();
            Path file = directory.resolve(FILE);
            Files.deleteIfExists(file);
            Files.createFile(file);
            ownerOnly(file);
            Files.write(file, List.of(server.getPort() + " " + key));
            LOG.info("database shared with local mle-drill commands on 127.0.0.1:{}", server.getPort());
            return new SharedH2(server, file);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not share the database with local commands: " + e.getMessage(), e);
        }
    }

    /** The URL of the service's shared database in {@code dataDirectory}, if a service announced one. */
    static Optional<String> url(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file).strip().split(" ");
            return parts.length == 2
                    ? Optional.of("jdbc:h2:tcp://127.0.0.1:" + parts[0] + "/" + parts[1])
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect the file.
        }
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.getMessage());
        }
    }
}
