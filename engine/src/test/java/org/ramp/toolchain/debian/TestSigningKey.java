package org.ramp.toolchain.debian;

import java.io.ByteArrayOutputStream;
import java.security.KeyPairGenerator;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;

/** An RSA OpenPGP key made for a test, with a user id and self-signature as gpg makes them. */
public record TestSigningKey(PGPKeyPair pair, byte[] publicKeyring) {

    public static TestSigningKey make(String userId) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PGPKeyPair pair = new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, generator.generateKeyPair(), new Date());
        PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
        PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
                sha1, null, null, new JcaPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256),
                new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).build("test".toCharArray()));
        return new TestSigningKey(pair, rings.generatePublicKeyRing().getEncoded());
    }

    /** A detached, ASCII-armoured signature of {@code data}, as Release.gpg is. */
    public byte[] sign(byte[] data, int hash) throws Exception {
        PGPSignatureGenerator generator = new PGPSignatureGenerator(
                new JcaPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, hash));
        generator.init(PGPSignature.BINARY_DOCUMENT, pair.getPrivateKey());
        generator.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
            generator.generate().encode(armored);
        }
        return out.toByteArray();
    }

    public ReleaseSignature trust() throws java.io.IOException {
        return ReleaseSignature.trusting(new java.io.ByteArrayInputStream(publicKeyring));
    }
}
