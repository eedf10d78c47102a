package cnht.searchengine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One real OpenSearch node in this JVM, configured from the command line, stopped when stdin closes.
 *
 * <pre>java -cp CLASSPATH cnht.searchengine.EngineNode --home DIR -Ehttp.port=9201 -Ekey=value ...</pre>
 *
 * The codelibs runner alone names every node "Node N" and picks its own HTTP port; cnht needs several
 * JVMs (one per node, so a test can stop one node of a cluster) on ports chosen by the caller, so the
 * {@code -E} settings are given to the node as they are (they win over the runner's defaults). The parent
 * process keeps stdin open: when it exits or dies, stdin closes and the node shuts down cleanly.
 */
public final class EngineNode {
    private EngineNode() {
    }

    public static void main(final String[] args) throws Exception {
        String home = null;
        final Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            final String arg = args[i];
            if ("--home".equals(arg) && i + 1 < args.length) {
                home = args[++i];
            } else if (arg.startsWith("-E") && arg.indexOf('=') > 2) {
                final int eq = arg.indexOf('=');
                settings.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else {
                System.err.println("usage: EngineNode --home DIR [-Ekey=value ...]; unknown argument: " + arg);
                System.exit(2);
            }
        }
        if (home == null) {
            System.err.println("usage: EngineNode --home DIR [-Ekey=value ...]");
            System.exit(2);
        }
        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, builder) -> settings.forEach(builder::put));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner)));
        runner.build(OpenSearchRunner.newConfigs().basePath(home).numOfNode(1)
                .clusterName(settings.getOrDefault("cluster.name", "cnht")));
        System.out.println("cnht-engine-node started");
        System.out.flush();
        while (System.in.read() != -1) {
            // the parent writes nothing: wait for it to close stdin (or die)
        }
        close(runner);
        System.exit(0);
    }

    private static void close(final OpenSearchRunner runner) {
        try {
            if (!runner.isClosed()) {
                runner.close();
            }
        } catch (final IOException e) {
            System.err.println("closing the node: " + e);
        }
    }
}
