#!/usr/bin/env python3
"""Writes codat-customers-openapi.yaml: the part of Codat's OpenAPI files that the sandbox serves or will serve,
as clean OpenAPI 3.0.3 that an off-the-shelf validator loads. README.md beside this file says what it changes and why.

Usage (from the repository root, with Codat's files in ../shared/reference/spec or another folder):
    python3 src/test/resources/contract/trim.py ../shared/reference/spec
Needs Python 3 and PyYAML (Debian: python3-yaml). The output is a pure function of the three input files.
"""
import copy
import hashlib
import os
import re
import sys
from urllib.parse import unquote

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "codat-customers-openapi.yaml")

# (file, commit in codatio/oas, the paths taken from it, the webhooks taken from it, the suffix of a component whose
# name an earlier file uses for a different component): see the spec folder's README.md and this folder's.
SOURCES = [
    ("Codat-Lending.yaml", "1d56643b5d43993f43861ff12d4e3aefda8ee4c7", [
        "/companies/{companyId}/data/customers",
        "/companies/{companyId}/data/customers/{customerId}",
        "/companies",
        "/companies/{companyId}",
        "/companies/{companyId}/connections",
        "/companies/{companyId}/connections/{connectionId}",
        "/companies/{companyId}/dataStatus",
        "/companies/{companyId}/push",
        "/companies/{companyId}/push/{pushOperationKey}",
    ], [], ""),
    ("Codat-Accounting.yaml", "cd3980931410ebca90051e368140a18a60766a5f", [
        "/companies/{companyId}/connections/{connectionId}/options/customers",
        "/companies/{companyId}/connections/{connectionId}/push/customers",
        "/companies/{companyId}/connections/{connectionId}/push/customers/{customerId}",
        "/companies/{companyId}/connections/{connectionId}/data/customers/{customerId}/attachments",
        "/companies/{companyId}/connections/{connectionId}/data/customers/{customerId}/attachments/{attachmentId}",
        "/companies/{companyId}/connections/{connectionId}/data/customers/{customerId}/attachments/{attachmentId}"
        "/download",
    ], [], "_Accounting2023"),
    ("Codat-Platform.yaml", "1d1fab12d2d20a2b5e5f09a9d18401face690e90", [
        "/webhooks",
        "/webhooks/{webhookId}",
    ], [
        "company.created",
        "read.completed",
        "{dataType}.write.successful",
        "{dataType}.write.unsuccessful",
        "client.rateLimit.reached",
        "client.rateLimit.reset",
    ], "_Platform"),
]
# OpenAPI 3.0 has no `webhooks:`; each webhook taken is written as its body's schema under this extension.
WEBHOOKS_KEY = "x-webhooks"
# Keys that OpenAPI 3.0 does not have (or, for media types' `examples`, that only carry long sample bodies).
DROPPED_KEYS = {"definitions", "examples", "propertyNames", "descrciption"}
NOT_3_0 = {"definitions", "$defs", "const", "propertyNames", "prefixItems", "if", "then", "else",
           "dependentRequired", "dependentSchemas", "unevaluatedProperties", "contentMediaType", "examples"}


def pointer(ref):
    """The parts of a $ref's JSON pointer, unescaped (`~1` is `/`, `~0` is `~`, and percent-encoding is undone)."""
    return [unquote(part.replace("~1", "/").replace("~0", "~")) for part in ref[2:].split("/")]


def resolve(document, ref):
    node = document
    for part in pointer(ref):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)
    return found


def webhook_schema(document, name):
    """The $ref of the body schema of one of the document's webhooks."""
    return document["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]


def closure(document, paths, webhooks):
    """Every $ref reachable from these paths and webhooks."""
    seen, todo = set(), set()
    for path in paths:
        refs(document["paths"][path], todo)
    for name in webhooks:
        todo.add(webhook_schema(document, name))
    while todo:
        ref = todo.pop()
        if ref not in seen:
            seen.add(ref)
            refs(resolve(document, ref), todo)
    return seen


def target(ref):
    """(kind, name) of the top-level component that a $ref becomes: one that points inside a component (into its
    `definitions`, a property, an allOf member, a parameter's schema) becomes a schema of its own."""
    parts = pointer(ref)
    if parts[0] == "paths":
        # a schema inside an operation (Platform's company id is defined in a request body): a schema of its own
        return "schemas", ".".join(["paths"] + [re.sub(r"[^A-Za-z0-9]+", "", p) for p in parts[1:]])
    if parts[0] != "components":
        raise SystemExit("unexpected $ref " + ref)
    if len(parts) == 3:
        return parts[1], parts[2]
    inner = [p for p in parts[3:] if p != "definitions"]
    prefix = [] if parts[1] == "schemas" else [parts[1]]
    return "schemas", ".".join(prefix + [parts[2]] + inner)


def clean(node, rename, in_properties=False):
    """A copy with $refs renamed and keys OpenAPI 3.0 lacks removed (property names are left alone)."""
    if isinstance(node, list):
        return [clean(value, rename) for value in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if in_properties:
            result[key] = clean(value, rename)
        elif key == "$ref":
            result[key] = rename[value]
        elif key not in DROPPED_KEYS:
            result[key] = clean(value, rename, in_properties=(key == "properties"))
    return result


def check_3_0(node, where, in_properties=False):
    if isinstance(node, list):
        for i, value in enumerate(node):
            check_3_0(value, where + "/" + str(i))
    elif isinstance(node, dict):
        for key, value in node.items():
            if not in_properties:
                if key in NOT_3_0:
                    raise SystemExit("not OpenAPI 3.0: " + where + "/" + key)
                if key == "type" and not isinstance(value, str):
                    raise SystemExit("not OpenAPI 3.0 (type list): " + where)
            check_3_0(value, where + "/" + key, in_properties=(key == "properties" and not in_properties))


def main(spec_dir):
    out = {"openapi": "3.0.3", "info": None, "security": [{"auth_header": []}], "paths": {},
           "components": {"schemas": {}, "parameters": {}, "responses": {}, "securitySchemes": {}}}
    provenance = []
    taken = {}  # (kind, name) -> (file, original ref), to detect collisions
    for file_name, commit, paths, webhooks, suffix in SOURCES:
        with open(os.path.join(spec_dir, file_name), "rb") as f:
            raw = f.read()
        provenance.append("%s (codatio/oas %s, sha256 %s)" % (file_name, commit, hashlib.sha256(raw).hexdigest()))
        document = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if out["info"] is None:
            out["info"] = {"title": "Codat Customers endpoints", "version": document["info"]["version"],
                           "description": "Trimmed from Codat's OpenAPI files for the sandbox's contract test; "
                                          "see src/test/resources/contract/README.md."}
        rename = {}
        needed = sorted(closure(document, paths, webhooks))
        for ref in needed:
            kind, name = target(ref)
            original = resolve(document, ref)
            if (kind, name) in taken and taken[(kind, name)][1] != original:
                name += suffix
            rename[ref] = "#/components/%s/%s" % (kind, name)
            taken.setdefault((kind, name), (file_name, original))
        for ref in needed:
            kind, name = rename[ref][2:].split("/")[1:]
            out["components"][kind].setdefault(name, clean(resolve(document, ref), rename))
        for path in paths:
            out["paths"][path] = clean(document["paths"][path], rename)
        for name in webhooks:
            out.setdefault(WEBHOOKS_KEY, {})[name] = {"$ref": rename[webhook_schema(document, name)]}
        for name, scheme in document["components"]["securitySchemes"].items():
            out["components"]["securitySchemes"].setdefault(name, clean(scheme, rename))
    for kind in out["components"]:
        out["components"][kind] = dict(sorted(out["components"][kind].items()))
    check_3_0(out, "#")
    header = ("# GENERATED by trim.py from Codat's OpenAPI files; do not edit, rerun the script (README.md).\n"
              + "".join("# source: %s\n" % p for p in provenance))
    with open(OUTPUT, "w") as f:
        f.write(header)
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=120)
    print("wrote %s: %d paths, %d webhooks, %d schemas" % (OUTPUT, len(out["paths"]), len(out.get(WEBHOOKS_KEY, {})),
                                                        len(out["components"]["schemas"])))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
