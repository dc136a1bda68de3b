import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookBuilders

/// The create runbook as a customer follows it: the console as it is today, outputs as the
/// sources fix them, and our own messages inside commands safe in every language.
@Suite struct CreateRunbookTests {
    @Test func theClosingLinkIsWhatTheCLIPrintsForTheAddonsName() throws {
        func statusOutput(_ addon: String) throws -> String {
            var raw = consoleInput
            raw.addon = addon
            return try #require(fencedBlocks("text", in: try markdown(raw, .en)).first { $0.hasPrefix("=== privatelink endpoint status") })
        }
        #expect(try statusOutput("kafka-tokyo-0042").hasSuffix("listed in https://devcenter.heroku.com/articles/heroku-kafka-via-privatelink"))
        #expect(try statusOutput("events-prod").hasSuffix("listed in https://devcenter.heroku.com/articles/heroku-undefined-via-privatelink"))
        // postgres wins over kafka, as in the plugin's addonType().
        #expect(try statusOutput("postgres-kafka-bridge").hasSuffix("https://devcenter.heroku.com/articles/heroku-postgres-via-privatelink"))
    }

    @Test func oneAccountIsNotCalledOneOfSeveral() throws {
        var raw = consoleInput
        raw.awsAccountIDs = ["012345678901"]
        let one = try markdown(raw, .en)
        // The command prints the 12-digit id alone: it is compared with the accounts' ids.
        #expect(one.contains("These 12 digits must be the id of the account above, `012345678901`;"))
        #expect(!one.contains("one of the accounts"))
        #expect(try markdown(consoleInput, .en).contains("must be the id of one of the accounts above, `012345678901, 210987654321`;"))
        let japanese = try markdown(raw, .ja)
        #expect(japanese.contains("上のアカウントの ID (`012345678901`) と一致する必要があります"))
        #expect(!japanese.contains("いずれか"))
    }

    @Test(arguments: Language.allCases)
    func theConsoleIsTodaysAndNamesTheSameGroupAsTheCLI(_ language: Language) throws {
        let text = try markdown(earlyInput, language)
        for label in ["Endpoint services that use NLBs and GWLBs", "Verify service", "PrivateLink and Lattice", "Custom TCP",
                      "Create security group"] {
            #expect(text.contains(label), "\(label)")
        }
        #expect(!text.contains("Find service by name"), "the article's old console")
        #expect(text.components(separatedBy: "`kafka-privatelink-kafka-tokyo-0042`").count > 3, "console and CLI use one group name")
    }

    @Test(arguments: Language.allCases)
    func outputsFollowTheSources(_ language: Language) throws {
        let text = try markdown(articleExample, language)
        let wait = try #require(fencedBlocks("text", in: text).first { $0.hasPrefix("pendingAcceptance\n") })
        #expect(wait.hasPrefix("pendingAcceptance\npending\navailable\n"))
        #expect(!text.contains("Ctrl-C"))
        #expect(text.contains("Ctrl+C"))
        #expect(text.contains(language == .en ? "The Status line appears only when Heroku's API returns a status."
                                              : "Status の行は、Heroku の API がステータスを返した場合にだけ表示されます。"))
    }

    @Test func anEndpointThatExistsIsCheckedNotCreated() throws {
        let text = try markdown(articleExample, .en)
        let commands = fencedBlocks("shell", in: text)
        #expect(text.contains("### Step 7: Check the existing interface VPC endpoint"))
        #expect(!commands.contains { $0.contains("create-vpc-endpoint") })
        #expect(commands.contains { $0.contains("aws ec2 describe-vpc-endpoints --region us-east-1 --vpc-endpoint-ids \"$VPC_ENDPOINT_ID\" --query 'VpcEndpoints[0].[VpcId,ServiceName,State]'") })
        #expect(commands.contains { $0.contains("aws ec2 modify-vpc-endpoint --region us-east-1 --vpc-endpoint-id \"$VPC_ENDPOINT_ID\" --add-security-group-ids \"$SECURITY_GROUP_ID\"") })
        #expect(commands.contains {
            $0.contains("elif ! SUBNET_IDS=$(aws ec2 describe-vpc-endpoints --region us-east-1 --vpc-endpoint-ids \"$VPC_ENDPOINT_ID\" --query 'VpcEndpoints[0].SubnetIds' --output text); then")
                && $0.contains("--subnet-ids $(echo \"$SUBNET_IDS\")")
        }, "the zone check looks at the endpoint's own subnets, read first so that a failure stops it")
        let created = try markdown(earlyInput, .en)
        #expect(created.contains("### Step 7: Create the interface VPC endpoint"))
        #expect(fencedBlocks("shell", in: created).contains { $0.contains("aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface") })
    }

}
