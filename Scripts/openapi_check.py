"""Validates answers of the service against openapi.json with an independent validator (PyPI
jsonschema, draft 2020-12, which OpenAPI 3.1 schemas are). Used by the Swift test OpenAPITests.

  python3 Scripts/openapi_check.py OPENAPI.json SAMPLES.json

SAMPLES.json: a list of {path, method, status, type, body}. Each status must be documented for its
operation, each type among the documented ones, and a JSON body must match the schema.
"""
import json
import sys

from jsonschema import Draft202012Validator

spec = json.load(open(sys.argv[1], encoding="utf-8"))
samples = json.load(open(sys.argv[2], encoding="utf-8"))


def follow(ref):
    node = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


failures = []
for sample in samples:
    operation = spec["paths"][sample["path"]][sample["method"]]
    response = operation["responses"].get(str(sample["status"]))
    where = f'{sample["method"].upper()} {sample["path"]} -> {sample["status"]} {sample["type"]}'
    if response is None:
        failures.append(f"{where}: status not documented")
        continue
    if "$ref" in response:
        response = follow(response["$ref"])
    content = response.get("content", {})
    if sample["type"] not in content:
        failures.append(f"{where}: type not documented (documented: {sorted(content)})")
        continue
    schema = content[sample["type"]].get("schema", {})
    if sample["type"].endswith("json"):
        body = json.loads(sample["body"])
        # Refs of the form #/components/schemas/X resolve against the whole document.
        validator = Draft202012Validator({**schema, "components": spec["components"]})
        for error in validator.iter_errors(body):
            failures.append(f"{where}: {error.message} at {list(error.absolute_path)}")
    elif schema.get("type") == "string" and "const" in schema and sample["body"] != schema["const"]:
        failures.append(f"{where}: body differs from const")

for failure in failures:
    print(failure)
if failures:
    sys.exit(1)
print(f"{len(samples)} answers match openapi.json")
