"""moto's AWS API server, with a few answers made to match what AWS does.

Everything else is moto's own: `python3 Scripts/moto_server.py -H 127.0.0.1 -p PORT` takes
moto_server's flags. Each change below says what AWS does and where that is written down.

- Endpoint service ids: moto 5 names an endpoint service `vpce-svc-` and 8 hex digits; AWS has
  used 17 since 2018, and privatelink-runbook accepts only those (reference/privatelink-facts.md,
  section 2).
- `describe-vpc-endpoints --filters Name=vpc-endpoint-id,Values=…`: a filter AWS documents
  ("vpc-endpoint-id - The ID of the endpoint", EC2 API reference, DescribeVpcEndpoints, and the
  same text in botocore's ec2 service model); moto 5.2 answers it with an internal error.
- The network interfaces of an interface endpoint carry the endpoint's security groups and the
  interface type `vpc_endpoint` (botocore's NetworkInterfaceType), so that
  `describe-network-interfaces --filters Name=group-id,Values=…` lists them as AWS does; moto
  gives them the VPC's default group and the type `interface`.
- `delete-security-group` of a group that a network interface still uses fails with
  `DependencyViolation` ("resource sg-… has a dependent object", as the real client prints it in
  kubernetes/kops issue 6454 and lianghong/delete_vpc issue 10; reference/privatelink-facts.md,
  section 8); moto deletes it.
"""
from moto.ec2.exceptions import DependencyViolationError
from moto.ec2.models import vpc_service_configuration
from moto.ec2.models.security_groups import SecurityGroupBackend
from moto.ec2.models.vpcs import VPCBackend, VPCEndPoint
from moto.moto_api._internal import mock_random
from moto.server import main

_original_init = vpc_service_configuration.VPCServiceConfiguration.__init__


def _init_with_17_hex_digits(self, load_balancers, region, *args, **kwargs):
    _original_init(self, load_balancers, region, *args, **kwargs)
    self.id = f"vpce-svc-{mock_random.get_random_hex(length=17)}"
    self.service_name = f"com.amazonaws.vpce.{region}.{self.id}"
    self.endpoint_dns_name = f"{self.id}.{region}.vpce.amazonaws.com"


vpc_service_configuration.VPCServiceConfiguration.__init__ = _init_with_17_hex_digits

_original_endpoint_filter = VPCEndPoint.get_filter_value


def _endpoint_filter_value(self, filter_name, method_name=None):
    if filter_name == "vpc-endpoint-id":
        return self.id
    return _original_endpoint_filter(self, filter_name, method_name)


VPCEndPoint.get_filter_value = _endpoint_filter_value


def _give_interfaces_the_endpoint_groups(endpoint):
    backend = endpoint.ec2_backend
    groups = [backend.get_security_group_from_id(group_id) for group_id in endpoint.security_group_ids]
    for eni_id in endpoint.network_interface_ids:
        eni = backend.enis.get(eni_id)
        if eni is not None:
            eni._group_set = [group for group in groups if group is not None]
            eni.interface_type = "vpc_endpoint"


_original_create_endpoint = VPCBackend.create_vpc_endpoint


def _create_vpc_endpoint(self, *args, **kwargs):
    endpoint = _original_create_endpoint(self, *args, **kwargs)
    if (endpoint.vpc_endpoint_type or "").lower() == "interface":
        _give_interfaces_the_endpoint_groups(endpoint)
    return endpoint


VPCBackend.create_vpc_endpoint = _create_vpc_endpoint

_original_modify_endpoint = VPCEndPoint.modify


def _modify_endpoint(self, *args, **kwargs):
    _original_modify_endpoint(self, *args, **kwargs)
    if (self.vpc_endpoint_type or "").lower() == "interface":
        _give_interfaces_the_endpoint_groups(self)


VPCEndPoint.modify = _modify_endpoint

_original_delete_group = SecurityGroupBackend.delete_security_group


def _delete_security_group(self, name=None, group_id=None):
    if group_id:
        for eni in self.enis.values():
            if any(group.id == group_id for group in eni._group_set):
                raise DependencyViolationError(f"resource {group_id} has a dependent object")
    return _original_delete_group(self, name=name, group_id=group_id)


SecurityGroupBackend.delete_security_group = _delete_security_group

if __name__ == "__main__":
    main()
