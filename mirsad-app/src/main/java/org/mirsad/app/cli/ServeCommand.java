package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mirsad.app.Engine;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.app.http.MirsadServer;
import org.mirsad.app.http.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad serve}: the HTTP API and the web UI over a corpus. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the corpus: a web UI in Arabic and a JSON API (described at /api/openapi.json).",
            "Binds 127.0.0.1 unless --host says otherwise; another address needs --token."})
public final class ServeCommand implements Callable<Integer> {

    /** Options of a server, shared with {@code demo}. */
    public static final class ServerOptions {
        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
        int port;

        @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:MIRSAD_TOKEN}",
                description = "Access token every client must send (Authorization: Bearer TOKEN, or open /?token=TOKEN once "
                        + "in the browser). Required with a non-loopback --host. Default: $MIRSAD_TOKEN.")
        String token;

        @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY,
                description = "Largest text accepted by /api/analyze (default ${DEFAULT-VALUE}).")
        long maxBody;

        @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "" + ServerSettings.DEFAULT_MAX_UPLOAD,
                description = "Largest upload accepted by /api/ingest (default ${DEFAULT-VALUE}).")
        long maxUpload;

        ServerSettings settings(int portToUse) {
            return new ServerSettings(host, portToUse, token, maxBody, maxUpload);
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Option(names = "--data", defaultValue = "mirsad-data", paramLabel = "DIR", description = "Corpus folder (default ${DEFAULT-VALUE}; created when missing).")
    private Path data;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerSettings settings;
        try {
            settings = server.settings(server.port);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("mirsad serve: " + e.getMessage());
            return MirsadCli.USAGE;
        }
        return serve(LiveCorpus.open(data, Engine.createDefault()), settings, false, spec.commandLine().getOut(),
                spec.commandLine().getErr(), "mirsad serve");
    }

    /**
     * Serves {@code corpus} until the process is stopped (Ctrl-C), printing the address.
     *
     * @param anyPortIfTaken when the port is in use, take any free one instead of failing
     */
    static int serve(LiveCorpus corpus, ServerSettings settings, boolean anyPortIfTaken, PrintWriter out, PrintWriter err,
            String who) throws IOException, InterruptedException {
        corpus.warmViews(true);
        MirsadServer server;
        try {
            server = MirsadServer.start(corpus, settings);
        } catch (RuntimeException e) {
            if (!isBindFailure(e)) {
                throw e;
            }
            if (!anyPortIfTaken) {
                err.println(who + ": cannot listen on " + settings.host() + ":" + settings.port() + " (" + rootMessage(e)
                        + "); choose another --port");
                corpus.close();
                return MirsadCli.USAGE;
            }
            server = MirsadServer.start(corpus, new ServerSettings(settings.host(), 0, settings.token(),
                    settings.maxBodyBytes(), settings.maxUploadBytes()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        MirsadServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            corpus.close();
            stopped.countDown();
        }, "mirsad-stop"));
        out.printf("Mirsad is serving %s (%d articles) at %s%n", corpus.dir(), corpus.size(),
                settings.token() == null ? server.url() : server.url() + "?token=" + settings.token());
        out.println("API: " + server.url() + "api/openapi.json   Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return MirsadCli.OK;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("Bind")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
