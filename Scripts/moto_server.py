"""moto's AWS API server, with endpoint service ids in the shape AWS gives them today.

moto 5 names an endpoint service `vpce-svc-` and 8 hex digits; AWS has used 17 since 2018, and
privatelink-runbook accepts only those (reference/privatelink-facts.md, section 2). Everything
else is moto's own: `python3 Scripts/moto_server.py -H 127.0.0.1 -p PORT` takes moto_server's flags.
"""
from moto.ec2.models import vpc_service_configuration
from moto.moto_api._internal import mock_random
from moto.server import main

_original_init = vpc_service_configuration.VPCServiceConfiguration.__init__


def _init_with_17_hex_digits(self, load_balancers, region, *args, **kwargs):
    _original_init(self, load_balancers, region, *args, **kwargs)
    self.id = f"vpce-svc-{mock_random.get_random_hex(length=17)}"
    self.service_name = f"com.amazonaws.vpce.{region}.{self.id}"
    self.endpoint_dns_name = f"{self.id}.{region}.vpce.amazonaws.com"


vpc_service_configuration.VPCServiceConfiguration.__init__ = _init_with_17_hex_digits

if __name__ == "__main__":
    main()
