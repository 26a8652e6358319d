package dev.codatsandbox.edge;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The certificate the HTTPS port uses when the user gives none: a server certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, signed by a certificate authority made for it alone, whose certificate is
 * written where a test can trust it ({@code ca.pem}, and {@code ca.p12} for Java's
 * {@code -Djavax.net.ssl.trustStore}). The authority's private key is never written: it signs the one server
 * certificate and is forgotten, so trusting {@code ca.pem} trusts nothing else.
 *
 * <p>Files in the folder are reused while the server certificate has more than a day left, so that a test that
 * trusts {@code ca.pem} keeps working across restarts; otherwise all are made anew (P-256 keys, a few milliseconds).
 * Each file is written to a temporary name and moved into place, so a reader never sees half a file.
 */
final class LocalhostCertificate {

    static final String CA_PEM = "ca.pem";
    static final String CA_P12 = "ca.p12";
    static final String CA_P12_PASSWORD = "changeit";
    static final String SERVER_PEM = "localhost.pem";
    static final String SERVER_KEY_PEM = "localhost-key.pem";

    private static final Logger LOG = Logger.getLogger(LocalhostCertificate.class);
    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final Duration MARGIN = Duration.ofDays(1);

    /** The server's certificate chain (its own, then the authority's) and its private key, both in PEM. */
    record Pem(String chain, String key) {
    }

    private LocalhostCertificate() {
    }

    /** The certificate in {@code dir}, made there first when it is missing or expires within a day. */
    static Pem in(Path dir) throws IOException, GeneralSecurityException {
        Path chain = dir.resolve(SERVER_PEM);
        Path key = dir.resolve(SERVER_KEY_PEM);
        if (Files.isRegularFile(chain) && Files.isRegularFile(key) && Files.isRegularFile(dir.resolve(CA_PEM))
                && Files.isRegularFile(dir.resolve(CA_P12)) && stillValid(chain)) {
            LOG.infof("HTTPS uses the certificate for localhost in %s (trust %s)", dir, dir.resolve(CA_PEM));
            return new Pem(Files.readString(chain), Files.readString(key));
        }
        Pem made = make(dir);
        LOG.infof("HTTPS uses a certificate for localhost made at start in %s (trust %s)", dir, dir.resolve(CA_PEM));
        return made;
    }

    private static boolean stillValid(Path chain) {
        try (var in = new ByteArrayInputStream(Files.readAllBytes(chain))) {
            X509Certificate server = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
            return server.getNotAfter().toInstant().isAfter(Instant.now().plus(MARGIN));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debugf("The certificate in %s is made anew: %s", chain, e);
            return false;
        }
    }

    private static Pem make(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair authorityKeys = generator.generateKeyPair();
        KeyPair serverKeys = generator.generateKeyPair();
        Instant now = Instant.now();
        Date from = Date.from(now.minus(MARGIN));
        Date until = Date.from(now.plus(VALIDITY));
        SecureRandom random = new SecureRandom();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

        X500Name authorityName = new X500Name("CN=Codat Customers sandbox local CA " + now.getEpochSecond());
        X509v3CertificateBuilder authority = new JcaX509v3CertificateBuilder(authorityName,
                new BigInteger(63, random), from, until, authorityName, authorityKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(authorityKeys.getPublic()));
        ContentSigner signer;
        try {
            signer = new JcaContentSignerBuilder("SHA256withECDSA").build(authorityKeys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        X509Certificate authorityCertificate = new JcaX509CertificateConverter().getCertificate(
                authority.build(signer));

        X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(authorityName,
                new BigInteger(63, random), from, until, new X500Name("CN=localhost"), serverKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.iPAddress, "::1")}))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(authorityCertificate))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(serverKeys.getPublic()));
        X509Certificate serverCertificate = new JcaX509CertificateConverter().getCertificate(server.build(signer));

        String authorityPem = pem("CERTIFICATE", authorityCertificate.getEncoded());
        Pem made = new Pem(pem("CERTIFICATE", serverCertificate.getEncoded()) + authorityPem,
                pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("codat-sandbox-ca", authorityCertificate);

        write(dir, SERVER_KEY_PEM, made.key().getBytes(StandardCharsets.US_ASCII));
        ownerOnly(dir.resolve(SERVER_KEY_PEM));
        write(dir, SERVER_PEM, made.chain().getBytes(StandardCharsets.US_ASCII));
        write(dir, CA_PEM, authorityPem.getBytes(StandardCharsets.US_ASCII));
        Path p12 = dir.resolve(CA_P12 + ".tmp");
        try (OutputStream out = Files.newOutputStream(p12)) {
            trustStore.store(out, CA_P12_PASSWORD.toCharArray());
        }
        move(p12, dir.resolve(CA_P12));
        return made;
    }

    /** Makes the key readable by its owner alone, where the file system has POSIX permissions. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Path temporary = dir.resolve(name + ".tmp");
        Files.write(temporary, bytes);
        move(temporary, dir.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
