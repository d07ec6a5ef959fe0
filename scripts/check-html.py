#!/usr/bin/env python3
"""Parses every .html file of a built site with html5lib's strict HTML5 parser.

Usage: scripts/check-html.py OUTPUT_DIR

Any parse error (a stray end tag, a missing doctype, an unescaped character where the standard
forbids it, ...) is printed as `path:line:col: error` and the script exits 1. Pages must also declare
lang="zh-CN" on <html>, so a template edit cannot drop it unnoticed.
"""
import os
import sys

import html5lib


def check(path):
    parser = html5lib.HTMLParser(strict=True)
    with open(path, "rb") as f:
        data = f.read()
    try:
        parser.parse(data, transport_encoding="utf-8")
    except html5lib.html5parser.ParseError as e:
        (line, col), code, _ = parser.errors[-1] if parser.errors else ((0, 0), str(e), {})
        return [f"{path}:{line}:{col}: {code}"]
    problems = []
    if b'<html lang="zh-CN">' not in data:
        problems.append(f'{path}: <html lang="zh-CN"> missing')
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = sys.argv[1]
    pages = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files if f.endswith(".html"))
    if not pages:
        print(f"{root}: no .html files", file=sys.stderr)
        return 1
    problems = [p for page in pages for p in check(page)]
    for p in problems:
        print(p, file=sys.stderr)
    print(f"check-html: {len(pages)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
