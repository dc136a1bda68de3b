/// Deleting what the AWS CLI steps made, in the order AWS allows: the endpoint, then, once it is
/// gone, its security group (a group still in use cannot be deleted: `DependencyViolation`).
///
/// Nothing is reported as deleted that the block did not see deleted. AWS answers "not found" for
/// a wrong id, a wrong region or another account's credentials as well as for something deleted
/// (facts file, section 8), so each block that deletes first proves where it is looking
/// (`DeletionPlace`), and an endpoint AWS does not list counts as deleted only when this shell
/// asked AWS to delete it or saw it `deleting`. Each block can run again after an interruption.
extension AWSCLI {
    /// Deletes the endpoint if it is in the VPC. The endpoint is read with the `vpc-endpoint-id`
    /// filter (EC2 API reference, DescribeVpcEndpoints: "vpc-endpoint-id - The ID of the
    /// endpoint"), which lists nothing (`None` with `--output text`) rather than failing for an
    /// id AWS does not know, so no error text is parsed. `delete-vpc-endpoints` exits 0 even when
    /// it could not delete, listing the failures under `Unsuccessful` (botocore's
    /// DeleteVpcEndpoints result; `{"Unsuccessful": []}` when every id was deleted, as the real
    /// client printed against moto), so the block reads that list rather than the exit status.
    /// `DELETING_ENDPOINT_ID` records that this shell saw the endpoint going, for the wait.
    package static func deleteEndpoint(_ id: VPCEndpointID, place: DeletionPlace, connectionsStep: Text.Argument) -> Verbatim {
        let endpoint: Text.Argument = .code(id.value)
        let region = regionFlag(place.region)
        let unlisted = place.sentence("shell.endpoint.unlisted", [
            "endpoint": endpoint, "account": .shellVariable(callerAccount), "step": connectionsStep,
        ])
        let body: Verbatim = """
            if ! ENDPOINT=$(aws ec2 describe-vpc-endpoints\(region) --filters Name=vpc-endpoint-id,Values="$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].[VpcId,State]' --output text); then
            \(fail(Text("shell.endpoint.unreadable.kept", ["endpoint": endpoint])))
            else
              read -r ENDPOINT_VPC ENDPOINT_STATE <<< "$ENDPOINT"
              if [ "$ENDPOINT_VPC" = None ]; then
            \(fail(unlisted, indent: "    "))
              elif [ "$ENDPOINT_VPC" != \(place.vpc) ]; then
            \(fail(Text("shell.endpoint.other-vpc", ["endpoint": endpoint, "actual": .shellVariable("ENDPOINT_VPC"), "vpc": .code(place.vpc)]), indent: "    "))
              elif [ "$ENDPOINT_STATE" = deleted ]; then
                DELETING_ENDPOINT_ID=$VPC_ENDPOINT_ID
                \(echo: Text("shell.endpoint.already-gone", ["endpoint": endpoint]))
              elif [ "$ENDPOINT_STATE" = deleting ]; then
                DELETING_ENDPOINT_ID=$VPC_ENDPOINT_ID
                \(echo: Text("shell.endpoint.deleting", ["endpoint": endpoint]))
              elif UNSUCCESSFUL=$(aws ec2 delete-vpc-endpoints\(region) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'Unsuccessful' --output text) && [ -z "$UNSUCCESSFUL" ]; then
                DELETING_ENDPOINT_ID=$VPC_ENDPOINT_ID
                \(echo: Text("shell.endpoint.deleting", ["endpoint": endpoint]))
              else
                [ -z "$UNSUCCESSFUL" ] || echo "$UNSUCCESSFUL" >&2
            \(fail(Text("shell.endpoint.delete-failed", ["endpoint": endpoint]), indent: "    "))
              fi
            fi
            """
        let delete: Verbatim = """
            VPC_ENDPOINT_ID=\(id.value)
            \(proving(place, then: body))
            """
        return delete.declaring(exports: [ShellVariable("VPC_ENDPOINT_ID", value: id.value), ShellVariable(callerAccount),
                                          ShellVariable("DELETING_ENDPOINT_ID")])
    }

    package static func deleteEndpointOutput(_ id: VPCEndpointID, place: DeletionPlace) -> Verbatim {
        """
        \(placeFound(place))
        \(Text("shell.endpoint.deleting", ["endpoint": .code(id.value)]))
        """
    }

    /// Polls until the endpoint is `deleted` (facts file, section 4). An endpoint AWS no longer
    /// lists is deleted only if this shell saw it going (`DELETING_ENDPOINT_ID`, set here or by
    /// the block that deleted it); otherwise the id, region or credentials may be wrong.
    package static func waitForEndpointGone(region: PrivateSpaceRegion?, deleteStep: Text.Argument, nextStep: Text.Argument) -> Verbatim {
        let minutes: Text.Arguments = ["minutes": .plain(String(pollMinutes))]
        let endpoint: Text.Argument = .shellVariable("VPC_ENDPOINT_ID")
        let wait: Verbatim = """
            for attempt in $(seq 1 \(pollAttempts)); do
              if ! STATE=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --filters Name=vpc-endpoint-id,Values="$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].State' --output text); then
                STATE=""
                break
              fi
              echo "$STATE"
              [ "$STATE" = deleting ] || break
              DELETING_ENDPOINT_ID=$VPC_ENDPOINT_ID
              sleep \(pollSeconds)
            done
            case "$STATE" in
              deleted) \(echo: Text("shell.endpoint.gone", ["step": nextStep])) ;;
              None)
                if [ "${DELETING_ENDPOINT_ID:-}" = "$VPC_ENDPOINT_ID" ]; then
                  \(echo: Text("shell.endpoint.gone.unlisted", ["step": nextStep]))
                else
                  \(echoError: Text("shell.endpoint.unlisted.unseen", ["endpoint": endpoint, "step": deleteStep]))
                  false
                fi
                ;;
              deleting) \(echoError: Text("shell.endpoint.still-deleting", minutes)); false ;;
              "") \(echoError: Text("shell.state.unreadable")); false ;;
              *) \(echoError: Text("shell.endpoint.not-deleted", ["state": .shellVariable("STATE"), "step": deleteStep])); false ;;
            esac
            """
        return wait.declaring(imports: ["VPC_ENDPOINT_ID", "DELETING_ENDPOINT_ID"])
    }

    package static func waitForEndpointGoneOutput(nextStep: Text.Argument) -> Verbatim {
        "deleting\ndeleted\n\(Text("shell.endpoint.gone", ["step": nextStep]))"
    }

    /// Deletes the group the create runbook made, found by its name in the VPC, once the place is
    /// proven: a group that is not in the VPC is then reported as such, never as deleted.
    /// `--output json` shows what the client prints whatever output format it is set to. When AWS
    /// refuses (`DependencyViolation` while any network interface uses the group: facts file,
    /// section 8), the block lists those interfaces (filter `group-id`, botocore's
    /// DescribeNetworkInterfaces; `InterfaceType` `vpc_endpoint` for an endpoint's).
    package static func deleteSecurityGroup(addon: String, place: DeletionPlace, endpointSteps: (from: Text.Argument, to: Text.Argument)) -> Verbatim {
        let name = securityGroupName(addon: addon)
        let group: Text.Argument = .code(name)
        let region = regionFlag(place.region)
        let body: Verbatim = """
            if ! SECURITY_GROUP_ID=$(aws ec2 describe-security-groups\(region) --filters Name=vpc-id,Values=\(place.vpc) Name=group-name,Values=\(name) --query 'SecurityGroups[0].GroupId' --output text); then
            \(fail(Text("shell.group.unreadable", ["vpc": .code(place.vpc)])))
            elif [ "$SECURITY_GROUP_ID" = None ]; then
              \(echo: Text("shell.group.none", ["group": group, "vpc": .code(place.vpc)]))
            elif aws ec2 delete-security-group\(region) --group-id "$SECURITY_GROUP_ID" --output json; then
              \(echo: Text("shell.group.deleted", ["group": group]))
            else
              \(echoError: Text("shell.group.delete-failed", ["group": group, "type": .code("vpc_endpoint"),
                                                              "from": endpointSteps.from, "to": endpointSteps.to]))
              aws ec2 describe-network-interfaces\(region) --filters Name=group-id,Values="$SECURITY_GROUP_ID" --query 'NetworkInterfaces[].[NetworkInterfaceId,InterfaceType,Description]' --output text
              false
            fi
            """
        return proving(place, then: body).declaring(exports: [ShellVariable(callerAccount), ShellVariable("SECURITY_GROUP_ID")])
    }

    /// What the real client prints for `delete-security-group` since botocore's model gave
    /// DeleteSecurityGroup a result (`Return`, `GroupId`: boto3 1.37 documents it, boto3 1.26
    /// returned nothing; moto prints nothing), then our sentences.
    package static func deleteSecurityGroupOutput(addon: String, place: DeletionPlace) -> Verbatim {
        """
        \(placeFound(place))
        {
            "Return": true,
            "GroupId": "\(exampleGroupID)"
        }
        \(Text("shell.group.deleted", ["group": .code(securityGroupName(addon: addon))]))
        """
    }
}
