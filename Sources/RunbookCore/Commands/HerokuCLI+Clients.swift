/// Connecting a Kafka client through the endpoint (facts file, section 7; Heroku Dev Center, "CA
/// Certificate Rotation for Apache Kafka on Heroku": the add-on's config vars `KAFKA_URL`,
/// `KAFKA_CLIENT_CERT`, `KAFKA_CLIENT_CERT_KEY` and `KAFKA_TRUSTED_CERT`; through PrivateLink the
/// brokers are in `KAFKA_ENDPOINT_<ID>_URL` instead). What a client library makes of these files
/// (formats, SSL settings) depends on the library and no source here establishes it: the runbook
/// leaves it to Heroku's article.
extension HerokuCLI {
    package static let kafkaURLVar = "KAFKA_URL"
    package static let trustedCertVar = "KAFKA_TRUSTED_CERT"
    package static let clientCertVar = "KAFKA_CLIENT_CERT"
    package static let clientKeyVar = "KAFKA_CLIENT_CERT_KEY"

    /// The files the commands write, in the current folder, for the client host.
    package static let bootstrapFile = "kafka-bootstrap-servers.txt"
    package static let trustedCertFile = "kafka-trusted-cert.pem"
    package static let clientCertFile = "kafka-client-cert.pem"
    package static let clientKeyFile = "kafka-client-cert-key.pem"

    /// The endpoint's config var named by the variable `ENDPOINT_CONFIG_ID`, for when the runbook
    /// does not know the endpoint id.
    package static let endpointVarFromVariable = "\"KAFKA_ENDPOINT_${ENDPOINT_CONFIG_ID}_URL\""

    /// The bootstrap servers (the `host:port` parts of the `kafka+ssl://` list) and the three
    /// PEM values, written by `heroku config:get`, which prints a config var's value alone
    /// (Heroku Dev Center, "Configuration and Config Vars"). The subshell's umask makes the files
    /// readable by their owner only, without changing the reader's shell.
    package static func clientFiles(configVar: String, app: String) -> String {
        """
        (
          umask 077
          heroku config:get \(configVar) --app \(app) | sed 's#kafka+ssl://##g' | tee \(bootstrapFile)
          heroku config:get \(trustedCertVar) --app \(app) > \(trustedCertFile)
          heroku config:get \(clientCertVar) --app \(app) > \(clientCertFile)
          heroku config:get \(clientKeyVar) --app \(app) > \(clientKeyFile)
        )
        """
    }

    /// The bootstrap servers the article's example connection string gives.
    package static let exampleBootstrapServers = (10001...10003).map { "vpc-endpoint-dns-name:\($0)" }.joined(separator: ",")

    /// A TLS connection to the first broker through the endpoint, with the client certificate,
    /// verifying the broker's certificate against `KAFKA_TRUSTED_CERT`; `-verify_return_error`
    /// makes a failed verification end the handshake with a non-zero status. Host names are not
    /// checked (OpenSSL's s_client checks them only with `-verify_hostname`): the endpoint's DNS
    /// names are AWS's, not the brokers'.
    package static let clientCheck = """
        openssl s_client -connect "$(cut -d, -f1 \(bootstrapFile))" -CAfile \(trustedCertFile) -cert \(clientCertFile) -key \(clientKeyFile) -verify_return_error -brief </dev/null
        """

    /// The two lines of `openssl s_client -brief` that say the connection was made and the
    /// certificate verified (on standard error; OpenSSL 3.0.19 against `openssl s_server`; the
    /// lines between them vary with the version and the server).
    package static let clientCheckEstablished = "CONNECTION ESTABLISHED"
    package static let clientCheckVerified = "Verification: OK"
}
