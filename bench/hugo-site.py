#!/usr/bin/env python3
"""Writes a Hugo site with one content page per record page of a built CreditCity site, for the
benchmark's side-by-side run (scripts/bench.sh): the same records (from the site's feeds), one page
each under the same sections, with templates of the same shape as ours (header and navigation,
breadcrumb, a table of every field, footer) and Hugo's own section lists, sitemap and RSS.

    bench/hugo-site.py OUTPUT_DIR HUGO_SITE_DIR
"""
import json
import os
import sys

out, site = sys.argv[1], sys.argv[2]
feeds = os.path.join(out, "feeds")
os.makedirs(os.path.join(site, "layouts", "_default"), exist_ok=True)

with open(os.path.join(site, "config.toml"), "w") as f:
    f.write('baseURL = "https://credit.example.gov.cn/"\nlanguageCode = "zh-CN"\ntitle = "信用样例市"\n'
            'disableKinds = ["taxonomy", "term"]\n[pagination]\npagerSize = 50\n')

LAYOUT = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ .Site.Title }}</title><link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}"></head>
<body><a class="skip" href="#main">跳到正文</a>
<header class="site-header"><div class="container"><a class="brand" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav aria-label="主导航"><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
<form class="search" role="search" action="{{ "search/" | relURL }}"><input name="q" type="search"><button>查询</button></form></div></header>
<main id="main" class="container">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><div class="container"><p>主办单位：样例市社会信用体系建设领导小组办公室</p></div></footer>
</body></html>
"""
SINGLE = """{{ define "main" }}<nav class="breadcrumb"><ol><li><a href="{{ "/" | relURL }}">首页</a></li>
<li><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></li></ol></nav>
<h1>{{ .Title }}</h1><table class="fields"><tbody>
{{ range $k, $v := .Params.fields }}<tr><th scope="row">{{ $k }}</th><td>{{ $v }}</td></tr>
{{ end }}</tbody></table>
<p>公示期：{{ .Params.displayFrom }} 至 {{ .Params.displayUntil }}</p>{{ end }}
"""
LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><table><tbody>
{{ range .Paginator.Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.displayFrom }}</td></tr>
{{ end }}</tbody></table>{{ template "_internal/pagination.html" . }}{{ end }}
"""
for name, text in [("baseof.html", LAYOUT), ("single.html", SINGLE), ("list.html", LIST)]:
    with open(os.path.join(site, "layouts", "_default", name), "w") as f:
        f.write(text)

titles = {"licensing": "行政许可", "penalties": "行政处罚", "redlist": "守信红名单", "blacklist": "失信黑名单"}
count = 0
for dataset, title in titles.items():
    folder = os.path.join(site, "content", dataset)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "_index.md"), "w") as f:
        f.write(json.dumps({"title": title}, ensure_ascii=False) + "\n")
    directory = os.path.join(feeds, dataset)
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name)) as f:
            records = json.load(f)["records"]
        for r in records:
            name_code = next((k for k in r if k.endswith("XDR_MC")), None)
            front = {"title": r.get(name_code, r["id"]), "displayFrom": r["displayFrom"],
                     "displayUntil": r["displayUntil"] or "长期",
                     "fields": {k: v for k, v in r.items() if k.isupper()}}
            # Front matter as JSON (Hugo reads it), a page per record: content/<dataset>/<id>.md.
            with open(os.path.join(folder, r["id"] + ".md"), "w") as page:
                page.write(json.dumps(front, ensure_ascii=False) + "\n")
            count += 1
print(f"hugo-site: {count} record pages in {site}")
