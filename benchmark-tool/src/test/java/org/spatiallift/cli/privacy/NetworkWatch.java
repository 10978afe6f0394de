package org.spatiallift.cli.privacy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Runs a command while watching the network of an isolated namespace (run it inside {@code unshare -n} with
 * /etc/resolv.conf pointing at 127.0.0.1): a {@link DnsStub} logs every name looked up, and listeners on ports 53, 80
 * and 443 (TCP) of every local address log every connect with the address it was made to: 127.0.0.1, where the stub's
 * answers (every name is 127.0.0.1) draw clients, and any address the namespace puts on its loopback device (the cloud
 * metadata address, which clients reach without a name). Before the command it resolves one name itself, so the
 * report proves the watch sees lookups.
 *
 * <p>Usage: {@code NetworkWatch REPORT -- COMMAND…}. REPORT gets one line per event, then {@code exit N} and
 * {@code seconds S} of the command; the exit code is the command's.
 */
public final class NetworkWatch {

    /** The name resolved before the command starts; its query must appear first in every report. */
    public static final String SELF_CHECK = "selfcheck.spatiallift.invalid";

    private NetworkWatch() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int dash = Arrays.asList(args).indexOf("--");
        if (dash != 1 || args.length < 3) {
            throw new IllegalArgumentException("usage: NetworkWatch REPORT -- COMMAND...");
        }
        Path report = Path.of(args[0]);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<ServerSocket> listeners = new ArrayList<>();
        try (DnsStub dns = new DnsStub(events::add)) {
            for (int port : new int[] {53, 80, 443}) {
                listeners.add(listen(port, events));
            }
            try {
                InetAddress.getByName(SELF_CHECK);
            } catch (UnknownHostException e) {
                events.add("selfcheck failed: " + e.getMessage());
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(Arrays.copyOfRange(args, 2, args.length)).inheritIO().start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(500);
            List<String> lines = new ArrayList<>(events);
            lines.add("exit " + exit);
            lines.add("seconds " + seconds);
            Files.write(report, lines);
            System.exit(exit);
        } finally {
            for (ServerSocket s : listeners) {
                s.close();
            }
        }
    }

    private static ServerSocket listen(int port, List<String> events) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(port)); // every address of the namespace: loopback and what was added to it
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    events.add("connect tcp " + port + " to " + s.getLocalAddress().getHostAddress() + " from "
                            + s.getRemoteSocketAddress());
                } catch (IOException e) {
                    // closed at the end of the watch
                }
            }
        }, "watch-" + port);
        t.setDaemon(true);
        t.start();
        return server;
    }
}
