import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with its Bolt connector on 127.0.0.1 only (the documented
 * "embedded with Bolt" set-up), so the project needs a JDK and Maven but no installed server.
 *
 * Arguments: data folder, Bolt port, and "--exit-with-parent" to stop when standard input closes:
 * the parent holds the other end of that pipe, so the database cannot outlive it, even after a
 * SIGKILL that gives the parent no chance to clean up, and even while the database is still starting.
 */
public class Launcher {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    boolean exitWithParent = args.length > 2 && args[2].equals("--exit-with-parent");
    // Watching starts before the database does: a parent that dies during a slow start must not
    // leave a database behind that finishes starting for nobody.
    if (exitWithParent) watchParent();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Loopback only, for one developer or one test run; a shared server belongs behind NEO4J_URI.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        // Bolt waits 5 s for its connections and 5 s more for its threads on shutdown by default; one
        // local user, and the promise of a stop within seconds of Ctrl-C, want less.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    System.out.println("Neo4j is listening on bolt://127.0.0.1:" + port);
    Thread.currentThread().join();
  }

  /** Exits when standard input closes: cleanly if the shutdown takes less than HALT_AFTER, at once if not. */
  private static void watchParent() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Nothing is ever sent; the read only returns when the parent's end closes.
        }
      } catch (java.io.IOException closed) {
        // A broken pipe means the same: the parent is gone.
      }
      Thread halter = new Thread(() -> {
        try {
          Thread.sleep(HALT_AFTER.toMillis());
        } catch (InterruptedException ignored) {
          // Halting anyway.
        }
        Runtime.getRuntime().halt(1);
      });
      halter.setDaemon(true);
      halter.start();
      System.exit(0);
    }, "exit-with-parent");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** An orphaned database stops within this long even if its clean shutdown hangs. */
  private static final Duration HALT_AFTER = Duration.ofSeconds(10);
}
