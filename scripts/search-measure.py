#!/usr/bin/env python3
"""Measures a built site's search index for docs/search.md: its size (raw and gzip), and what typical
queries download, as chromium really fetches them (the page records the index files it read in the
status element's data-files).

Usage: scripts/search-measure.py OUTPUT_DIR [QUERY ...]
Without queries it picks names from the index: a full name, two characters from the middle of a name,
and the first 12 characters of a credit code. Serves OUTPUT_DIR on 127.0.0.1 (a free port) for at most
10 minutes; each browser run is bounded to 90 seconds."""
import functools
import gzip
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse


def gz(data):
    return len(gzip.compress(data, 6))


def size(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), gz(data)


def pick_queries(search):
    shards = sorted(os.listdir(os.path.join(search, "d")), key=lambda n: int(n.split(".")[0]))
    lines = open(os.path.join(search, "d", shards[len(shards) * 2 // 3]), encoding="utf-8").read().splitlines()
    name, code = None, None
    for line in lines[len(lines) // 2:]:
        f = line.split("\t")
        if f[1] and len(f[0]) >= 8:
            name, code = f[0], f[1]
            break
    middle = name[len(name) // 2 - 1: len(name) // 2 + 1]
    return [name, middle, code[:12]]


def main():
    out = sys.argv[1]
    search = os.path.join(out, "search")
    total_raw = total_gz = files = largest_gz = 0
    for dirpath, _, names in os.walk(search):
        for n in names:
            raw, z = size(os.path.join(dirpath, n))
            total_raw += raw
            total_gz += z
            largest_gz = max(largest_gz, z)
            files += 1
    entry_raw, entry_gz = size(os.path.join(search, "index.json"))
    print(f"index: {files} files, {total_raw / 1e6:.1f} MB raw, {total_gz / 1e6:.1f} MB gzip, "
          f"largest file {largest_gz / 1024:.1f} KiB gzip, index.json {entry_raw} B ({entry_gz} B gzip)")

    queries = sys.argv[2:] or pick_queries(search)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=out)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    threading.Timer(600, lambda: os._exit(3)).start()
    port = server.server_address[1]
    page = [os.path.join(search, "index.html"), os.path.join(out, "assets", "search.js"), os.path.join(out, "assets", "site.css")]
    page_raw = sum(size(p)[0] for p in page if os.path.exists(p))
    page_gz = sum(size(p)[1] for p in page if os.path.exists(p))
    for q in queries:
        with tempfile.TemporaryDirectory() as profile:
            url = f"http://127.0.0.1:{port}/search/index.html?q={urllib.parse.quote(q)}"
            dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                  f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", url],
                                 capture_output=True, text=True, timeout=90).stdout
        m = re.search(r'<p id="search-status"[^>]*data-files="([^"]*)"[^>]*>([^<]*)</p>', dom)
        if not m:
            print(f"{q!r}: no result state in the page")
            continue
        fetched = m.group(1).split()
        raw = sum(size(os.path.join(search, f))[0] for f in fetched)
        z = sum(size(os.path.join(search, f))[1] for f in fetched)
        first = re.search(r'<a class="search-name"[^>]*>([^<]*)</a>', dom)
        print(f"{q!r}: {m.group(2)} first: {first.group(1) if first else '-'}; "
              f"index files {len(fetched)}: {raw / 1024:.1f} KiB raw, {z / 1024:.1f} KiB gzip; "
              f"with page, script and CSS {(raw + page_raw) / 1024:.1f} KiB raw, {(z + page_gz) / 1024:.1f} KiB gzip")
    server.shutdown()
    os._exit(0)


if __name__ == "__main__":
    main()
