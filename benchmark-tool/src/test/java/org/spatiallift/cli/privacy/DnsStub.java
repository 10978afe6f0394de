package org.spatiallift.cli.privacy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A DNS server on 127.0.0.1:53 (UDP) for a network namespace of a test: logs every query's name and type and answers
 * A queries with 127.0.0.1 (so a client that resolves a name then tries to connect, and the connect is seen too), other
 * types with no answer. RFC 1035 §4.1 message format; one question per message, as resolvers send.
 */
final class DnsStub implements AutoCloseable {

    private final DatagramSocket socket;
    private final Thread thread;

    DnsStub(Consumer<String> log) throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
        thread = new Thread(() -> serve(log), "dns-stub");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(Consumer<String> log) {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                Question q = Question.parse(p.getData(), p.getLength());
                if (q == null) {
                    log.accept("dns ? malformed query of " + p.getLength() + " bytes");
                    continue;
                }
                log.accept("dns " + q.name() + " type " + q.type());
                byte[] reply = q.reply(p.getData());
                socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    log.accept("dns ? " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    /** The question of a query: its name, type and where the question section ends. */
    private record Question(String name, int type, int end) {

        static Question parse(byte[] m, int length) {
            StringBuilder name = new StringBuilder();
            int i = 12;
            while (i < length && m[i] != 0) {
                int n = m[i] & 0xff;
                if (n > 63 || i + 1 + n > length) {
                    return null;
                }
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(new String(m, i + 1, n, StandardCharsets.US_ASCII));
                i += 1 + n;
            }
            if (i + 5 > length) {
                return null;
            }
            int type = ((m[i + 1] & 0xff) << 8) | (m[i + 2] & 0xff);
            return new Question(name.toString(), type, i + 5);
        }

        byte[] reply(byte[] query) {
            boolean a = type == 1;
            byte[] r = Arrays.copyOf(query, end + (a ? 16 : 0));
            r[2] = (byte) 0x81; // response, recursion desired
            r[3] = (byte) 0x80; // recursion available, no error
            r[6] = 0;
            r[7] = (byte) (a ? 1 : 0); // answers
            r[8] = r[9] = r[10] = r[11] = 0; // no authority or additional records
            if (a) {
                byte[] answer = {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 1};
                System.arraycopy(answer, 0, r, end, answer.length);
            }
            return r;
        }
    }
}
