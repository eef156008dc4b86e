package io.hvmon.app.http;

import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * Jetty's TCP connector, with the {@link ConnectionGate} deciding at accept and every connection a
 * {@link ClientEndPoint}, so it is counted while open and its request heads are timed.
 */
final class GuardedConnector extends ServerConnector {

    private final ConnectionGate gate;

    GuardedConnector(Server server, ConnectionGate gate, int selectors, ConnectionFactory... factories) {
        super(server, 1, selectors, factories);
        this.gate = gate;
        addBean(gate); // as a SelectorManager.AcceptListener: called before Jetty reads anything
    }

    @Override
    protected SocketChannelEndPoint newEndPoint(SocketChannel channel, ManagedSelector selector, SelectionKey key)
            throws IOException {
        InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
        ClientEndPoint endPoint = new ClientEndPoint(channel, selector, key, getScheduler(), gate, peer.getAddress());
        endPoint.setIdleTimeout(getIdleTimeout());
        return endPoint;
    }
}
