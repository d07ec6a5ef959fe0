#!/usr/bin/env python3
"""Write the test fixtures for workbooks and the 2016 template, with real spreadsheet writers.

    python3 scripts/make-workbook-fixtures.py [--out Tests/Fixtures]

Needs openpyxl and XlsxWriter (pip) and LibreOffice (Debian: libreoffice-calc-nogui) at the time the
fixtures are made; the tests only read the committed files, so CI needs none of them.

Writes into Fixtures/workbooks/ (one workbook per reading case) and Fixtures/legacy/ (a small site:
site.yaml with authorities and column aliases, a 2016-template CSV in GB18030, a workbook saved by
LibreOffice and a CSV with a local platform's headers). Every file is described in docs/content.md and
in the tests that read it. Metadata that writers stamp with the current time (docProps/core.xml, ZIP
entry times) is fixed afterwards, so two runs give the same bytes except for LibreOffice's own output,
which is kept exactly as LibreOffice wrote it.
"""

import argparse
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment

FIXED = (2026, 11, 22, 0, 0, 0)

AUTHORITY = "测试市市场监督管理局"
AUTHORITY_CODE = "11420500MB00000011"
COMPANY = ("测试市恒通建材有限公司", "91420500MA4K00001G")
COMPANY2 = ("测试市绿源环保科技有限公司", "91420500MA4K00003N")
COMPANY3 = ("测试市鑫达物流有限公司", "91420500MA4K00004R")
PERSON_ID = "420502198001010011"

V2_HEADER = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "证件类型", "证件号码", "行政处罚决定书文号",
             "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期",
             "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注"]

LEGACY_HEADER = ["行政处罚决定书文号", "处罚名称", "处罚类别1", "处罚类别2", "处罚事由", "处罚依据", "行政相对人名称",
                 "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)",
                 "行政相对人代码_4(税务登记号)", "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "处罚结果",
                 "处罚决定日期", "处罚机关", "当前状态", "地方编码", "数据更新时间戳", "备注"]


def v2_row(name, code, wsh, day, fine, id_number="", note=""):
    category = "自然人" if id_number and not code else "法人及非法人组织"
    return [name, category, code, "身份证" if id_number else None, id_number or None, wsh, "违反产品质量法",
            "销售不合格建材", "《中华人民共和国产品质量法》第四十九条", "罚款", "罚款%s万元" % fine, fine, day,
            AUTHORITY, AUTHORITY_CODE, AUTHORITY, AUTHORITY_CODE, note or None]


def fix_metadata(path):
    """Rewrites the archive with fixed entry times and fixed docProps dates (openpyxl stamps the save time)."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-22T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def save(wb, path):
    wb.properties.creator = "make-workbook-fixtures.py"
    wb.save(path)
    fix_metadata(path)


def two_sheets(path):
    """Two sheets as a department hands them in: the first under a merged title row, dates in date
    cells (a custom yyyy/m/d format and Excel's built-in format 14), amounts as numbers, an empty cell;
    and a hidden sheet with the drop-down lists of the template."""
    wb = openpyxl.Workbook()
    october = wb.active
    october.title = "10月"
    october.append(["测试市2026年10月行政处罚信息公示表"] + [None] * (len(V2_HEADER) - 1))
    october.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(V2_HEADER))
    october["A1"].alignment = Alignment(horizontal="center")
    october.append(V2_HEADER)
    october.append(v2_row(*COMPANY, "测市监罚〔2026〕101号", dt.date(2026, 10, 9), 12))
    october.append(v2_row(*COMPANY2, "测市监罚〔2026〕102号", dt.date(2026, 10, 20), 8.5, note="当事人已缴纳罚款"))
    for row in (3, 4):
        october.cell(row=row, column=13).number_format = "yyyy/m/d"
    november = wb.create_sheet("11月")
    november.append(V2_HEADER)
    november.append(v2_row(*COMPANY3, "测市监罚〔2026〕111号", dt.date(2026, 11, 2), 20))
    november.append(v2_row("李四", "", "测市监罚〔2026〕112号", dt.date(2026, 11, 5), 1, id_number=PERSON_ID))
    for row in (2, 3):
        november.cell(row=row, column=13).number_format = "mm-dd-yy"  # built-in format 14
    codes = wb.create_sheet("代码表")
    codes.append(["处罚类别"])
    for word in ("警告", "罚款", "没收违法所得"):
        codes.append([word])
    codes.sheet_state = "hidden"
    save(wb, path)


def legacy_workbook(path):
    """The 2016 template in a workbook: category codes, YYYY/MM/DD dates as text, a compact timestamp."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2019"
    ws.append(LEGACY_HEADER)
    ws.append(["测市监罚〔2026〕201号", "违反产品质量法", "1", "", "销售不合格建材", "《中华人民共和国产品质量法》第四十九条",
               COMPANY[0], COMPANY[1], "", "", "", "", "王五", "罚款十万元", "2026/06/01", AUTHORITY, "0", "420500",
               "20260603093000", ""])
    save(wb, path)


def date1904(path):
    """A workbook in the 1904 date system (old Mac Excel): the same day is a different serial number."""
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(V2_HEADER)
    ws.append(v2_row(*COMPANY, "测市监罚〔2026〕301号", dt.date(2026, 9, 15), 12))
    save(wb, path)


def no_header(path):
    """Records with no header row above them, and a sheet of notes."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(v2_row(*COMPANY, "测市监罚〔2026〕401号", dt.date(2026, 9, 15), 12))
    ws.append(v2_row(*COMPANY2, "测市监罚〔2026〕402号", dt.date(2026, 9, 16), 12))
    good = wb.create_sheet("正常")
    good.append(V2_HEADER)
    good.append(v2_row(*COMPANY3, "测市监罚〔2026〕403号", dt.date(2026, 9, 17), 12))
    save(wb, path)


def inline_strings(path):
    """XlsxWriter in constant_memory mode writes every text as an inline string (<is><t>), no shared table."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    wb.set_properties({"created": dt.datetime(2026, 11, 22)})
    ws = wb.add_worksheet("Sheet1")
    date_format = wb.add_format({"num_format": "yyyy\"年\"m\"月\"d\"日\""})
    for c, h in enumerate(V2_HEADER):
        ws.write_string(0, c, h)
    row = v2_row(*COMPANY, "测市监罚〔2026〕501号", dt.date(2026, 8, 31), 12.5, note="第一行\n第二行")
    for c, v in enumerate(row):
        if isinstance(v, dt.date):
            ws.write_datetime(1, c, dt.datetime(v.year, v.month, v.day), date_format)
        elif isinstance(v, (int, float)):
            ws.write_number(1, c, v)
        elif v:
            ws.write_string(1, c, v)
    wb.close()
    fix_metadata(path)


def column_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def drop_implied_references(xml):
    """Removes each r attribute that the position implies: a row right after the previous row, a cell
    right after the previous cell of its row. Where openpyxl skipped empty cells the r stays, as it
    must for any writer."""
    last = {"row": 0, "col": 0}

    def tag(m):
        text = m.group(0)
        ref = re.search(rb' r="([A-Z]*)([0-9]+)"', text)
        if not ref:
            return text
        if text.startswith(b"<row"):
            number = int(ref.group(2))
            implied = number == last["row"] + 1
            last["row"], last["col"] = number, 0
        else:
            col = column_number(ref.group(1).decode())
            implied = col == last["col"] + 1
            last["col"] = col
        return text.replace(ref.group(0), b"", 1) if implied else text

    return re.sub(rb"<(?:row|c)\b[^>]*>", tag, xml)


def without_references(source, path):
    """openpyxl's two-sheet workbook without the r attributes of <row> and <c> where the position
    implies them, as some streaming writers leave them out (the standard makes them optional)."""
    with zipfile.ZipFile(source) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename.startswith("xl/worksheets/sheet"):
                data = drop_implied_references(data)
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)


def damaged(source, truncated, bad_sheet):
    """A download cut short (not a ZIP archive any more), and a sheet whose compressed bytes were damaged."""
    data = open(source, "rb").read()
    open(truncated, "wb").write(data[: len(data) // 2])
    with zipfile.ZipFile(source) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, payload in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, payload)
    raw = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        info = z.getinfo("xl/worksheets/sheet2.xml")
    # Local header: 30 bytes + name + extra, then the compressed data; damage its middle.
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    for i in range(middle, middle + 8):
        raw[i] ^= 0xFF
    open(bad_sheet, "wb").write(bytes(raw))


def libreoffice(source, target_dir, fmt="xlsx"):
    """Converts `source` with LibreOffice and returns the path it wrote (a CSV is read as UTF-8, comma
    separated, with LibreOffice's own type detection, as a webmaster opening it would get)."""
    infilter = ["--infilter=CSV:44,34,76,1"] if source.endswith(".csv") else []
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", *infilter, "--convert-to", fmt,
                        "--outdir", out, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        name = os.path.splitext(os.path.basename(source))[0] + "." + fmt
        target = os.path.join(target_dir, name)
        shutil.move(os.path.join(out, name), target)
        return target


def legacy_csv():
    """The 2016 header of the issue, in GB18030 with CRLF line ends, as old platforms exported it."""
    rows = [
        # shown: code 1 罚款, YYYY/MM/DD, compact 数据更新时间戳
        ["测市监罚〔2026〕11号", "违反产品质量法", "1", "", "销售不合格建材，货值2万元。", "《中华人民共和国产品质量法》第四十九条",
         COMPANY[0], COMPANY[1], "", "", "", "", "王五", "罚款十万元", "2026/06/01", AUTHORITY, "0", "420500",
         "20260603093000", ""],
        # shown: 个体工商户 by its name (no code), codes 0 and 1 merged
        ["测市监罚〔2026〕12号", "不按规定明码标价", "0", "1", "未按规定标示商品价格。", "《中华人民共和国价格法》第四十二条",
         "测试市西陵区李记小吃店", "", "", "", "", "", "", "警告，并处罚款三千元", "2026/06/05", AUTHORITY, "0", "420502",
         "2026-06-08 10:00:00", ""],
        # shown: 自然人 by a 居民身份证号 alone
        ["测市监罚〔2026〕13号", "无证经营", "罚款", "", "无照经营食品。", "《无证无照经营查处办法》第十三条",
         "李四", "", "", "", "", PERSON_ID, "", "罚款一万元", "2026/07/01", AUTHORITY, "", "420502", "1783386000", ""],
        # rejected: a 居民身份证号 that fails its check
        ["测市监罚〔2026〕14号", "无证经营", "1", "", "无照经营食品。", "《无证无照经营查处办法》第十三条",
         "赵六", "", "", "", "", "420502198001010012", "", "罚款一万元", "2026/07/02", AUTHORITY, "0", "420502", "", ""],
        # rejected: a category code the template does not have
        ["测市监罚〔2026〕15号", "违反产品质量法", "9", "", "销售不合格建材。", "《中华人民共和国产品质量法》第四十九条",
         COMPANY2[0], COMPANY2[1], "", "", "", "", "孙七", "罚款五万元", "2026/07/03", AUTHORITY, "0", "420500", "", ""],
        # rejected, twice, with one diagnostic: an authority site.yaml does not list
        ["测交执罚〔2026〕16号", "超限运输", "1", "", "车辆超限运输。", "《中华人民共和国公路法》第七十六条",
         COMPANY3[0], COMPANY3[1], "", "", "", "", "周八", "罚款两万元", "2026/07/04", "测试市交通运输局", "0", "420500", "", ""],
        ["测交执罚〔2026〕17号", "超限运输", "1", "", "车辆超限运输。", "《中华人民共和国公路法》第七十六条",
         COMPANY3[0], COMPANY3[1], "", "", "", "", "周八", "罚款两万元", "2026/07/05", "测试市交通运输局", "0", "420500", "", ""],
        # hidden: 当前状态 1 撤销, and 3 其他
        ["测市监罚〔2026〕18号", "违反产品质量法", "1", "", "销售不合格建材。", "《中华人民共和国产品质量法》第四十九条",
         COMPANY2[0], COMPANY2[1], "", "", "", "", "孙七", "罚款五万元", "2026/07/06", AUTHORITY, "1", "420500", "", ""],
        ["测市监罚〔2026〕19号", "违反产品质量法", "4", "", "生产不合格建材。", "《中华人民共和国产品质量法》第四十九条",
         COMPANY2[0], COMPANY2[1], "", "", "", "", "孙七", "吊销生产许可证", "2026/07/07", AUTHORITY, "3", "420500", "", ""],
    ]
    lines = [",".join(LEGACY_HEADER)] + [",".join(r) for r in rows]
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


SITE_YAML = """\
name: 信用测试市
region_code: "420500"
base_url: https://credit.test.example/
office: 测试市社会信用体系建设领导小组办公室
authorities:
  测试市市场监督管理局: 11420500MB00000011
columns:
  penalties: {处罚相对人: CF_XDR_MC, 决定文号: CF_WSH, 相对人类型: CF_XDR_LB}
"""


def local_csv():
    """A local platform's own headers for three columns, mapped by site.yaml columns."""
    header = ["处罚相对人", "相对人类型", "统一社会信用代码", "决定文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别",
              "处罚内容", "罚款金额（万元）", "处罚决定日期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
              "数据来源单位统一社会信用代码"]
    row = [COMPANY3[0], "法人及非法人组织", COMPANY3[1], "测市监罚〔2026〕31号", "发布虚假广告", "发布虚假广告。",
           "《中华人民共和国广告法》第五十五条", "罚款", "罚款二十万元", "20", "2026-08-01", AUTHORITY, AUTHORITY_CODE,
           AUTHORITY, AUTHORITY_CODE]
    return (",".join(header) + "\n" + ",".join(row) + "\n").encode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(here, "Tests", "Fixtures"))
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui")

    books = os.path.join(args.out, "workbooks")
    site = os.path.join(args.out, "legacy")
    for d in (books, site):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(books)
    os.makedirs(os.path.join(site, "penalties"))

    two_sheets(os.path.join(books, "two-sheets-openpyxl.xlsx"))
    legacy_workbook(os.path.join(books, "legacy-template-openpyxl.xlsx"))
    date1904(os.path.join(books, "date1904-openpyxl.xlsx"))
    no_header(os.path.join(books, "no-header-openpyxl.xlsx"))
    inline_strings(os.path.join(books, "inline-strings-xlsxwriter.xlsx"))
    without_references(os.path.join(books, "two-sheets-openpyxl.xlsx"), os.path.join(books, "no-references.xlsx"))
    damaged(os.path.join(books, "two-sheets-openpyxl.xlsx"), os.path.join(books, "damaged-truncated.xlsx"),
            os.path.join(books, "damaged-sheet.xlsx"))

    with tempfile.TemporaryDirectory() as tmp:
        # LibreOffice saving the two-sheet workbook again: its own styles, shared strings and merge records.
        shutil.copy(os.path.join(books, "two-sheets-openpyxl.xlsx"), os.path.join(tmp, "two-sheets-libreoffice.xlsx"))
        libreoffice(os.path.join(tmp, "two-sheets-libreoffice.xlsx"), books)
        # LibreOffice opening a CSV: it guesses types, so an 18-digit ID number becomes a number and loses digits.
        csv_path = os.path.join(tmp, "from-csv-libreoffice.csv")
        header = ",".join(V2_HEADER)
        person = v2_row("李四", "", "测市监罚〔2026〕601号", "2026-09-15", 1, id_number=PERSON_ID)
        company = v2_row(*COMPANY, "测市监罚〔2026〕602号", "2026-09-16", 12)
        with open(csv_path, "w", encoding="utf-8") as fh:
            fh.write(header + "\n")
            for r in (person, company):
                fh.write(",".join("" if v is None else str(v) for v in r) + "\n")
        libreoffice(csv_path, books)
        # The binary format, which is refused with the command that converts it.
        libreoffice(csv_path, tmp, fmt="xls")
        shutil.copy(os.path.join(tmp, "from-csv-libreoffice.xls"), os.path.join(books, "binary.xls"))
        shutil.copy(os.path.join(tmp, "from-csv-libreoffice.xls"), os.path.join(books, "binary-named-xlsx.xlsx"))

    with open(os.path.join(site, "site.yaml"), "w", encoding="utf-8") as fh:
        fh.write(SITE_YAML)
    with open(os.path.join(site, "penalties", "2019-legacy.csv"), "wb") as fh:
        fh.write(legacy_csv())
    with open(os.path.join(site, "penalties", "2026-local-headers.csv"), "wb") as fh:
        fh.write(local_csv())
    shutil.copy(os.path.join(books, "two-sheets-libreoffice.xlsx"), os.path.join(site, "penalties", "2026-q4.xlsx"))


if __name__ == "__main__":
    main()
