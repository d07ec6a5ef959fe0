#!/usr/bin/env python3
"""Validates every file of a built site's feeds/ against the JSON Schemas in feeds/schema/.

Usage: scripts/validate-feeds.py OUTPUT/feeds

Besides the schemas it checks what a schema cannot: every file the manifest and the change index
list exists with the SHA-256 and record count they give, records are in id order with each id once,
change entries name the record they carry, the statistics file counts what the dataset files hold,
and no feed file is left unvalidated.
Exit status 0 when everything holds, 1 otherwise (each problem on one line).
"""
import hashlib
import json
import os
import sys

from jsonschema import Draft202012Validator

DATASETS = ["licensing", "penalties", "redlist", "blacklist", "notices"]


def main(feeds):
    problems = []
    schemas = {}
    for name in sorted(os.listdir(os.path.join(feeds, "schema"))):
        with open(os.path.join(feeds, "schema", name), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        schemas[name[:-5]] = Draft202012Validator(schema)
    expected = {"manifest", "changes", "changes-index", "statistics", *DATASETS}
    if set(schemas) != expected:
        problems.append(f"schema/: expected {sorted(expected)}, found {sorted(schemas)}")

    checked = set()

    def load(rel, kind):
        path = os.path.join(feeds, rel)
        with open(path, "rb") as f:
            raw = f.read()
        doc = json.loads(raw.decode("utf-8"))
        for error in schemas[kind].iter_errors(doc):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{rel}: {where}: {error.message[:300]}")
        checked.add(rel)
        return raw, doc

    def sha(raw):
        return hashlib.sha256(raw).hexdigest()

    _, manifest = load("manifest.json", "manifest")
    for dataset in DATASETS:
        entry = manifest.get("datasets", {}).get(dataset, {"count": 0, "files": []})
        total, last_id, seen = 0, None, set()
        for file in entry["files"]:
            raw, doc = load(file["path"], dataset)
            if sha(raw) != file["sha256"]:
                problems.append(f"{file['path']}: sha256 differs from the manifest")
            records = doc.get("records", [])
            if len(records) != file["count"] or len(records) > 10000:
                problems.append(f"{file['path']}: {len(records)} records, manifest says {file['count']}")
            if doc.get("asOf") != manifest.get("asOf"):
                problems.append(f"{file['path']}: asOf differs from the manifest")
            for r in records:
                rid = r.get("id")
                if rid in seen or (last_id is not None and rid.encode() <= last_id.encode()):
                    problems.append(f"{file['path']}: id {rid} out of order or repeated")
                seen.add(rid)
                last_id = rid
            total += len(records)
        if total != entry["count"]:
            problems.append(f"manifest: {dataset} count {entry['count']}, files hold {total}")

    _, index = load(manifest.get("changes", "changes/index.json"), "changes-index")
    for file in index.get("files", []):
        raw, doc = load(file["path"], "changes")
        if sha(raw) != file["sha256"]:
            problems.append(f"{file['path']}: sha256 differs from changes/index.json")
        for key in ("added", "updated", "withdrawn"):
            if len(doc.get(key, [])) != file[key]:
                problems.append(f"{file['path']}: {key} count differs from changes/index.json")
        for key in ("added", "updated"):
            for e in doc.get(key, []):
                if e.get("record", {}).get("id") != e.get("id"):
                    problems.append(f"{file['path']}: {key} entry {e.get('id')} carries another record")
    if index.get("files") and index["files"][-1]["asOf"] != manifest.get("asOf"):
        problems.append("changes/index.json: the last change file is not of the manifest's asOf day")

    entry = manifest.get("statistics", {})
    raw, statistics = load(entry.get("path", "statistics.json"), "statistics")
    if sha(raw) != entry.get("sha256"):
        problems.append("statistics.json: sha256 differs from the manifest")
    if statistics.get("asOf") != manifest.get("asOf"):
        problems.append("statistics.json: asOf differs from the manifest")
    counts = {d: manifest.get("datasets", {}).get(d, {}).get("count") for d in DATASETS}
    for dataset, total in statistics.get("totals", {}).items():
        if total != counts.get(dataset):
            problems.append(f"statistics.json: totals.{dataset} is {total}, the feed holds {counts.get(dataset)}")
    for chart in statistics.get("charts", []):
        total, items = chart["total"], sum(i["count"] for i in chart["items"])
        if total != counts.get(chart["dataset"]):
            problems.append(f"statistics.json: {chart['id']}: total {total}, the feed holds {counts.get(chart['dataset'])}")
        # One penalty counts under each of its 处罚类别; every other chart splits the records it covers.
        if chart["dimension"] != "category" and items + chart["rest"] != total:
            problems.append(f"statistics.json: {chart['id']}: bars {items} + rest {chart['rest']} != total {total}")

    for root, _, names in os.walk(feeds):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), feeds)
            if not rel.startswith("schema" + os.sep) and rel not in checked:
                problems.append(f"{rel}: listed by neither the manifest nor changes/index.json")

    for p in problems:
        print(f"{feeds}/{p}", file=sys.stderr)
    print(f"validate-feeds: {len(checked)} files checked against {len(schemas)} schemas, {len(problems)} problems",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
