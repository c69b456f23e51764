package org.essmarket.devstack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port checks: everything of ours listens on 127.0.0.1 only. */
public final class Ports {

    private Ports() {
    }

    /** True when something accepts TCP connections on the loopback port. */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when nothing accepts connections on the port and we could bind it. */
    public static boolean isFree(int port) {
        if (accepts(port)) {
            return false;
        }
        try (ServerSocket server = new ServerSocket()) {
            // As servers do: connections of an earlier run lingering in TIME_WAIT do not make a port busy.
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException cannotBind) {
            return false;
        }
    }

    /** A port the OS considers free right now (for test instances). */
    public static int freePort() {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return server.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port", e);
        }
    }
}
