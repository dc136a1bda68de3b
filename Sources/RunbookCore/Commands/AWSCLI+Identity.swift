extension AWSCLI {
    /// Whether the accounts name IAM users or roles, whose permission covers that principal only,
    /// not the whole account (ModifyVpcEndpointServicePermissions; facts file, section 8).
    package static func namesPrincipals(_ accounts: [AWSAccount]) -> Bool {
        accounts.contains { $0.principal != .root }
    }

    /// Compares the ARN of the credentials in use with the principals Heroku allows, before an
    /// endpoint is made with them. `get-caller-identity` prints an IAM user as
    /// `arn:aws:iam::ID:user/NAME` and a role's session as
    /// `arn:aws:sts::ID:assumed-role/NAME/SESSION` (AWS STS API reference, GetCallerIdentity,
    /// examples); an account given alone allows every principal of the account. The names the
    /// rules accept hold no character a `case` pattern treats specially, and are quoted anyway.
    package static func checkPrincipal(_ accounts: [AWSAccount]) -> Verbatim {
        let patterns = accounts.flatMap { account -> [String] in
            switch account.principal {
            case .root: ["\"arn:aws:iam::\(account.id):\"*", "\"arn:aws:sts::\(account.id):\"*"]
            case .user(let name): ["\"arn:aws:iam::\(account.id):user/\(name)\""]
            case .role(let name): ["\"arn:aws:sts::\(account.id):assumed-role/\(name)/\"*"]
            }
        }
        let allowed: Text.Argument = .code(accounts.map(\.argument).joined(separator: ", "))
        let check: Verbatim = """
            if ! CALLER_ARN=$(aws sts get-caller-identity --output text --query 'Arn'); then
            \(fail(Text("shell.principal.unreadable")))
            else
              echo "$CALLER_ARN"
              case "$CALLER_ARN" in
                \(patterns.joined(separator: "|"))) \(echo: Text("shell.principal.allowed")) ;;
                *) \(echoError: Text("shell.principal.other", ["actual": .shellVariable("CALLER_ARN"), "accounts": allowed])); false ;;
              esac
            fi
            """
        return check
    }

    /// What the check prints for the first principal given (an account given alone has none).
    package static func checkPrincipalOutput(_ accounts: [AWSAccount]) -> Verbatim {
        let arn = accounts.lazy.compactMap { account -> String? in
            switch account.principal {
            case .root: nil
            case .user: account.arn
            case .role(let name): "arn:aws:sts::\(account.id):assumed-role/\(name)/\(sessionPlaceholder)"
            }
        }.first ?? ""
        return """
            \(arn)
            \(Text("shell.principal.allowed"))
            """
    }

    /// Stands for a role session's name, which the reader's tools choose.
    package static let sessionPlaceholder = "<SESSION>"
}
