#!/usr/bin/env python3
"""Validates a course repository's YAML files and Markdown front matter
against coursec's JSON Schemas, independently of coursec: PyYAML reads the
YAML and python-jsonschema (Draft 2020-12) validates it.

YAML is read with YAML 1.2's core schema, as coursec types scalars (and as
editors' YAML language server does): only true/false are booleans, only
plain numbers are numbers, and `no`, `on` or `2021-10-04` stay texts.
PyYAML's own resolver is YAML 1.1's, so it is replaced here.

usage: validate_sources.py SCHEMA_DIR REPOSITORY...
Prints one line per invalid file and a closing `N passed, M failed` line;
exits 1 when a file is invalid or nothing was validated.
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types."""


Core12Loader.yaml_implicit_resolvers = {}
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def core12_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def core12_int(loader, node):
    return int(loader.construct_scalar(node), 0)


Core12Loader.add_constructor("tag:yaml.org,2002:bool", core12_bool)
Core12Loader.add_constructor("tag:yaml.org,2002:int", core12_int)


def load(text):
    return yaml.load(text, Loader=Core12Loader)


def front_matter(text):
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 3)
    return None if end < 0 else text[4:end + 1]


def main():
    schema_dir, roots = sys.argv[1], sys.argv[2:]
    schemas = {}
    for name in os.listdir(schema_dir):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
            schemas[name[: -len(".schema.json")]] = jsonschema.Draft202012Validator(schema)
    passed, failed = 0, 0

    def check(kind, path, document):
        nonlocal passed, failed
        errors = sorted(schemas[kind].iter_errors(document), key=lambda e: list(e.path))
        if errors:
            failed += 1
            for error in errors:
                where = "/".join(str(p) for p in error.path)
                print(f"{path}: {kind}: {where}: {error.message}")
        else:
            passed += 1

    for root in roots:
        with open(os.path.join(root, "coursec.yaml"), encoding="utf-8") as f:
            manifest = load(f.read())
        check("coursec", os.path.join(root, "coursec.yaml"), manifest)
        for framework in manifest.get("frameworks") or []:
            path = os.path.join(root, framework)
            with open(path, encoding="utf-8") as f:
                check("framework", path, load(f.read()))
        courses = manifest.get("courses") or []
        for course in [courses] if isinstance(courses, str) else courses:
            folder = os.path.join(root, course)
            with open(os.path.join(folder, "course.yaml"), encoding="utf-8") as f:
                check("course", os.path.join(folder, "course.yaml"), load(f.read()))
            for base, _, files in sorted(os.walk(folder)):
                for name in sorted(files):
                    if not name.endswith(".md") or name.upper() == "README.MD":
                        continue
                    path = os.path.join(base, name)
                    with open(path, encoding="utf-8") as f:
                        matter = front_matter(f.read())
                    if matter is None:
                        continue
                    document = load(matter) or {}
                    kind = document.get("type", "lesson") if isinstance(document, dict) else "lesson"
                    check(kind if kind in schemas else "lesson", path, document)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
