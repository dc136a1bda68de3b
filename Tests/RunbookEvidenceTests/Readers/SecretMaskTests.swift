import Testing
@testable import RunbookEvidence

/// Secrets never leave the paste: masked before any reader sees them.
@Suite struct SecretMaskTests {
    func masked(_ text: String) -> (text: String, kinds: [MaskedSecret.Kind]) {
        let paste = Paste(name: "p", text: text)
        return (paste.lines.map(\.text).joined(separator: "\n"), paste.secrets.map(\.kind))
    }

    @Test func namedSecretsAreMasked() {
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY8EXAMPLEKE"
        for line in ["AWS_SECRET_ACCESS_KEY=\(secret)", "aws_secret_access_key = \(secret)", "\"SecretAccessKey\": \"\(secret)\",",
                     "AWS Secret Access Key [None]: \(secret)", "export AWS_SECRET_ACCESS_KEY='\(secret)'"] {
            let (text, kinds) = masked(line)
            #expect(!text.contains(secret), "\(line)")
            #expect(text.contains(SecretMask.mask), "\(line)")
            #expect(kinds == [.awsSecretAccessKey], "\(line)")
        }
        let token = masked("AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJHMEUCIQD")
        #expect(token.kinds == [.awsSessionToken])
        #expect(!token.text.contains("IQoJb3JpZ2lu"))
        #expect(masked("HEROKU_API_KEY=4f9e2b7c-1a2b-4c3d-9e8f-0a1b2c3d4e5f").kinds == [.herokuAPIKey])
    }

    @Test func aBareSecretKeyAndALongTokenAreMasked() {
        let (text, kinds) = masked("wJalrXUtnFEMI/K7MDENG/bPxRfiCY8EXAMPLEKE")
        #expect(text == SecretMask.mask)
        #expect(kinds == [.awsSecretAccessKey])
        // Ids, hex digests and words are not: one case or no digit.
        for line in ["vpce-0c4e6a8b0d2f41357", "0123456789abcdef0123456789abcdef01234567", "aws ec2 describe-vpc-endpoints"] {
            #expect(masked(line).kinds.isEmpty, "\(line)")
        }
        // An encoded authorization failure message is no secret, though long.
        #expect(masked("Encoded authorization failure message: 3p0Dk4wXc-RaBh_fV1cQmZ8sT6yLq2nE9uKj7Gd5Ho0IvWx-4Yb3Nf_8Ce1Ss7Ua2Lp6Mt9Rk0Zq5Vw3Xy8Bn4Jh1Gd6Fs2Ac7Ee9Tu0Oi3Pl5").kinds.isEmpty)
    }

    @Test func aPrivateKeyIsMaskedWholeAndAURLKeepsAllButItsPassword() {
        let (text, kinds) = masked("""
            KAFKA_CLIENT_CERT_KEY: -----BEGIN RSA PRIVATE KEY-----
            MIIEowIBAAKCAQEAuExampleExampleExampleExampleExampleExampleExample
            pL3XexampleexampleexampleexampleexampleexampleexampleexampleQIDAQAB
            -----END RSA PRIVATE KEY-----
            DATABASE_URL: postgres://u3k9ex:p7f2b1c0c9e8d7a6@ec2-3-91-22-10.compute-1.amazonaws.com:5432/d8exampledb
            """)
        #expect(!text.contains("MIIEow"))
        #expect(!text.contains("pL3X"))
        #expect(!text.contains("p7f2b1c0c9e8d7a6"))
        #expect(text.contains("postgres://u3k9ex:\(SecretMask.mask)@ec2-3-91-22-10.compute-1.amazonaws.com:5432/d8exampledb"))
        #expect(text.contains("-----BEGIN RSA PRIVATE KEY-----"))
        #expect(Set(kinds) == [.privateKey, .urlPassword])
    }

    @Test func whatToolsAlreadyMaskedIsNoSecret() {
        #expect(masked("secret_key     ****************Jk2d shared-credentials-file").kinds.isEmpty)
        #expect(masked("AWS Secret Access Key [****************Jk2d]: ").kinds.isEmpty)
    }
}
