package io.hvmon.app.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes PEM: certificate chains and unencrypted PKCS#8 private keys (RSA or EC). */
public final class PemFiles {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,40})-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    private PemFiles() {
    }

    public static ServerCredentials read(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        return ServerCredentials.checked(readKey(keyFile), readCertificates(certificateFile));
    }

    static List<X509Certificate> readCertificates(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        Matcher block = BLOCK.matcher(text(file));
        while (block.find()) {
            if (block.group(1).equals("CERTIFICATE")) {
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(decode(block))));
            }
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
        refuseIfOthersCanRead(file);
        Matcher block = BLOCK.matcher(text(file));
        while (block.find()) {
            String convert = "openssl pkcs8 -topk8 -nocrypt -in " + file + " -out " + file + ".pk8";
            switch (block.group(1)) {
                case "PRIVATE KEY" -> {
                    return pkcs8(file, decode(block));
                }
                case "RSA PRIVATE KEY" -> throw new GeneralSecurityException(file + " holds a PKCS#1 RSA key"
                        + " (BEGIN RSA PRIVATE KEY); hvmon reads PKCS#8 (BEGIN PRIVATE KEY). Convert it with: " + convert);
                case "EC PRIVATE KEY" -> throw new GeneralSecurityException(file + " holds a SEC1 EC key"
                        + " (BEGIN EC PRIVATE KEY); hvmon reads PKCS#8 (BEGIN PRIVATE KEY). Convert it with: " + convert);
                case "ENCRYPTED PRIVATE KEY" -> throw new GeneralSecurityException(file + " holds an encrypted key;"
                        + " give hvmon an unencrypted PKCS#8 key protected by file permissions (" + convert
                        + "), or a PKCS#12 file with password_env or password_file");
                default -> {
                    // a certificate or parameters in the same file: keep looking
                }
            }
        }
        throw new GeneralSecurityException(file + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static PrivateKey pkcs8(Path file, byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next type
            }
        }
        throw new GeneralSecurityException(file + " holds a PKCS#8 key that is neither RSA nor EC");
    }

    private static byte[] decode(Matcher block) throws GeneralSecurityException {
        try {
            return Base64.getMimeDecoder().decode(block.group(2));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("malformed base64 in a PEM " + block.group(1) + " block");
        }
    }

    private static String text(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file + " is larger than " + MAX_FILE_BYTES + " bytes; not a PEM file");
        }
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    /** A private key others may read is refused, as password files are (POSIX only; on Windows its ACL protects it). */
    static void refuseIfOthersCanRead(Path file) throws IOException, GeneralSecurityException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
            throw new GeneralSecurityException("private key file " + file + " can be read by other users ("
                    + PosixFilePermissions.toString(permissions) + "); restrict it with: chmod 600 " + file);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Writes a file only its owner can read (created so, not chmod-ed afterwards, on POSIX). */
    public static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
