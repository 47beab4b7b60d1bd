package dev.parley.adapter.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;

/**
 * The server's TLS key and certificate chain: a PKCS#12 (or JKS) keystore file and its password, which is also the
 * key's password (as {@code keytool} makes them). The password never appears in {@link #toString()} or an error.
 */
public record TlsSettings(Path keystore, String password) {
    public TlsSettings {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    /** The server side of TLS for Grizzly's listener: no client certificates asked for. */
    SSLEngineConfigurator engineConfigurator() {
        return new SSLEngineConfigurator(sslContext(), false, false, false);
    }

    private SSLContext sslContext() {
        char[] secret = password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(keystore.toFile(), secret);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, secret);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException failed) {
            throw new IllegalArgumentException("cannot use the TLS keystore " + keystore + " (wrong file or password?): "
                    + failed.getClass().getSimpleName(), failed);
        }
    }

    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore + ", password redacted]";
    }
}
