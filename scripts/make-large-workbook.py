#!/usr/bin/env python3
"""Write a large penalties workbook (and the same rows as CSV) for measuring the .xlsx reader.

    python3 scripts/make-large-workbook.py --rows 200000 --out /tmp/big

Writes OUT/site.yaml, OUT/penalties/big.xlsx (openpyxl's streaming writer: shared strings, dates in
date cells) and OUT/csv/penalties/big.csv with the same rows; docs/performance.md has the numbers.
Every row is valid: distinct 文书号, checksum-valid codes, 2026 decisions.
"""

import argparse
import datetime as dt
import os

import openpyxl
from openpyxl.cell import WriteOnlyCell

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(body17):
    total = sum(CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body17))
    return body17 + CHARS[(31 - total % 31) % 31]


HEADER = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据",
          "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
          "数据来源单位统一社会信用代码"]
AUTHORITY, AUTHORITY_CODE = "测试市市场监督管理局", "11420500MB00000011"


def row(i):
    code = uscc("91420500MA4K%05d" % (i % 100000))
    day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)
    return ["测试市第%d号商贸有限公司" % i, "法人及非法人组织", code, "测市监罚〔2026〕%d号" % i, "发布虚假广告",
            "经查，当事人于2026年通过其网站发布虚假广告，第%d号案。" % i, "《中华人民共和国广告法》第五十五条", "罚款",
            "罚款%d元" % (60000 + i), 6 + (i % 50) / 10, day, AUTHORITY, AUTHORITY_CODE, AUTHORITY, AUTHORITY_CODE]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "penalties"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "csv", "penalties"), exist_ok=True)
    site = 'name: 信用测试市\nregion_code: "420500"\nbase_url: https://credit.test.example/\n'
    for folder in (args.out, os.path.join(args.out, "csv")):
        with open(os.path.join(folder, "site.yaml"), "w", encoding="utf-8") as fh:
            fh.write(site)

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("处罚信息")
    ws.append(HEADER)
    with open(os.path.join(args.out, "csv", "penalties", "big.csv"), "w", encoding="utf-8") as csv:
        csv.write(",".join(HEADER) + "\n")
        for i in range(1, args.rows + 1):
            values = row(i)
            cells = []
            for v in values:
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy/m/d"
                cells.append(cell)
            ws.append(cells)
            csv.write(",".join(v.isoformat() if isinstance(v, dt.date) else str(v) for v in values) + "\n")
    wb.save(os.path.join(args.out, "penalties", "big.xlsx"))


if __name__ == "__main__":
    main()
