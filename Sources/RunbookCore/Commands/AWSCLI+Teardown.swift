/// Deleting what the AWS CLI steps made, in the order AWS allows: the endpoint, then, once it is
/// gone, its security group (a group still in use cannot be deleted: `DependencyViolation`).
/// Each block can run again after an interruption: what is already gone is reported, not an error.
extension AWSCLI {
    /// Deletes the endpoint if it still exists in the VPC. `delete-vpc-endpoints` exits 0 even when
    /// it could not delete, listing the failures under `Unsuccessful` (botocore's
    /// DeleteVpcEndpoints result; `{"Unsuccessful": []}` when every id was deleted, as the real
    /// client printed against moto), so the block reads that list rather than the exit status.
    package static func deleteEndpoint(_ id: VPCEndpointID, vpc: String, region: PrivateSpaceRegion?) -> Verbatim {
        let endpoint: Text.Argument = .code(id.value)
        let delete: Verbatim = """
            VPC_ENDPOINT_ID=\(id.value)
            if ENDPOINT=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].[VpcId,State]' --output text 2>&1); then
              read -r ENDPOINT_VPC ENDPOINT_STATE <<< "$ENDPOINT"
              if [ "$ENDPOINT_VPC" != \(vpc) ]; then
            \(fail(Text("shell.endpoint.other-vpc", ["endpoint": endpoint, "actual": .shellVariable("ENDPOINT_VPC"), "vpc": .code(vpc)]), indent: "    "))
              elif [ "$ENDPOINT_STATE" = deleted ]; then
                \(echo: Text("shell.endpoint.already-gone", ["endpoint": endpoint]))
              elif UNSUCCESSFUL=$(aws ec2 delete-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'Unsuccessful' --output text) && [ -z "$UNSUCCESSFUL" ]; then
                \(echo: Text("shell.endpoint.deleting", ["endpoint": endpoint]))
              else
                echo "$UNSUCCESSFUL" >&2
            \(fail(Text("shell.endpoint.delete-failed", ["endpoint": endpoint]), indent: "    "))
              fi
            else
              case "$ENDPOINT" in
                *InvalidVpcEndpointId.NotFound*) \(echo: Text("shell.endpoint.already-gone", ["endpoint": endpoint])) ;;
                *) echo "$ENDPOINT" >&2; \(echoError: Text("shell.endpoint.unreadable", ["endpoint": endpoint])); false ;;
              esac
            fi
            """
        return delete.declaring(exports: [ShellVariable("VPC_ENDPOINT_ID", value: id.value)])
    }

    package static func deleteEndpointOutput(_ id: VPCEndpointID) -> Verbatim {
        "\(Text("shell.endpoint.deleting", ["endpoint": .code(id.value)]))"
    }

    /// Polls until the endpoint is `deleted` or AWS no longer knows it
    /// (`InvalidVpcEndpointId.NotFound`; facts file, section 4).
    package static func waitForEndpointGone(region: PrivateSpaceRegion?, nextStep: Text.Argument) -> Verbatim {
        let state = ["state": Text.Argument.shellVariable("STATE"), "minutes": .plain(String(pollMinutes))]
        let wait: Verbatim = """
            for attempt in $(seq 1 \(pollAttempts)); do
              if ! STATE=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].State' --output text 2>&1); then
                case "$STATE" in *InvalidVpcEndpointId.NotFound*) STATE=deleted ;; *) echo "$STATE" >&2; STATE=""; break ;; esac
              fi
              echo "$STATE"
              [ "$STATE" = deleting ] || break
              sleep \(pollSeconds)
            done
            case "$STATE" in
              deleted) \(echo: Text("shell.endpoint.gone", ["step": nextStep])) ;;
              deleting) \(echoError: Text("shell.endpoint.still-deleting", state)); false ;;
              "") \(echoError: Text("shell.state.unreadable")); false ;;
              *) \(echoError: Text("shell.endpoint.not-deleted", state)); false ;;
            esac
            """
        return wait.declaring(imports: ["VPC_ENDPOINT_ID"])
    }

    package static func waitForEndpointGoneOutput(nextStep: Text.Argument) -> Verbatim {
        "deleting\ndeleted\n\(Text("shell.endpoint.gone", ["step": nextStep]))"
    }

    /// Deletes the group the create runbook made, found by its name in the VPC.
    package static func deleteSecurityGroup(_ network: AWSNetwork, addon: String, region: PrivateSpaceRegion?) -> Verbatim {
        let name = securityGroupName(addon: addon)
        let group: Text.Argument = .code(name)
        let delete: Verbatim = """
            SECURITY_GROUP_ID=$(aws ec2 describe-security-groups\(regionFlag(region)) --filters Name=vpc-id,Values=\(network.vpcID) Name=group-name,Values=\(name) --query 'SecurityGroups[0].GroupId' --output text)
            if [ "$SECURITY_GROUP_ID" = None ]; then
              \(echo: Text("shell.group.already-gone", ["group": group]))
            elif aws ec2 delete-security-group\(regionFlag(region)) --group-id "$SECURITY_GROUP_ID"; then
              \(echo: Text("shell.group.deleted", ["group": group]))
            else
            \(fail(Text("shell.group.delete-failed", ["group": group])))
            fi
            """
        return delete.declaring(exports: [ShellVariable("SECURITY_GROUP_ID")])
    }

    package static func deleteSecurityGroupOutput(addon: String) -> Verbatim {
        "\(Text("shell.group.deleted", ["group": .code(securityGroupName(addon: addon))]))"
    }
}
