#!/usr/bin/env python3
"""Writes an .xlsx workbook with openpyxl, a real spreadsheet writer, from a JSON description of its
sheets, so that a workbook kept in the repository is what such a writer makes (not a hand-made zip).

    python3 scripts/xlsx-from-json.py SPEC.json OUT.xlsx

SPEC: {"creator": C, "modified": "YYYY-MM-DDTHH:MM:SSZ", "sheets": [{"name": N, "title": T or null,
"header": [...], "rows": [[cell, ...], ...]}]}, a cell being null, a string, {"number": N} or
{"date": "YYYY-MM-DD", "format": F}. A title becomes row 1, merged across the header's columns. The
save time openpyxl stamps into docProps/core.xml and the ZIP entries is replaced by "modified", so the
same SPEC gives the same bytes. The example city's workbook is written this way by ExampleCityTests
(CREDITCITY_RECORD_EXAMPLE=1) from ExampleWorkbook.specification.
"""
import datetime as dt
import json
import re
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment


def cell_value(cell):
    if isinstance(cell, dict) and "date" in cell:
        return dt.date.fromisoformat(cell["date"]), cell["format"]
    if isinstance(cell, dict) and "number" in cell:
        return cell["number"], None
    return cell, None


def main(spec_path, out_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in spec["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        width = len(sheet["header"])
        if sheet.get("title"):
            ws.append([sheet["title"]] + [None] * (width - 1))
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(sheet["header"])
        for row in sheet["rows"]:
            cells = [cell_value(c) for c in row]
            ws.append([v for v, _ in cells])
            for column, (_, number_format) in enumerate(cells, start=1):
                if number_format:
                    ws.cell(row=ws.max_row, column=column).number_format = number_format
    wb.properties.creator = spec["creator"]
    wb.save(out_path)

    stamp = spec["modified"]
    when = tuple(int(x) for x in re.findall(r"\d+", stamp)[:6])
    with zipfile.ZipFile(out_path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            fixed = zipfile.ZipInfo(info.filename, when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
