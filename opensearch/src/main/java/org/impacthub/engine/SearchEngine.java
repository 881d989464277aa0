package org.impacthub.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts a single-node OpenSearch on 127.0.0.1 with its data in a temporary folder, for
 * the hub's tests and for development. Usage: SearchEngine [http port] (default 9250).
 * Stops when the process is killed. Data lives in a temporary folder, or in ENGINE_HOME.
 */
public final class SearchEngine {

    /** Node's constructor that takes plugins from the classpath is protected. */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private SearchEngine() {}

    public static void main(String[] args) throws Exception {
        int httpPort = args.length > 0 ? Integer.parseInt(args[0]) : 9250;
        // ENGINE_HOME keeps the data across restarts (the fault tests restart an engine);
        // by default every start begins empty in a temporary folder.
        String keep = System.getenv("ENGINE_HOME");
        Path home = keep != null && !keep.isEmpty()
            ? Files.createDirectories(Path.of(keep))
            : Files.createTempDirectory("hub-opensearch-");
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("cluster.name", "impact-hub-test")
            .put("node.name", "impact-hub-test-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpPort))
            .put("transport.port", Integer.toString(httpPort + 100))
            .put("discovery.type", "single-node")
            // A test engine: small, and no disk watermarks on a busy CI disk.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment environment = new Environment(settings, home.resolve("config"));
        Node node = new ClasspathPluginNode(
            environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, PolishAnalysisPlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }));
        node.start();
        System.out.println("OpenSearch is running on http://127.0.0.1:" + httpPort);
        Thread.currentThread().join();
    }
}
