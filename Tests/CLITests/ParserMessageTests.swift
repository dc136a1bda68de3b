import Foundation
import Testing

/// Argument errors in the message language: swift-argument-parser writes them in English, and the
/// CLI translates each line it knows (Sources/privatelink-runbook/ParserMessages.swift). Each case
/// makes the library write one of its messages, so a new library version that words one
/// differently fails here instead of quietly printing English.
@Suite struct ParserMessageTests {
    static let cases: [(arguments: [String], japanese: [String], english: [String])] = [
        (["generate", "--adon", "x"],
         ["エラー: 不明なオプション '--adon' が指定されました。'--addon' の誤りではありませんか", "使い方: privatelink-runbook generate <options>",
          "  詳しくは 'privatelink-runbook generate --help' を実行してください。"],
         ["error: Unknown option '--adon'. Did you mean '--addon'?", "Usage: privatelink-runbook generate <options>",
          "  See 'privatelink-runbook generate --help' for more information."]),
        (["generate", "-z"], ["エラー: 不明なオプション '-z' が指定されました"], ["error: Unknown option '-z'"]),
        (["generate", "--addon"], ["エラー: '--addon <addon>' の値が指定されていません", "説明:  --addon <addon>  (required) The Kafka add-on, e.g. kafka-sushi-12345."],
         ["error: Missing value for '--addon <addon>'", "Help:  --addon <addon>  (required) The Kafka add-on, e.g. kafka-sushi-12345."]),
        (["validate", "extra"], ["エラー: 余分な引数 'extra' が指定されました"], ["error: Unexpected argument 'extra'"]),
        // The Heroku CLI's habit: the add-on bare, before or after the flags. Said where it goes.
        (["generate", "--aws-account-id", "123456789012", "kafka-sushi-12345", "--app", "demo-app"],
         ["エラー: 余分な引数 'kafka-sushi-12345' が指定されました",
          "  'kafka-sushi-12345' はアドオンの名前のようですが、--addon が指定されていません。Heroku CLI とは異なり、このツールではアドオンの名前を --addon の後に指定します (--addon kafka-sushi-12345)"],
         ["error: Unexpected argument 'kafka-sushi-12345'",
          "  'kafka-sushi-12345' looks like the add-on's name, and --addon is missing: this tool takes the add-on as --addon kafka-sushi-12345, not as a bare word like the Heroku CLI"]),
        (["validate", "a", "b"], ["エラー: 余分な引数が 2 個指定されました: 'a', 'b'"], ["error: 2 unexpected arguments: 'a', 'b'"]),
        (["batch"], ["エラー: 必要な引数 '<file>' が指定されていません"], ["error: Missing expected argument '<file>'"]),
        (["generate", "--stdout", "--format", "md,html"],
         ["エラー: --stdout で出力する文書は 1 つです。--lang と --format はそれぞれ 1 つだけ指定してください"],
         ["error: --stdout prints one document: give one --lang and one --format"]),
        (["generate", "--lang", "fr"], ["エラー: --lang \"fr\": 不明な値 \"fr\" が含まれています。ja、en から 1 つ以上をカンマ区切りで指定してください"],
         ["error: --lang \"fr\": unknown value \"fr\"; use one or more of ja, en, comma-separated"]),
    ]

    @Test(arguments: 0..<cases.count)
    func argumentErrorsFollowTheMessageLanguage(_ index: Int) throws {
        let (arguments, japanese, english) = Self.cases[index]
        // `--lang ja` decides, else LANG; `--lang fr` is no language, so LANG decides.
        let viaFlag = arguments.contains("--lang") ? arguments : [arguments[0], "--lang", "ja"] + arguments.dropFirst()
        let inJapanese = try CLI.run(viaFlag, environment: arguments.contains("--lang") ? ["LANG": "ja_JP.UTF-8"] : [:])
        let inEnglish = try CLI.run(arguments)
        for (result, lines) in [(inJapanese, japanese), (inEnglish, english)] {
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            let printed = result.stderr.split(separator: "\n").map(String.init)
            for line in lines { #expect(printed.contains(line), "\(arguments): no line \(line) in\n\(result.stderr)") }
        }
        #expect(!inJapanese.stderr.contains("Error:") && !inJapanese.stderr.contains("Usage:"), "\(inJapanese.stderr)")
        // One style for errors: `error:` as the validation messages write it.
        #expect(!inEnglish.stderr.contains("Error:"), "\(inEnglish.stderr)")
    }

    /// What is left in English: help screens, and the arguments' own help after 説明:.
    @Test func helpStaysAsTheLibraryWritesIt() throws {
        let help = try CLI.run(["generate", "--help", "--lang", "ja"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: privatelink-runbook generate"))
        #expect(help.stderr.isEmpty)
    }
}
