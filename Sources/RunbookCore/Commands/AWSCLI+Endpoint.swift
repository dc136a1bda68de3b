extension AWSCLI {
    /// `SERVICE_NAME`: given, or read from `heroku data:privatelink`. A value read that is not a
    /// service name stops the block: while the endpoint service is provisioning the line reads
    /// `Service Name: Provisioning` (facts file, section 1), and a failing `heroku` leaves it empty.
    package static func setServiceName(_ name: String?, addon: String, app: String, step: Text.Argument) -> Verbatim {
        guard let name else {
            let read: Verbatim = """
                SERVICE_NAME=$(\(HerokuCLI.status(addon: addon, app: app)) | sed -n 's/^Service Name: *//p')
                case "$SERVICE_NAME" in
                  com.amazonaws.vpce.*) echo "$SERVICE_NAME" ;;
                  *) \(echoError: Text("shell.service-name.unreadable", ["value": .shellVariable("SERVICE_NAME"), "step": step])); false ;;
                esac
                """
            return read.declaring(exports: [ShellVariable("SERVICE_NAME")])
        }
        return Verbatim("SERVICE_NAME=\(name)").declaring(exports: [ShellVariable("SERVICE_NAME", value: name)])
    }

    /// For an endpoint that exists: reads it and stops unless it is in the VPC, connected to the
    /// service and neither being deleted nor deleted (a deleted endpoint stays listed for a while
    /// with State `deleted`: facts file, section 8), before anything is attached to it.
    package static func checkExistingEndpoint(_ id: VPCEndpointID, vpc: String, region: PrivateSpaceRegion?,
                                      serviceNameStep: Text.Argument) -> Verbatim {
        let endpoint: Text.Argument = .code(id.value)
        let check: Verbatim = """
            VPC_ENDPOINT_ID=\(id.value)
            if ENDPOINT=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].[VpcId,ServiceName,State]' --output text); then
              echo "$ENDPOINT"
              read -r ENDPOINT_VPC ENDPOINT_SERVICE ENDPOINT_STATE <<< "$ENDPOINT"
              if [ "$ENDPOINT_VPC" != \(vpc) ]; then
            \(fail(Text("shell.endpoint.other-vpc", ["endpoint": endpoint, "actual": .shellVariable("ENDPOINT_VPC"), "vpc": .code(vpc)]), indent: "    "))
              elif [ "$ENDPOINT_SERVICE" != "$SERVICE_NAME" ]; then
            \(fail(Text("shell.endpoint.other-service", ["endpoint": endpoint, "actual": .shellVariable("ENDPOINT_SERVICE"), "step": serviceNameStep]), indent: "    "))
              elif [ "$ENDPOINT_STATE" = deleting ] || [ "$ENDPOINT_STATE" = deleted ]; then
            \(fail(Text("shell.state.gone", ["state": .shellVariable("ENDPOINT_STATE")]), indent: "    "))
              fi
            else
            \(fail(Text("shell.endpoint.not-found", ["endpoint": endpoint])))
            fi
            """
        return check.declaring(exports: [ShellVariable("VPC_ENDPOINT_ID", value: id.value)], imports: ["SERVICE_NAME"])
    }

    package static func existingEndpointOutput(_ vpc: String, serviceName: String) -> Verbatim {
        "\(vpc)\t\(serviceName)\tavailable"
    }

    /// Where the endpoint's subnets come from for the zone check.
    package enum Subnets: Equatable {
        /// The subnets the endpoint will be created in.
        case given([String])
        /// The subnets the endpoint in `VPC_ENDPOINT_ID` already uses.
        case ofEndpoint
    }

    /// Lists the Availability Zones the service offers to this account and the zone (name and id)
    /// of each subnet, and stops at a subnet in a zone the service does not offer, before AWS
    /// refuses it. Zone names map to physical zones differently in each account; the service's
    /// list is in the caller's names, so the two compare (facts file, section 4). The subnets are
    /// read into a variable first and looped over in this shell: a `false` inside `… | while`
    /// would end only the pipeline's subshell, and `break` after it returns 0 without `set -e`.
    /// `$(echo …)` splits the ids in bash and zsh alike (zsh does not split `$VAR`).
    package static func checkZones(_ subnets: Subnets, region: PrivateSpaceRegion?, accountsStep: Text.Argument) -> Verbatim {
        let unsupported = Text("shell.zone.unsupported", [
            "subnet": .shellVariable("SUBNET"), "zone": .shellVariable("ZONE"), "zoneID": .shellVariable("ZONE_ID"),
            "zones": .shellVariable("ZONES"),
        ])
        let subnetIDs: String
        var endpointSubnets: Verbatim = ""
        switch subnets {
        case .given(let ids):
            subnetIDs = ids.joined(separator: " ")
        case .ofEndpoint:
            subnetIDs = "$(echo \"$SUBNET_IDS\")"
            endpointSubnets = """

                elif ! SUBNET_IDS=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].SubnetIds' --output text); then
                \(fail(Text("shell.endpoint.unreadable", ["endpoint": .shellVariable("VPC_ENDPOINT_ID")])))
                """
        }
        let check: Verbatim = """
            if ! ZONES=$(aws ec2 describe-vpc-endpoint-services\(regionFlag(region)) --service-names "$SERVICE_NAME" --query 'ServiceDetails[0].AvailabilityZones' --output text); then
            \(fail(Text("shell.service.unavailable", ["step": accountsStep])))\(endpointSubnets)
            elif ! SUBNETS=$(aws ec2 describe-subnets\(regionFlag(region)) --subnet-ids \(subnetIDs) --query 'Subnets[].[SubnetId,AvailabilityZone,AvailabilityZoneId]' --output text); then
            \(fail(Text("shell.subnets.unreadable")))
            else
              echo "$ZONES"
              OUTSIDE_ZONES=""
              while read -r SUBNET ZONE ZONE_ID; do
                case " $ZONES " in
                  *[[:space:]]"$ZONE"[[:space:]]*) echo "$SUBNET $ZONE $ZONE_ID" ;;
                  *) \(echoError: unsupported); OUTSIDE_ZONES="$OUTSIDE_ZONES $SUBNET" ;;
                esac
              done <<< "$SUBNETS"
              [ -z "$OUTSIDE_ZONES" ]
            fi
            """
        return check.declaring(imports: subnets == .ofEndpoint ? ["SERVICE_NAME", "VPC_ENDPOINT_ID"] : ["SERVICE_NAME"])
    }

    /// An endpoint this VPC already has for the service (one not being deleted, failed or
    /// rejected), or a new one: running the block twice makes no second endpoint.
    /// `--vpc-endpoint-type Interface` is required: the CLI's default type is Gateway.
    package static func findOrCreateEndpoint(_ network: AWSNetwork, region: PrivateSpaceRegion?) -> Verbatim {
        let create: Verbatim = """
        if ! VPC_ENDPOINT_ID=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --filters Name=vpc-id,Values=\(network.vpcID) Name=service-name,Values="$SERVICE_NAME" --query 'VpcEndpoints[?State!=`deleting` && State!=`deleted` && State!=`failed` && State!=`rejected`] | [0].VpcEndpointId' --output text); then
        \(fail(Text("shell.endpoint.lookup-failed", ["vpc": .code(network.vpcID)])))
        elif [ "$VPC_ENDPOINT_ID" != None ]; then
          echo "$VPC_ENDPOINT_ID"
        elif VPC_ENDPOINT_ID=$(aws ec2 create-vpc-endpoint\(regionFlag(region)) --vpc-endpoint-type Interface --vpc-id \(network.vpcID) --service-name "$SERVICE_NAME" --subnet-ids \(network.subnetIDs.joined(separator: " ")) --security-group-ids "$SECURITY_GROUP_ID" --query VpcEndpoint.VpcEndpointId --output text); then
          echo "$VPC_ENDPOINT_ID"
        else
        \(fail(Text("shell.endpoint.create-failed")))
        fi
        """
        return create.declaring(exports: [ShellVariable("VPC_ENDPOINT_ID")], imports: ["SERVICE_NAME", "SECURITY_GROUP_ID"])
    }

    /// Attaches the runbook's group to an existing endpoint that lacks it; its other groups stay.
    package static func attachSecurityGroup(region: PrivateSpaceRegion?) -> Verbatim {
        let group: Text.Argument = .shellVariable("SECURITY_GROUP_ID")
        let attach: Verbatim = """
        if ! ATTACHED=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query "length(VpcEndpoints[0].Groups[?GroupId=='$SECURITY_GROUP_ID'])" --output text); then
        \(fail(Text("shell.endpoint.unreadable", ["endpoint": .shellVariable("VPC_ENDPOINT_ID")])))
        elif [ "$ATTACHED" != 0 ]; then
          \(echo: Text("shell.group.attached", ["group": group]))
        elif ! aws ec2 modify-vpc-endpoint\(regionFlag(region)) --vpc-endpoint-id "$VPC_ENDPOINT_ID" --add-security-group-ids "$SECURITY_GROUP_ID"; then
        \(fail(Text("shell.group.attach-failed", ["group": group])))
        fi
        """
        return attach.declaring(imports: ["VPC_ENDPOINT_ID", "SECURITY_GROUP_ID"])
    }

    /// What `modify-vpc-endpoint` prints when it succeeds (seen from the real `aws` client on moto).
    package static let modifyOutput: Verbatim = """
        {
            "Return": true
        }
        """

    /// Polls the state until it is neither `pendingAcceptance` nor `pending`, then says what the
    /// last state means and what to do next. States: facts file, section 4; `expired` (the
    /// connection request expired) is a state of its own, not a deleted endpoint: it is still
    /// there, and only its owner can delete it (AWS PrivateLink guide, "Interface endpoint
    /// lifecycle": only the service consumer can delete an interface endpoint).
    package static func waitForEndpoint(region: PrivateSpaceRegion?, accountsStep: Text.Argument, nextStep: Text.Argument) -> Verbatim {
        func sentence(_ key: String) -> Text {
            Text(key, ["state": .shellVariable("STATE"), "step": accountsStep, "minutes": .plain(String(pollMinutes))])
        }
        let wait: Verbatim = """
            for attempt in $(seq 1 \(pollAttempts)); do
              STATE=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].State' --output text) || break
              echo "$STATE"
              case "$STATE" in pendingAcceptance|pending) sleep \(pollSeconds) ;; *) break ;; esac
            done
            case "$STATE" in
              available) \(echo: Text("shell.state.available", ["step": nextStep])) ;;
              pendingAcceptance|pending) \(echoError: sentence("shell.state.timeout")); false ;;
              rejected) \(echoError: sentence("shell.state.rejected")); false ;;
              failed) \(echoError: sentence("shell.state.failed")); false ;;
              deleting|deleted) \(echoError: sentence("shell.state.gone")); false ;;
              expired) \(echoError: sentence("shell.state.expired")); false ;;
              "") \(echoError: sentence("shell.state.unreadable")); false ;;
              *) \(echoError: sentence("shell.state.other")); false ;;
            esac
            """
        return wait.declaring(imports: ["VPC_ENDPOINT_ID"])
    }

    /// Real endpoints pass through `pending` after acceptance (facts file, section 4).
    package static func waitOutput(nextStep: Text.Argument) -> Verbatim {
        "pendingAcceptance\npending\navailable\n\(Text("shell.state.available", ["step": nextStep]))"
    }

    /// The last 17 characters of the endpoint id, upper-cased: how Heroku names its config var.
    package static let deriveConfigID = Verbatim("""
        ENDPOINT_CONFIG_ID=$(printf '%s' "$VPC_ENDPOINT_ID" | tail -c 17 | tr 'a-f' 'A-F')
        echo "$ENDPOINT_CONFIG_ID"
        """).declaring(exports: [ShellVariable("ENDPOINT_CONFIG_ID")], imports: ["VPC_ENDPOINT_ID"])

    /// `heroku config` filtered by the id `deriveConfigID` computed.
    package static func configByDerivedID(app: String) -> Verbatim {
        Verbatim(HerokuCLI.config(app: app, matching: configIDVariable)).declaring(imports: ["ENDPOINT_CONFIG_ID"])
    }

    package static let configIDVariable = "\"$ENDPOINT_CONFIG_ID\""
}
