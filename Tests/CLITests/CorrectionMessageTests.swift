import Foundation
import Testing

/// The mistakes a new user makes first, each answered with its fix, word for word in both
/// languages, and nothing written (exit 65).
@Suite struct CorrectionMessageTests {
    static let base = ["validate", "--addon", "kafka-sushi-12345", "--app", "privatelink-vpc-endpoint-demo"]

    func firstLine(_ arguments: [String], _ language: String) throws -> String {
        let result = try CLI.run(Self.base + arguments + ["--lang", language])
        #expect(result.status == 65, "\(arguments): \(result.stderr)")
        return String(result.stderr.split(separator: "\n").first ?? "")
    }

    @Test func accountIdsTheWayPeopleCopyThem() throws {
        #expect(try firstLine(["--aws-account-id", "2109-8765-4321"], "en")
            == #"error: --aws-account-id "2109-8765-4321": is written with hyphens, as the AWS console shows account ids; give the 12 digits without them: 210987654321 (example: 123456789101:user/abc.xyz) [aws-account-id.hyphens]"#)
        #expect(try firstLine(["--aws-account-id", "2109-8765-4321"], "ja")
            == #"エラー: --aws-account-id "2109-8765-4321": ハイフン付きで指定されています (AWS コンソールの表示形式です)。ハイフンを除いた 12 桁で指定してください: 210987654321 (例: 123456789101:user/abc.xyz) [aws-account-id.hyphens]"#)
        #expect(try firstLine(["--aws-account-id", "210987654321,123456789012"], "en")
            == #"error: --aws-account-id "210987654321,123456789012": holds more than one account; give each its own --aws-account-id: --aws-account-id 210987654321 --aws-account-id 123456789012 (example: 123456789101:user/abc.xyz) [aws-account-id.list]"#)
        #expect(try firstLine(["--aws-account-id", "210987654321,123456789012"], "ja")
            == #"エラー: --aws-account-id "210987654321,123456789012": 複数のアカウントが 1 つの値に含まれています。アカウントごとに --aws-account-id を指定してください: --aws-account-id 210987654321 --aws-account-id 123456789012 (例: 123456789101:user/abc.xyz) [aws-account-id.list]"#)
        #expect(try firstLine(["--aws-account-id", "arn:aws:iam::210987654321:root"], "en")
            == #"error: --aws-account-id "arn:aws:iam::210987654321:root": is an ARN, the form in which Heroku lists allowed accounts; give 210987654321 instead (example: 123456789101:user/abc.xyz) [aws-account-id.arn]"#)
        #expect(try firstLine(["--aws-account-id", "arn:aws:iam::210987654321:root"], "ja")
            == #"エラー: --aws-account-id "arn:aws:iam::210987654321:root": ARN が指定されています (ARN は Heroku が許可済みアカウントを表示する形式です)。代わりに 210987654321 を指定してください (例: 123456789101:user/abc.xyz) [aws-account-id.arn]"#)
    }

    @Test func regionsInAnyCaseAndZones() throws {
        let accepted = try CLI.run(Self.base + ["--aws-account-id", "123456789101", "--region", "Tokyo", "--lang", "en"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("AWS region: ap-northeast-1 (Private Space region tokyo)"), "\(accepted.stdout)")
        #expect(try firstLine(["--aws-account-id", "123456789101", "--region", "ap-northeast-1a"], "en")
            == #"error: --region "ap-northeast-1a": is an Availability Zone, not a region; give its region: ap-northeast-1 (tokyo) (example: us-east-1) [region.zone]"#)
        #expect(try firstLine(["--aws-account-id", "123456789101", "--region", "ap-northeast-1a"], "ja")
            == #"エラー: --region "ap-northeast-1a": アベイラビリティーゾーンが指定されています。そのリージョンを指定してください: ap-northeast-1 (tokyo) (例: us-east-1) [region.zone]"#)
        #expect(try firstLine(["--aws-account-id", "123456789101", "--region", "tokio"], "en").hasPrefix(
            #"error: --region "tokio": is not a Private Space region; did you mean ap-northeast-1 (tokyo)? The regions, by AWS code or Heroku name: us-east-1, virginia"#))
    }

    @Test func aPlaceholderPastedAsItIs() throws {
        #expect(try firstLine(["--aws-account-id", "123456789101", "--endpoint-id", "<ENDPOINT_ID>"], "en")
            == #"error: --endpoint-id "<ENDPOINT_ID>": is a placeholder a runbook shows for a value not known yet; replace it with the value itself (example: vpce-01c87ae3c05563935) [endpoint-id.placeholder]"#)
        #expect(try firstLine(["--aws-account-id", "123456789101", "--endpoint-id", "<ENDPOINT_ID>"], "ja")
            == #"エラー: --endpoint-id "<ENDPOINT_ID>": 手順書がまだ分からない値の代わりに表示するプレースホルダーです。実際の値に置き換えてください (例: vpce-01c87ae3c05563935) [endpoint-id.placeholder]"#)
    }

    @Test func batchNamesTheColumnAndSuggestsTheProperty() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "addon,app,awsAccountId\nkafka-a,app-a,123456789012\n".write(to: folder.appendingPathComponent("header.csv"), atomically: true, encoding: .utf8)
        try "addon,app,awsAccountIds\nkafka-a,app-a,\"123456789012, 123456789013\"\n".write(to: folder.appendingPathComponent("cell.csv"), atomically: true, encoding: .utf8)
        let header = try CLI.run(["batch", "header.csv", "--output", "out", "--lang", "en"], in: folder)
        #expect(header.status == 65)
        #expect(header.stderr.hasPrefix(#"header.csv:1: error: unknown property "awsAccountId"; did you mean awsAccountIds? Rows use the property names of rules --json: addon, app, awsAccountIds"#), "\(header.stderr)")
        let cell = try CLI.run(["batch", "cell.csv", "--output", "out", "--lang", "en"], in: folder)
        #expect(cell.status == 65)
        #expect(cell.stderr.hasPrefix(#"cell.csv:2: error: awsAccountIds "123456789012,": holds a comma; in a CSV cell separate the accounts with spaces only, and in JSON give them as an array of strings (example: 123456789101:user/abc.xyz) [aws-account-id.list]"#), "\(cell.stderr)")
        let japanese = try CLI.run(["batch", "cell.csv", "--output", "out", "--lang", "ja"], in: folder)
        #expect(japanese.stderr.hasPrefix(#"cell.csv:2: エラー: awsAccountIds "123456789012,": カンマが含まれています。CSV のセルではアカウントをスペースだけで区切り、JSON では文字列の配列で指定してください (例: 123456789101:user/abc.xyz) [aws-account-id.list]"#), "\(japanese.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/kafka-a").path), "nothing written")
    }
}
