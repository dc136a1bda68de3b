#!/usr/bin/env python3
"""Prints the article's example (an args file: one flag or value a line, as `make demo` reads it)
as the JSON values object of the service's API, with any `key=value` arguments added:
`Scripts/example_json.py Output/article-example.args language=en format=md`.
The keys are the property names of `rules --json`."""
import json
import sys

KEYS = {"--addon": "addon", "--app": "app", "--aws-account-id": "awsAccountIds", "--endpoint-id": "endpointId",
        "--region": "region", "--service-name": "serviceName", "--vpc-id": "vpcId", "--subnet-id": "subnetIds"}

words = [w for w in open(sys.argv[1], encoding="utf-8").read().split("\n") if w]
values = {}
for flag, value in zip(words[::2], words[1::2]):
    key = KEYS[flag]
    if key.endswith("Ids"):
        values.setdefault(key, []).append(value)
    else:
        values[key] = value
values |= dict(extra.split("=", 1) for extra in sys.argv[2:])
print(json.dumps(values, indent=2))
