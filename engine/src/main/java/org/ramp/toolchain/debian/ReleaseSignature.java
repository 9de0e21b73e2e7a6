package org.ramp.toolchain.debian;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;

/**
 * Checks a Release file against its detached OpenPGP signature (Release.gpg) with a keyring of
 * trusted keys, as apt does: at least one signature by a trusted key (or subkey) must verify, and none
 * by a trusted key may fail. Signatures by keys the keyring does not hold are ignored; weak hashes
 * (MD5, SHA-1) do not count.
 */
public final class ReleaseSignature {
    /**
     * Debian's archive keys, the public keys of Debian's debian-archive-keyring 2023.3+deb12u2 (bookworm
     * and trixie, automatic and stable release keys), which sign bookworm's Release.
     */
    public static final String DEBIAN_KEYRING = "debian-archive-keyring.gpg";

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final PGPPublicKeyRingCollection keys;

    private ReleaseSignature(PGPPublicKeyRingCollection keys) {
        this.keys = keys;
    }

    /** A keyring in OpenPGP binary or ASCII-armoured form (several keys concatenated). */
    public static ReleaseSignature trusting(InputStream keyring) throws IOException {
        try {
            return new ReleaseSignature(new PGPPublicKeyRingCollection(PGPUtil.getDecoderStream(keyring),
                    new JcaKeyFingerprintCalculator()));
        } catch (PGPException e) {
            throw new IOException("not an OpenPGP keyring: " + e.getMessage(), e);
        }
    }

    /** The keys this project ships for Debian's archive. */
    public static ReleaseSignature debian() {
        try (InputStream in = ReleaseSignature.class.getResourceAsStream(DEBIAN_KEYRING)) {
            if (in == null) {
                throw new IllegalStateException("the engine lacks its resource " + DEBIAN_KEYRING);
            }
            return trusting(in);
        } catch (IOException e) {
            throw new IllegalStateException("the engine's " + DEBIAN_KEYRING + " is unreadable", e);
        }
    }

    /**
     * Returns the user ids of the trusted keys whose signatures verified; throws when there is none,
     * or when a trusted key's signature does not match (a changed Release).
     */
    public List<String> verify(byte[] release, byte[] detachedSignature) throws SignatureException {
        List<PGPSignature> signatures = signatures(detachedSignature);
        List<String> good = new ArrayList<>();
        for (PGPSignature signature : signatures) {
            PGPPublicKey key = keys.getPublicKey(signature.getKeyID());
            if (key == null || signature.getSignatureType() != PGPSignature.BINARY_DOCUMENT
                    || weak(signature.getHashAlgorithm()) || !validWhenSigned(key, signature)) {
                continue;
            }
            try {
                signature.init(new JcaPGPContentVerifierBuilderProvider().setProvider(PROVIDER), key);
                signature.update(release);
                if (!signature.verify()) {
                    throw new SignatureException("the signature by key " + keyId(signature.getKeyID())
                            + " does not match the Release file");
                }
            } catch (PGPException e) {
                throw new SignatureException("the signature by key " + keyId(signature.getKeyID())
                        + " cannot be checked: " + e.getMessage());
            }
            good.add(owner(signature.getKeyID()));
        }
        if (good.isEmpty()) {
            throw new SignatureException("none of its " + signatures.size()
                    + " signatures is by a trusted key with a strong hash");
        }
        return good;
    }

    private static List<PGPSignature> signatures(byte[] detached) throws SignatureException {
        List<PGPSignature> all = new ArrayList<>();
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(detached))) {
            JcaPGPObjectFactory objects = new JcaPGPObjectFactory(in);
            for (Object object; (object = objects.nextObject()) != null; ) {
                if (object instanceof PGPSignatureList list) {
                    list.forEach(all::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SignatureException("Release.gpg is not an OpenPGP signature: " + e.getMessage());
        }
        if (all.isEmpty()) {
            throw new SignatureException("Release.gpg holds no signature");
        }
        return all;
    }

    /** A revoked key counts for nothing; an expired one only for what it signed before it expired. */
    private static boolean validWhenSigned(PGPPublicKey key, PGPSignature signature) {
        if (key.hasRevocation()) {
            return false;
        }
        long valid = key.getValidSeconds();
        return valid <= 0
                || signature.getCreationTime().getTime() <= key.getCreationTime().getTime() + valid * 1000;
    }

    private static boolean weak(int hash) {
        return hash == HashAlgorithmTags.MD5 || hash == HashAlgorithmTags.SHA1 || hash == HashAlgorithmTags.MD2
                || hash == HashAlgorithmTags.RIPEMD160;
    }

    /** The first user id of the key ring holding this (sub)key, for the progress line. */
    private String owner(long keyId) {
        PGPPublicKeyRing ring = keys.getPublicKeyRing(keyId);
        Iterator<String> ids = ring == null ? null : ring.getPublicKey().getUserIDs();
        return ids != null && ids.hasNext() ? ids.next() : keyId(keyId);
    }

    private static String keyId(long keyId) {
        return String.format("%016X", keyId);
    }

    /** The signature does not vouch for the Release file. */
    public static final class SignatureException extends Exception {
        public SignatureException(String message) {
            super(message);
        }
    }
}
