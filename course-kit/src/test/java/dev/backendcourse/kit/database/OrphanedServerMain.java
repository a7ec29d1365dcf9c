package dev.backendcourse.kit.database;

import java.nio.file.Path;

/**
 * Starts a persistent embedded server and waits to be killed, so a test can leave a server behind the way
 * {@code kill -9} on a week's run command does. Prints {@code port=N} once the server accepts connections.
 */
public final class OrphanedServerMain {

    private OrphanedServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]));
        System.out.println("port=" + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
