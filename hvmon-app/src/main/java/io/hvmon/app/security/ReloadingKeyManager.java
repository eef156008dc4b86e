package io.hvmon.app.security;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's key manager: serves one certificate and picks up a new one when its files change, without a restart.
 * A handshake checks the files' stamps at most once per {@code checkEvery}; a changed stamp loads the files again. A
 * new set that does not load (half written, key and certificate not matching) is logged and the previous certificate
 * stays. Each generation has its own alias, so a handshake that chose an alias gets that generation's key and chain
 * even if a reload happens meanwhile.
 */
public final class ReloadingKeyManager extends X509ExtendedKeyManager {

    private static final Logger LOG = Logger.getLogger(ReloadingKeyManager.class.getName());
    private static final String ALIAS_PREFIX = "hvmon-";

    private record Generation(int number, ServerCredentials credentials) {
        String alias() {
            return ALIAS_PREFIX + number;
        }
    }

    private final CredentialSource source;
    private final long checkEveryNanos;
    private final LongSupplier nanoTime;
    private volatile Generation current;
    private volatile Generation previous;
    private FileStamp lastStamp;
    private long nextCheck;

    private ReloadingKeyManager(CredentialSource source, Duration checkEvery, LongSupplier nanoTime,
                                ServerCredentials first, FileStamp stamp) {
        this.source = source;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoTime = nanoTime;
        this.current = new Generation(1, first);
        this.previous = current;
        this.lastStamp = stamp;
        this.nextCheck = nanoTime.getAsLong() + checkEveryNanos;
    }

    /** Loads the certificate now; failing here stops the start, unlike a failed reload. */
    public static ReloadingKeyManager load(CredentialSource source, Duration checkEvery)
            throws IOException, GeneralSecurityException {
        FileStamp stamp = FileStamp.of(source.files());
        return new ReloadingKeyManager(source, checkEvery, System::nanoTime, source.load(), stamp);
    }

    public ServerCredentials credentials() {
        return current.credentials();
    }

    /** Loads the files again if their stamp changed since the last attempt and the check interval has passed. */
    void maybeReload() {
        long now = nanoTime.getAsLong();
        synchronized (this) {
            if (now - nextCheck < 0) {
                return;
            }
            nextCheck = now + checkEveryNanos;
            FileStamp stamp = FileStamp.of(source.files());
            if (stamp.equals(lastStamp)) {
                return;
            }
            lastStamp = stamp; // a bad new file is reported once, not at every handshake
            try {
                ServerCredentials loaded = source.load();
                Generation next = new Generation(current.number() + 1, loaded);
                previous = current;
                current = next;
                LOG.info("TLS certificate reloaded: " + loaded.describe());
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.log(Level.SEVERE, "TLS certificate files changed but cannot be loaded; still serving the previous"
                        + " certificate (" + current.credentials().describe() + "): " + e.getMessage());
            }
        }
    }

    private String choose(String keyType) {
        maybeReload();
        Generation generation = current;
        return generation.credentials().key().getAlgorithm().equals(keyType) ? generation.alias() : null;
    }

    private Generation generation(String alias) {
        Generation now = current;
        if (now.alias().equals(alias)) {
            return now;
        }
        Generation before = previous;
        return before.alias().equals(alias) ? before : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return choose(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return choose(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        String alias = choose(keyType);
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        Generation generation = generation(alias);
        return generation == null ? null : generation.credentials().chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        Generation generation = generation(alias);
        return generation == null ? null : generation.credentials().key();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
