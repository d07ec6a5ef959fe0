#!/usr/bin/env python3
"""Write Content/ of the example city 信用示例市 (fictional), deterministically.

    python3 scripts/make-example-content.py [--content DIR] [--doc PATH]

Standard library, plus openpyxl (pip install openpyxl) for the one workbook,
penalties/2026-q4-departments.xlsx, which a real spreadsheet writer makes; fixed
seed and fixed workbook metadata: two runs give byte-identical files.
Every record is designed against the reference day AS_OF (2026-11-22): the
script computes the outcome it expects for each record (shown, or the hidden
reason) with its own small copy of the rules of SPEC section 4, and with
--doc writes docs/example-content.md including that table.

All names, codes and numbers are invented. Identifiers are checksum-valid
(统一社会信用代码 GB 32100 with its embedded GB 11714 organisation code;
公民身份号码 GB 11643) so that validation accepts them.
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sys

AS_OF = dt.date(2026, 11, 22)
SEED = 20261122
rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# identifiers

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb11714_check(body8):
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = 0
    for w, c in zip(weights, body8):
        v = int(c) if c.isdigit() else ord(c) - 55  # A=10 … Z=35
        total += w * v
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(s17):
    total = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(s17))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(s):
    return (len(s) == 18 and all(c in USCC_CHARS for c in s)
            and uscc_check(s[:17]) == s[17])


_used_org = set()


def make_uscc(auth, typ, region, style="digits"):
    """auth: 登记管理部门码, typ: 机构类别码, region: 6 digits."""
    while True:
        if style == "MB":       # 机关、事业单位 assigned after 2015
            body = "MB" + "".join(rng.choice("0123456789") for _ in range(6))
        elif style == "MA":     # enterprises assigned after 2015
            body = "MA4" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        org = body + gb11714_check(body)
        if org not in _used_org:
            _used_org.add(org)
            break
    s17 = auth + typ + region + org
    code = s17 + uscc_check(s17)
    assert uscc_valid(code)
    return code


ID_W = [pow(2, 17 - i, 11) for i in range(17)]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit() or id_check(s[:17]) != s[17]:
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


_used_id = set()


def make_id(region, birth, male):
    while True:
        seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        s17 = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq)
        s = s17 + id_check(s17)
        if s not in _used_id:
            _used_id.add(s)
            assert id_valid(s)
            return s


DISTRICTS = ["420502", "420503", "420504", "420505", "420506", "420525",
             "420526", "420527", "420528", "420529", "420581", "420582", "420583"]
CITY = "420500"
PLACEHOLDER = "00000000000000000X"

# ---------------------------------------------------------------------------
# dates


def D(s):
    return dt.date.fromisoformat(s)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue


def fmt_date(d, style):
    if d in ("长期", ""):
        return d
    if isinstance(d, str):
        d = D(d)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if style == "slash0":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


# ---------------------------------------------------------------------------
# authorities (all fictional; government bodies: 登记管理部门 1, 机构类别 1)

AUTHORITIES = {}


def authority(key, name, prefix):
    AUTHORITIES[key] = {"name": name, "code": make_uscc("1", "1", CITY, "MB" if len(AUTHORITIES) % 2 else "digits"),
                        "prefix": prefix}


authority("scjg", "示例市市场监督管理局", "示市监")
authority("sthj", "示例市生态环境局", "示环")
authority("zjj", "示例市住房和城乡建设局", "示建")
authority("jtj", "示例市交通运输局", "示交")
authority("swj", "国家税务总局示例市税务局", "示税")
authority("yjj", "示例市应急管理局", "示应急")
authority("gaj", "示例市公安局", "示公")
authority("wjw", "示例市卫生健康委员会", "示卫")
authority("zrzy", "示例市自然资源和规划局", "示自然资规")
authority("cgw", "示例市城市管理执法委员会", "示城管")
authority("slj", "示例市水利和湖泊局", "示水")
authority("nyj", "示例市农业农村局", "示农")
authority("wlj", "示例市文化和旅游局", "示文旅")
authority("jyj", "示例市教育局", "示教")
authority("ycj", "示例市烟草专卖局", "示烟")
authority("fgw", "示例市发展和改革委员会", "示发改")
authority("fy", "示例市中级人民法院", "示法")
authority("dsj", "示例市政务服务和大数据管理局", "示数")

OFFICE = "示例市社会信用体系建设领导小组办公室"

# ---------------------------------------------------------------------------
# subjects

SURNAMES_M = ["张伟", "王建国", "刘洋", "陈志强", "杨帆", "赵磊", "周强", "徐涛", "马俊", "胡斌",
              "郭亮", "何军", "高峰", "罗勇", "谢文斌", "韩冬", "唐国华", "冯立新", "邓超", "曹宏伟",
              "彭德明", "曾庆华", "萧振东", "田永刚", "董建平", "袁志军", "潘玉林", "蒋海波", "蔡明远", "余长春",
              "杜卫东", "叶新民", "程国庆", "魏少华", "苏建军", "吕正清", "丁文杰", "任宏亮", "沈家豪", "姚红军"]
SURNAMES_F = ["李娜", "黄丽", "吴敏", "孙芳", "朱红", "林晓燕", "陈静", "刘佳", "郑雪梅", "王秀英",
              "许丽华", "傅小琴", "钟玉兰", "汪晓红", "金凤英", "范春梅", "方丽萍", "石桂芝", "熊艳", "廖静怡"]

_name_i = {"m": 0, "f": 0}


def next_name(male):
    k = "m" if male else "f"
    pool = SURNAMES_M if male else SURNAMES_F
    n = pool[_name_i[k] % len(pool)]
    _name_i[k] += 1
    return n


def person(name=None, male=True, birth=None, region=None):
    if birth is None:
        birth = dt.date(rng.randint(1962, 1998), rng.randint(1, 12), rng.randint(1, 28))
    if name is None:
        name = next_name(male)
    region = region or rng.choice(DISTRICTS)
    return {"kind": "person", "lb": "自然人", "name": name, "birth": birth,
            "id": make_id(region, birth, male)}


def rep_id():
    male = rng.random() < 0.7
    p = person(male=male)
    return p["name"], p["id"]


def org(name, typ="1", auth="9", style=None, old=False):
    region = rng.choice(DISTRICTS)
    code = make_uscc(auth, typ, region, style or ("digits" if old else "MA"))
    frdb, frid = rep_id()
    o = {"kind": "org", "lb": "法人及非法人组织", "name": name, "code": code, "frdb": frdb, "frid": frid}
    if old:  # pre-2015 registrations also carry the old numbers
        o["zzjg"] = code[8:16] + "-" + code[16]
        o["gszc"] = region + "0000" + "%05d" % rng.randint(10000, 99999)
    if auth == "1" and typ == "2":
        o["sydw"] = "事证第%s号" % ("1" + region[2:] + "%05d" % rng.randint(0, 99999))
    if auth == "5":
        o["shzz"] = "示民证字第%06d号" % rng.randint(1000, 9999)
    return o


def ind(name, with_code=True):
    """个体工商户: 经营者 recorded as 法定代表人."""
    region = rng.choice(DISTRICTS)
    frdb, frid = rep_id()
    code = make_uscc("9", "2", region, "MA") if with_code else PLACEHOLDER
    return {"kind": "ind", "lb": "个体工商户", "name": name, "code": code, "frdb": frdb, "frid": frid}


C = {}
for key, name, old in [
    ("hengtong", "示例市恒通建材有限公司", True),
    ("lvyuan", "示例市绿源环保科技有限公司", False),
    ("xinda", "示例市鑫达物流有限公司", False),
    ("huayu", "示例市华宇建筑工程有限公司", True),
    ("kangrun", "示例市康润食品有限公司", True),
    ("tiancheng", "示例市天成化工有限公司", True),
    ("jincheng", "示例市锦程汽车运输有限公司", False),
    ("baiwei", "示例市百味餐饮管理有限公司", False),
    ("antai", "示例市安泰燃气有限公司", True),
    ("qingjiang", "示例市清江水务有限公司", True),
    ("hongyuan", "示例市宏远房地产开发有限公司", False),
    ("ruifeng", "示例市瑞丰农业发展有限公司", False),
    ("fulinmen", "示例市福临门超市有限公司", False),
    ("xinshiji", "示例市新世纪药房连锁有限公司", False),
    ("boyuan", "示例市博远检测技术有限公司", False),
    ("tongxin", "示例市同心商贸有限公司", False),
    ("changjiang", "示例市长江纸业有限公司", True),
    ("chenguang", "示例市晨光印务有限公司", False),
    ("zhenhua", "示例市振华机械制造有限公司", True),
    ("chutian", "示例市楚天医疗器械有限公司", False),
    ("tongda", "示例市通达出租汽车有限公司", True),
    ("yuanhang", "示例市远航驾驶员培训有限公司", False),
    ("mingzhu", "示例市明珠酒店管理有限公司", False),
    ("jiahe", "示例市嘉禾粮油贸易有限公司", False),
    ("shunfeng", "示例市顺风快递服务有限公司", False),
    ("shanshui", "示例市山水园林绿化工程有限公司", False),
    ("shengshi", "示例市盛世装饰工程有限公司", False),
    ("zhongxin", "示例市众鑫再生资源回收有限公司", False),
    ("dongfang", "示例市东方电子科技有限公司", False),
    ("jinqiao", "示例市金桥混凝土有限公司", True),
    ("guotai", "示例市国泰危险品运输有限公司", False),
    ("youpin", "示例市优品生鲜超市有限公司", False),
    ("xingyun", "示例市星云网络科技有限公司", False),
    ("haoyun", "示例市好运来网吧有限公司", False),
    ("jinhui", "示例市金辉建设工程有限公司", False),
    ("lantian", "示例市蓝天化纤有限公司", True),
    ("yida", "示例市怡达物业服务有限公司", False),
    ("huaxia", "示例市华夏农资有限公司", False),
    ("sanxia", "示例市三峡石材有限公司", True),
    ("minsheng", "示例市民生药业有限公司", False),
    ("hongda", "示例市宏达矿业有限公司", True),
    ("zhenxing", "示例市振兴页岩砖厂", True),
]:
    C[key] = org(name, old=old)
C["hospital1"] = org("示例市第一人民医院", typ="2", auth="1", style="MB")
C["renhe"] = org("示例市仁和医院", typ="2", auth="5")
C["yangguang"] = org("示例市阳光幼儿园", typ="2", auth="5")
C["jzxh"] = org("示例市建筑业协会", typ="1", auth="5")
C["coop"] = org("示例市绿野果蔬专业合作社", typ="3", auth="9")  # 农民专业合作社 (N3)

IND = {
    "lijin": ind("示例市西陵区李记小吃店"),
    "laowang": ind("示例市伍家岗区老王五金店", with_code=False),
    "huimin": ind("示例市夷陵区惠民烟酒店"),
    "zhangjie": ind("示例市点军区张姐家常菜馆", with_code=False),
    "beimen": ind("示例市猇亭区北门便利店"),
    "xinxin": ind("示例市西陵区鑫鑫副食店", with_code=False),
    "xiangyun": ind("示例市伍家岗区祥云烟花爆竹经营部"),
    "fenglin": ind("示例市夷陵区枫林农资门市部"),
}

P = {}
for key, male in [("zhangwei", True), ("lina", False), ("wangjg", True), ("liuyang", True),
                  ("chenzq", True), ("huangli", False), ("yangfan", True), ("wumin", False),
                  ("zhaolei", True), ("sunfang", False), ("zhouqiang", True), ("xutao", True),
                  ("majun", True), ("zhuhong", False), ("hubin", True), ("guoliang", True)]:
    P[key] = person(male=male)
P["ouyang"] = person(name="欧阳明辉", male=True)
# the minor: born in 2010, 16 on the decision date
P["minor"] = person(name="程小龙", male=True, birth=dt.date(2010, 3, 8), region="420502")
# the one whose full ID number appears in free text
P["freetext"] = person(name="葛建华", male=True, birth=dt.date(1979, 10, 6), region="420503")

MOBILES = ["13812345678", "138-1234-5678", "+86 139 1234 5678"]

# ---------------------------------------------------------------------------
# records and expectations

ALL = []  # every record: dict(kind, file, fields, note, expect, line)


def subject_fields(prefix, s):
    f = {prefix + "_XDR_MC": s["name"], prefix + "_XDR_LB": s["lb"]}
    if s["kind"] == "person":
        f[prefix + "_XDR_ZJLX"] = "身份证"
        f[prefix + "_XDR_ZJHM"] = s["id"]
    else:
        f[prefix + "_XDR_SHXYM"] = s["code"]
        f[prefix + "_FRDB"] = s["frdb"]
        f[prefix + "_FR_ZJLX"] = "身份证"
        f[prefix + "_FR_ZJHM"] = s["frid"]
        for k, code in [("gszc", "GSZC"), ("zzjg", "ZZJG"), ("sydw", "SYDW"), ("shzz", "SHZZ")]:
            if k in s:
                f[prefix + "_XDR_" + code] = s[k]
        if "zzjg" in s:
            f[prefix + "_XDR_SWDJ"] = s["code"][2:17]
    return f


_wsh_counter = {}


def next_no(key, year, kind):
    k = (key, year, kind)
    _wsh_counter[k] = _wsh_counter.get(k, rng.randint(3, 40)) + rng.randint(1, 9)
    return _wsh_counter[k]


def yuan(wan):
    return int(round(wan * 10000))


def money(wan, style):
    y = yuan(wan)
    if style == "comma":
        return "人民币%s元（￥%s.00）" % (format(y, ","), format(y, ","))
    return "人民币%d元" % y


# --- penalty templates ----------------------------------------------------
# each: authority, 违法行为类型, 违法事实, 处罚依据, 处罚类别, 处罚内容 (format fields:
# d = violation period, fk = fine text, wf = confiscation text, zk = licence)

PT = {
    "food_expired": ("scjg", "经营超过保质期的食品",
                     "经查，当事人于{d}在其经营场所销售超过保质期的“{item}”共计{n}盒，货值金额{v}元，违法所得{g}元。上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
                     "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                     "没收违法所得；罚款", "没收违法所得{wf}，并处罚款{fk}。"),
    "food_nolicense": ("scjg", "未取得食品经营许可从事食品经营活动",
                       "经查，当事人于{d}在未取得食品经营许可证的情况下，在其经营场所从事热食类食品制售活动，违法经营食品货值金额{v}元，违法所得{g}元。",
                       "《中华人民共和国食品安全法》第一百二十二条第一款",
                       "没收违法所得；没收非法财物；罚款", "没收违法所得{wf}，没收用于违法经营的工具、设备，并处罚款{fk}。"),
    "false_ad": ("scjg", "发布虚假广告",
                 "经查，当事人于{d}通过其微信公众号发布含有“{claim}”等内容的广告，无法提供相关证明材料，广告内容与实际情况不符，构成虚假广告。",
                 "《中华人民共和国广告法》第五十五条第一款",
                 "罚款", "责令停止发布广告，在相应范围内消除影响，并处罚款{fk}。"),
    "price_tag": ("scjg", "不按规定明码标价",
                  "经查，当事人于{d}在其经营场所销售的{n}种商品未按规定标示价格，违反了《中华人民共和国价格法》第十三条第一款的规定。",
                  "《中华人民共和国价格法》第四十二条、《明码标价和禁止价格欺诈规定》第二十一条",
                  "警告", "责令改正，给予警告。"),
    "special_equip": ("scjg", "使用未经定期检验的特种设备",
                      "经查，当事人于{d}使用的{n}台电梯超过定期检验周期未申请检验，仍继续投入使用。",
                      "《中华人民共和国特种设备安全法》第八十四条第（一）项",
                      "罚款", "责令停止使用有关特种设备，处罚款{fk}。"),
    "quality": ("scjg", "在产品中掺杂、掺假",
                "经查，当事人于{d}生产的{item}经抽样检验，{test}项目不符合国家标准，系在产品中掺杂、掺假，货值金额{v}元。",
                "《中华人民共和国产品质量法》第五十条",
                "没收非法财物；罚款；吊销许可证件", "没收违法生产的产品，处罚款{fk}，吊销《全国工业产品生产许可证》。"),
    "air_exceed": ("sthj", "超过大气污染物排放标准排放大气污染物",
                   "经查，当事人于{d}生产过程中，{stack}颗粒物排放浓度经监测超过《大气污染物综合排放标准》（GB 16297—1996）规定限值{times}倍。",
                   "《中华人民共和国大气污染防治法》第九十九条第（二）项",
                   "罚款", "责令改正，处罚款{fk}。"),
    "eia": ("sthj", "建设项目未依法报批环境影响报告表擅自开工建设",
            "经查，当事人{item}项目于{d}未依法报批建设项目环境影响报告表，擅自开工建设，项目总投资额{v}万元。",
            "《中华人民共和国环境影响评价法》第三十一条第一款",
            "罚款", "责令停止建设，处罚款{fk}。"),
    "hazwaste": ("sthj", "未按照规定贮存危险废物",
                 "经查，当事人于{d}将生产过程中产生的废矿物油等危险废物露天堆放，未设置危险废物识别标志，未采取防扬散、防流失、防渗漏措施。",
                 "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项",
                 "罚款", "责令改正，处罚款{fk}。"),
    "water_hidden": ("sthj", "通过暗管逃避监管排放水污染物",
                     "经查，当事人于{d}通过厂区东侧雨水管网暗管将未经处理的生产废水排入外环境，化学需氧量浓度超过排放标准{times}倍。",
                     "《中华人民共和国水污染防治法》第八十三条第（三）项",
                     "罚款；责令停产停业", "责令停产整治，处罚款{fk}。"),
    "no_permit": ("zjj", "未取得施工许可证擅自施工",
                  "经查，当事人承建的{item}工程于{d}在未取得建筑工程施工许可证的情况下擅自开工建设，工程合同价款{v}万元。",
                  "《中华人民共和国建筑法》第六十四条、《建筑工程施工许可管理办法》第十二条",
                  "罚款", "责令停止施工，限期改正，处罚款{fk}。"),
    "quality_down": ("zjj", "施工单位在施工中偷工减料",
                     "经查，当事人在{item}工程施工中于{d}使用不合格的钢筋，主体结构实体检测混凝土强度不符合设计要求。",
                     "《建设工程质量管理条例》第六十四条",
                     "罚款；降低资质等级", "责令改正，处罚款{fk}，降低其建筑业企业资质等级。"),
    "road_noperm": ("jtj", "未取得道路运输经营许可擅自从事道路普通货物运输经营",
                    "经查，当事人于{d}驾驶车牌号为鄂E·{plate}的货车，在未取得道路运输经营许可的情况下从事道路普通货物运输经营，违法所得{g}元。",
                    "《中华人民共和国道路运输条例》第六十三条",
                    "没收违法所得；罚款", "没收违法所得{wf}，处罚款{fk}。"),
    "overload": ("jtj", "车辆超限运输",
                 "经查，当事人所属车牌号为鄂E·{plate}的货车于{d}在G318线示例段超限运输，车货总质量超过限定标准{t}吨。",
                 "《公路安全保护条例》第六十四条",
                 "罚款", "处罚款{fk}。"),
    "ridehail": ("jtj", "未取得网络预约出租汽车运输证从事网约车经营",
                 "经查，当事人于{d}驾驶车牌号为鄂E·{plate}的小型轿车，通过网络平台接单从事网络预约出租汽车经营，未取得网络预约出租汽车运输证。",
                 "《网络预约出租汽车经营服务管理暂行办法》第三十四条",
                 "罚款", "责令改正，处罚款{fk}。"),
    "suspend": ("jtj", "道路运输车辆未按规定进行维护和检测",
                "经查，当事人所属车牌号为鄂E·{plate}的客车于{d}未按规定进行二级维护和综合性能检测，仍从事旅客运输经营。",
                "《中华人民共和国道路运输条例》第七十条第一款",
                "罚款；暂扣许可证件", "处罚款{fk}，暂扣该车《道路运输证》三十日。"),
    "late_filing": ("swj", "未按照规定期限办理纳税申报",
                    "经查，当事人{d}的增值税及附加税费未按照规定期限办理纳税申报和报送纳税资料。",
                    "《中华人民共和国税收征收管理法》第六十二条",
                    "罚款", "处罚款{fk}。"),
    "tax_evasion": ("swj", "偷税",
                    "经查，当事人于{d}通过隐匿销售收入、进行虚假纳税申报等手段，少缴增值税、企业所得税等税费共计{v}元。",
                    "《中华人民共和国税收征收管理法》第六十三条第一款",
                    "罚款", "追缴少缴税款及滞纳金，并处少缴税款百分之五十的罚款，计{fk}。"),
    "invoice": ("swj", "虚开增值税普通发票",
                "经查，当事人于{d}在无真实交易的情况下，为他人虚开增值税普通发票{n}份，金额合计{v}元。",
                "《中华人民共和国发票管理办法》第三十五条",
                "没收违法所得；罚款", "没收违法所得{wf}，并处罚款{fk}。"),
    "training": ("yjj", "未按照规定对从业人员进行安全生产教育和培训",
                 "经查，当事人于{d}安排{n}名未经安全生产教育和培训合格的从业人员上岗作业。",
                 "《中华人民共和国安全生产法》第九十七条第（三）项",
                 "罚款", "责令限期改正，处罚款{fk}。"),
    "hazchem": ("yjj", "未取得危险化学品经营许可证经营危险化学品",
                "经查，当事人于{d}在未取得危险化学品经营许可证的情况下，经营乙醇、丙酮等危险化学品，违法所得{g}元。",
                "《危险化学品安全管理条例》第七十七条第三款",
                "没收违法所得；没收非法财物；罚款；责令停产停业", "责令停止经营，没收违法经营的危险化学品及违法所得{wf}，并处罚款{fk}。"),
    "fireworks": ("yjj", "未经许可经营烟花爆竹制品",
                  "经查，当事人于{d}在未取得烟花爆竹经营（零售）许可证的情况下，在其经营场所存放并销售烟花爆竹制品{n}箱。",
                  "《烟花爆竹安全管理条例》第三十六条第二款",
                  "没收非法财物；罚款", "责令停止非法经营活动，没收非法经营的物品，处罚款{fk}。"),
    "closure": ("yjj", "经停产停业整顿仍不具备安全生产条件",
                "经查，当事人因存在重大事故隐患于{d}被责令停产停业整顿，整顿期满经复查仍不具备《中华人民共和国安全生产法》规定的安全生产条件。",
                "《中华人民共和国安全生产法》第一百一十三条第（二）项",
                "责令关闭；罚款", "予以关闭，处罚款{fk}。"),
    "nolicense_drive": ("gaj", "未取得机动车驾驶证驾驶机动车",
                        "经查，当事人于{d}在示例市东山大道驾驶车牌号为鄂E·{plate}的小型轿车，经核查未取得机动车驾驶证。",
                        "《中华人民共和国道路交通安全法》第九十九条第一款第（一）项、第二款",
                        "罚款、行政拘留", "处罚款{fk}，并处行政拘留十日。"),
    "medical": ("wjw", "使用非卫生技术人员从事医疗卫生技术工作",
                "经查，当事人于{d}安排未取得执业资格的人员{n}名从事临床诊疗工作。",
                "《医疗机构管理条例》第四十七条",
                "罚款", "责令限期改正，处罚款{fk}。"),
    "public_place": ("wjw", "公共场所经营者未取得卫生许可证擅自营业",
                     "经查，当事人于{d}在未取得公共场所卫生许可证的情况下从事住宿经营活动。",
                     "《公共场所卫生管理条例实施细则》第三十五条第一款",
                     "警告、罚款", "给予警告，并处罚款{fk}。"),
    "waste_transport": ("cgw", "未经核准擅自处置建筑垃圾",
                        "经查，当事人于{d}未经核准，擅自将施工产生的建筑垃圾约{t}吨倾倒于示例市江南路东侧空地。",
                        "《城市建筑垃圾管理规定》第二十五条",
                        "罚款", "责令限期改正，处罚款{fk}。"),
    "illegal_building": ("cgw", "未取得建设工程规划许可证进行建设",
                         "经查，当事人于{d}在未取得建设工程规划许可证的情况下，在其厂区内搭建钢结构厂房约{t}平方米，无法采取改正措施消除影响。",
                         "《中华人民共和国城乡规划法》第六十四条",
                         "其他；罚款", "责令限期拆除违法建筑，处罚款{fk}。"),
    "pesticide": ("nyj", "经营假农药",
                  "经查，当事人于{d}销售的“{item}”经检验有效成分含量不符合产品质量标准，属于假农药，货值金额{v}元。",
                  "《农药管理条例》第五十五条第一款第（二）项",
                  "没收违法所得；没收非法财物；罚款；吊销许可证件", "没收违法所得{wf}及违法经营的农药，处罚款{fk}，吊销农药经营许可证。"),
    "internet_cafe": ("wlj", "互联网上网服务营业场所接纳未成年人",
                      "经查，当事人于{d}经营的互联网上网服务营业场所接纳{n}名未成年人进入。",
                      "《互联网上网服务营业场所管理条例》第三十一条第（二）项",
                      "警告、罚款；责令停产停业", "给予警告，处罚款{fk}，责令停业整顿十五日。"),
    "food_ban": ("scjg", "生产经营添加非食品原料的食品",
                 "经查，当事人于{d}生产的卤制品中检出非食用物质罗丹明B，涉案货值金额{v}元。",
                 "《中华人民共和国食品安全法》第一百二十三条第一款第（一）项、第一百三十五条第一款",
                 "没收违法所得；没收非法财物；罚款；吊销许可证件；限制从业",
                 "没收违法所得{wf}及违法生产的食品，处罚款{fk}，吊销食品生产许可证，其法定代表人五年内不得从事食品生产经营管理工作。"),
    "limit_production": ("sthj", "超过重点大气污染物排放总量控制指标排放",
                         "经查，当事人于{d}二氧化硫排放量超过核定的重点大气污染物排放总量控制指标。",
                         "《中华人民共和国大气污染防治法》第四十八条、第九十九条第（二）项",
                         "罚款；限制开展生产经营活动", "责令限制生产三个月，处罚款{fk}。"),
    "notice_criticism": ("zjj", "建设单位未按规定办理工程质量监督手续",
                         "经查，当事人{item}项目于{d}未按规定办理工程质量监督手续即组织施工，经责令后已及时改正。",
                         "《建设工程质量管理条例》第五十六条第（六）项",
                         "通报批评", "予以通报批评。"),
}

ITEMS = ["纯牛奶", "风味酸奶", "速冻水饺", "鲜榨果汁", "面包"]
CLAIMS = ["三天见效", "国家级专利产品", "全市销量第一", "百分百无副作用"]


def fill_template(tpl_key, jdrq, fk, wf=None, money_style="plain"):
    auth, wfxw, sy, yj, cflb, nr = PT[tpl_key]
    start = add_months(jdrq, -rng.randint(2, 5))
    d = "%d年%d月%d日" % (start.year, start.month, rng.randint(1, 28))
    vals = dict(d=d, item=rng.choice(ITEMS), n=rng.randint(2, 40), v=rng.randint(2, 90) * 1000 + rng.randint(0, 999),
                g=rng.randint(200, 9000), claim=rng.choice(CLAIMS), test=rng.choice(["蛋白质", "菌落总数", "抗压强度"]),
                stack=rng.choice(["1号锅炉排气筒", "喷涂车间排气筒", "破碎工段排气筒"]),
                times=rng.choice(["0.4", "1.2", "2.6"]), plate="%s%04d" % (rng.choice("ABCDFGHJK"), rng.randint(1000, 9999)),
                t=rng.randint(12, 260), fk=money(fk, money_style) if fk else "",
                wf=money(wf, money_style) if wf else "")
    if tpl_key in ("eia", "no_permit", "quality_down", "notice_criticism"):
        vals["item"] = rng.choice(["示例市东城区滨江花园二期", "示例市高新区智能制造产业园", "示例市江南新区市政道路改造"])
    if tpl_key == "quality":
        i = rng.randrange(3)
        vals["item"] = ["复合硅酸盐水泥", "热轧带肋钢筋", "建筑用砂"][i]
        vals["test"] = ["抗压强度", "屈服强度", "含泥量"][i]
    if tpl_key == "tax_evasion":
        vals["v"] = yuan(fk) * 2
    if tpl_key == "pesticide":
        vals["item"] = rng.choice(["吡虫啉可湿性粉剂", "草甘膦水剂"])
    f = {"CF_WFXW": wfxw, "CF_SY": sy.format(**vals), "CF_YJ": yj, "CF_CFLB": cflb, "CF_NR": nr.format(**vals)}
    if fk:
        f["CF_NR_FK"] = fk
    if wf:
        f["CF_NR_WFFF"] = wf
    return auth, f


def num(x):
    s = ("%.4f" % x).rstrip("0").rstrip(".")
    return s


def penalty(file, subj, tpl, jdrq, fk=None, wf=None, note="", money_style="plain", src=None, year_no=None, **over):
    jdrq = D(jdrq)
    auth_key, f = fill_template(tpl, jdrq, fk, wf, money_style)
    a = AUTHORITIES[auth_key]
    rec = dict(subject_fields("CF", subj))
    kindword = {"gaj": "行罚决字", "swj": "稽罚", "jtj": "执罚", "scjg": "处罚"}.get(auth_key, "罚")
    wsh = "%s%s〔%d〕%d号" % (a["prefix"], kindword, jdrq.year, year_no or next_no(auth_key, jdrq.year, "cf"))
    rec["CF_WSH"] = wsh
    rec.update(f)
    if fk is not None:
        rec["CF_NR_FK"] = num(fk)
    if wf is not None:
        rec["CF_NR_WFFF"] = num(wf)
    rec["CF_JDRQ"] = jdrq
    rec["CF_CFJG"] = a["name"]
    rec["CF_CFJGDM"] = a["code"]
    s = AUTHORITIES[src] if src else a
    rec["CF_SJLY"] = s["name"]
    rec["CF_SJLYDM"] = s["code"]
    for k, v in over.items():
        rec[k] = v
    r = {"kind": "penalties", "file": file, "f": rec, "note": note, "subj": subj}
    ALL.append(r)
    return r


def licensing(file, subj, lic, jdrq, yxqz=None, yxqzi=None, note="", **over):
    """lic: one of LT keys."""
    auth_key, xkws_kind, xklb, xkzs, bh_fmt, nr = LT[lic]
    a = AUTHORITIES[auth_key]
    jdrq = D(jdrq)
    rec = dict(subject_fields("XK", subj))
    rec["XK_XKWS"] = xkws_kind
    rec["XK_WSH"] = "%s许〔%d〕%d号" % (a["prefix"], jdrq.year, next_no(auth_key, jdrq.year, "xk"))
    rec["XK_XKLB"] = xklb
    if xkzs:
        rec["XK_XKZS"] = xkzs
    rec["XK_XKBH"] = subj["code"] if lic == "business_reg" else bh_fmt.format(r=subj.get("code", subj.get("id", ""))[2:8] if subj["kind"] != "person" else subj["id"][:6],
                                   y=jdrq.year, n=rng.randint(10000, 99999), m=rng.randint(100, 999))
    rec["XK_NR"] = nr
    rec["XK_JDRQ"] = jdrq
    rec["XK_YXQZ"] = D(yxqz) if yxqz else jdrq
    if yxqzi is not None:
        rec["XK_YXQZI"] = yxqzi if yxqzi in ("长期", "") else D(yxqzi)
    rec["XK_XKJG"] = a["name"]
    rec["XK_XKJGDM"] = a["code"]
    rec["XK_ZT"] = "有效"
    rec["XK_LYDW"] = a["name"]
    rec["XK_LYDWDM"] = a["code"]
    for k, v in over.items():
        rec[k] = v
    r = {"kind": "licensing", "file": file, "f": rec, "note": note, "subj": subj}
    ALL.append(r)
    return r


# licensing types: authority, 决定文书名称, 许可类别, 证书名称, 编号格式, 许可内容
LT = {
    "food": ("scjg", "准予行政许可决定书", "普通", "食品经营许可证", "JY1{r}{n}{m}",
             "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售；热食类食品制售"),
    "food_small": ("scjg", "准予行政许可决定书", "普通", "食品经营许可证", "JY2{r}{n}{m}",
                   "热食类食品制售；冷食类食品制售（仅限简单制售）"),
    "road": ("jtj", "道路运输经营许可决定书", "普通", "道路运输经营许可证", "鄂交运管许可示字{r}{m}号",
             "道路普通货物运输；货物专用运输（集装箱）"),
    "hazroad": ("jtj", "道路运输经营许可决定书", "普通", "道路运输经营许可证", "鄂交运管许可示字{r}{m}号",
                "危险货物运输（2类1项、3类、8类）"),
    "taxi": ("jtj", "出租汽车经营许可决定书", "特许", "出租汽车经营许可证", "示出租{y}{m}",
             "巡游出租汽车客运经营，车辆经营权{m}个，经营期限八年"),
    "ridehail_driver": ("jtj", "准予行政许可决定书", "认可", "网络预约出租汽车驾驶员证", "{r}{n}{m}",
                        "网络预约出租汽车驾驶员从业资格"),
    "construction_safety": ("zjj", "准予行政许可决定书", "核准", "建筑施工企业安全生产许可证", "（鄂）JZ安许证字〔{y}〕05{m}",
                            "建筑施工"),
    "qualification": ("zjj", "准予行政许可决定书", "认可", "建筑业企业资质证书", "D342{r}{m}",
                      "建筑工程施工总承包三级；市政公用工程施工总承包三级"),
    "fire_acceptance": ("zjj", "特殊建设工程消防验收意见书", "核准", "", "示建消验字〔{y}〕第{m}号",
                        "准予通过特殊建设工程消防验收，建筑面积两万三千平方米"),
    "discharge": ("sthj", "排污许可决定书", "普通", "排污许可证", "91{r}{n}{m}001P",
                  "废气：颗粒物、二氧化硫、氮氧化物；废水：化学需氧量、氨氮"),
    "hazchem": ("yjj", "准予行政许可决定书", "普通", "危险化学品经营许可证", "鄂示危化经字〔{y}〕{m}",
                "乙醇、甲苯、丙酮（不带储存设施经营）"),
    "fireworks": ("yjj", "准予行政许可决定书", "普通", "烟花爆竹经营（零售）许可证", "（鄂）YH经零〔{y}〕{m}",
                  "烟花爆竹零售（C级、D级个人燃放类产品）"),
    "drug": ("scjg", "准予行政许可决定书", "普通", "药品经营许可证", "鄂CB05{m}{n}",
             "处方药、甲类非处方药、乙类非处方药：中成药、化学药制剂、抗生素制剂"),
    "medical": ("wjw", "准予行政许可决定书", "普通", "医疗机构执业许可证", "PDY{n}4205{m}",
                "诊疗科目：内科；外科；妇产科；儿科；医学检验科；医学影像科"),
    "tobacco": ("ycj", "准予行政许可决定书", "特许", "烟草专卖零售许可证", "4205{n}{m}",
                "卷烟、雪茄烟零售"),
    "gas": ("zjj", "燃气经营许可决定书", "特许", "燃气经营许可证", "鄂{y}05{m}{n}G",
            "管道天然气经营，经营区域：示例市东城区、高新区"),
    "business_reg": ("scjg", "登记通知书", "登记", "营业执照", "{r}{n}{m}",
                     "设立登记：有限责任公司（自然人投资或控股）"),
    "equipment_reg": ("scjg", "特种设备使用登记决定书", "登记", "特种设备使用登记证", "梯11鄂E{m}({y})",
                      "乘客电梯使用登记，设备数量六台"),
    "school": ("jyj", "准予行政许可决定书", "登记", "民办学校办学许可证", "教民1420500{m}{n}号",
               "学前教育，办学地址：示例市东城区东湖路8号"),
    "testing": ("scjg", "准予行政许可决定书", "认可", "检验检测机构资质认定证书", "{y}17{n}{m}",
                "建筑材料、建设工程质量检验检测（具体项目见证书附表）"),
    "outdoor_ad": ("cgw", "准予行政许可决定书", "其他", "", "示城管户外〔{y}〕{m}号",
                   "设置户外广告设施一处，规格12米×4米，设置期限三年"),
    "road_dig": ("cgw", "准予行政许可决定书", "其他", "", "示城管挖〔{y}〕{m}号",
                 "临时挖掘城市道路用于燃气管道接入，面积36平方米"),
    "water_take": ("slj", "取水许可决定书", "其他", "取水许可证", "取水（鄂示）字〔{y}〕第{m}号",
                   "取水地点：清江示例段；取水量：每年45万立方米；用途：工业用水"),
    "planning": ("zrzy", "建设工程规划许可决定书", "核准", "建设工程规划许可证", "建字第4205{y}{m}号",
                 "建设规模：总建筑面积约5.6万平方米，其中住宅4.8万平方米"),
    "fishing": ("nyj", "准予行政许可决定书", "特许", "渔业捕捞许可证", "（鄂示）船捕（{y}）NH-{m}",
                "内陆捕捞，作业类型：刺网；作业场所：示例市长江段（禁捕期除外）"),
    "pesticide_shop": ("nyj", "准予行政许可决定书", "普通", "农药经营许可证", "农药经许（鄂）4205{n}{m}",
                       "农药（不含限制使用农药）经营"),
    "internet_cafe": ("wlj", "准予行政许可决定书", "普通", "网络文化经营许可证", "鄂网文〔{y}〕{m}-{n}号",
                      "互联网上网服务营业场所经营，计算机终端数量120台"),
}


def listing(file, lb, mc, subj, rdbm, rdwh, rdrq, yxqz=None, ycrq=None, note="", **over):
    rec = {"MD_LB": lb, "MD_MC": mc, "MD_XDR_MC": subj["name"], "MD_XDR_LB": subj["lb"]}
    if subj["kind"] == "person":
        rec["MD_XDR_ZJLX"] = "身份证"
        rec["MD_XDR_ZJHM"] = subj["id"]
    else:
        rec["MD_XDR_SHXYM"] = subj["code"]
        rec["MD_FRDB"] = subj["frdb"]
    rec["MD_RDBM"] = rdbm
    rec["MD_RDWH"] = rdwh
    rec.update(LIST_TEXT[mc])
    rec["MD_RDRQ"] = D(rdrq)
    if yxqz is not None:
        rec["MD_YXQZ"] = yxqz if yxqz == "长期" else D(yxqz)
    if ycrq is not None:
        rec["MD_YCRQ"] = D(ycrq)
    for k, v in over.items():
        rec[k] = v
    r = {"kind": "lists", "file": file, "f": rec, "note": note, "subj": subj}
    ALL.append(r)
    return r


LIST_TEXT = {
    "A级纳税人": {"MD_RDYJ": "《纳税信用管理办法》《纳税信用评价指标和评价方式》",
                  "MD_RDSY": "年度纳税信用评价结果为A级"},
    "守信激励对象": {"MD_RDYJ": "《示例市守信联合激励对象认定管理办法》",
                    "MD_RDSY": "连续三年无不良信用记录，积极履行社会责任，经联合评审认定为守信激励对象"},
    "诚信示范企业": {"MD_RDYJ": "《示例市诚信示范企业评选办法》",
                    "MD_RDSY": "诚信经营、重合同守信用，经企业申报、部门推荐、社会公示，评定为诚信示范企业"},
    "诚信经营示范户": {"MD_RDYJ": "《示例市诚信经营示范户评选办法》",
                      "MD_RDSY": "明码标价、货真价实，连续两年无消费投诉"},
    "失信被执行人": {"MD_RDYJ": "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条",
                    "MD_RDSY": "有履行能力而拒不履行生效法律文书确定的义务"},
    "重大税收违法失信主体": {"MD_RDYJ": "《重大税收违法失信主体信息公布管理办法》第六条",
                          "MD_RDSY": "偷税数额100万元以上且占各税种应纳税总额10%以上"},
    "严重违法失信名单": {"MD_RDYJ": "《市场监督管理严重违法失信名单管理办法》第九条",
                       "MD_RDSY": "因生产经营不符合食品安全标准的食品受到较重行政处罚"},
    "建筑市场主体黑名单": {"MD_RDYJ": "《建筑市场信用管理暂行办法》第十四条",
                         "MD_RDSY": "因工程质量安全事故受到降低资质等级的行政处罚"},
}


def event(file, jllx, wsh, lx, rq, jg=None, xdr=None, sm="", note=""):
    rec = {"SJ_JLLX": jllx, "SJ_WSH": wsh}
    if jg:
        rec["SJ_JG"] = jg
    if xdr:
        rec["SJ_XDR"] = xdr
    rec["SJ_LX"] = lx
    rec["SJ_RQ"] = D(rq)
    if sm:
        rec["SJ_SM"] = sm
    r = {"kind": "events", "file": file, "f": rec, "note": note}
    ALL.append(r)
    return r


def ev_penalty(file, target, lx, rq, by="code", sm="", note=""):
    f = target["f"]
    jg = {"code": f["CF_CFJGDM"], "name": f["CF_CFJG"], None: None}[by]
    return event(file, "行政处罚", f["CF_WSH"], lx, rq, jg=jg, sm=sm, note=note)


def ev_licence(file, target, lx, rq, by="code", sm="", note=""):
    f = target["f"]
    jg = {"code": f["XK_XKJGDM"], "name": f["XK_XKJG"], None: None}[by]
    return event(file, "行政许可", f["XK_WSH"], lx, rq, jg=jg, sm=sm, note=note)


def ev_list(file, target, lx, rq, sm="", note="", by_name=False):
    f = target["f"]
    xdr = f["MD_XDR_MC"] if (by_name or "MD_XDR_SHXYM" not in f) else f["MD_XDR_SHXYM"]
    return event(file, f["MD_LB"], f["MD_RDWH"], lx, rq, jg=f["MD_RDBM"], xdr=xdr, sm=sm, note=note)


# ===========================================================================
# PENALTIES
# ===========================================================================

F1 = "penalties/2023-2025.csv"               # UTF-8, LF, RFC 4180 quoting, field codes
F2 = "penalties/2026-q1-gb18030.csv"    # GB18030, CRLF, Chinese headers (+ an unknown 序号 column)
F3 = "penalties/2026-q2.jsonl"          # JSON Lines
F4 = "penalties/2026-q3-q4.csv"            # UTF-8 with BOM, CRLF, field codes

# ---- F1: decisions 2023–2025 ----
p_sev_old = penalty(F1, C["sanxia"], "quality", "2023-06-12", fk=18, wf=3.2, money_style="comma",
                    note="严重 (derived: 吊销许可证件), decided 2023-06-12: past the 3-year maximum")
p_sev_in = penalty(F1, C["lantian"], "water_hidden", "2024-03-15", fk=45, money_style="comma",
                   note="严重 (derived: 责令停产停业), decided 2024-03-15: inside 3 years")
p_explicit_sev = penalty(F1, C["hongyuan"], "tax_evasion", "2024-09-20", fk=20, CF_SXYZCD="严重",
                         money_style="comma",
                         note="explicit 严重 on a plain 罚款 (derived would be 一般 and long expired): shown until 2027-09-20")
p_explicit_gen = penalty(F1, C["xingyun"], "food_ban", "2025-03-10", fk=12, wf=0.8, CF_SXYZCD="一般",
                         money_style="comma",
                         note="explicit 一般 on 吊销许可证件/限制从业 (derived would be 严重): 1-year maximum passed")
p_gen_past = penalty(F1, C["tongxin"], "false_ad", "2025-08-15", fk=8,
                     note="一般, decided 2025-08-15: past the 1-year maximum")
p_gen_in = penalty(F1, C["changjiang"], "air_exceed", "2025-12-10", fk=15.5,
                   note="一般, decided 2025-12-10: inside the 1-year maximum")
p_gsjzq_max = penalty(F1, C["zhenhua"], "hazwaste", "2025-05-20", fk=10, CF_GSJZQ=D("2027-05-20"),
                      note="公示截止期 2027-05-20 beyond the 1-year maximum: clamped to 2026-05-20")
p_gsjzq_long = penalty(F1, C["jinqiao"], "quality", "2023-10-09", fk=25, wf=1.5, CF_GSJZQ="长期",
                       money_style="comma",
                       note="严重 with 公示截止期 长期: clamped to the 3-year maximum 2026-10-09")
p_explicit_minor = penalty(F1, C["xinda"], "overload", "2025-11-30", fk=10, CF_SXYZCD="轻微",
                           note="explicit 轻微 on a 10万元 罚款 (derived would be 一般)")
p_sev_repaired = penalty(F1, C["tiancheng"], "hazchem", "2024-05-08", fk=15, wf=2.6,
                         note="严重, 信用修复 2025-09-01 after the 1-year minimum")
p_sev_objection = penalty(F1, C["jinhui"], "quality_down", "2025-04-22", fk=32, CF_SXYZCD="严重",
                          note="严重, 异议 on 2026-10-20 without 异议办结")
p_status_invalid = penalty(F1, C["shengshi"], "no_permit", "2025-12-18", fk=6.8, CF_ZT="无效",
                           note="当前状态 无效")
p_syfw_internal = penalty(F1, C["zhongxin"], "waste_transport", "2025-12-22", fk=6, SYFW="内部使用",
                          note="信息使用范围 内部使用 (not public)")
p_quoted = penalty(F1, C["chenguang"], "false_ad", "2025-12-05", fk=9.5,
                   note="RFC 4180: quoted fields with commas, doubled quotes and an embedded newline; 一般, shown",
                   CF_SY='经查，当事人于2025年9月在其微信公众号发布广告，宣称其印刷品使用"零甲醛, 零VOC"环保油墨，'
                         '并标注"国家级环保认证, 行业第一"等字样，无法提供证明材料。\n'
                         '上述行为构成虚假广告，当事人对违法事实无异议。',
                   CF_YJ="《中华人民共和国广告法》第二十八条第二款第（二）项, 第五十五条第一款",
                   BZ='联系人称"已整改完毕", 见整改报告（2025年11月20日）')
p_mobile1 = penalty(F1, C["baiwei"], "food_expired", "2025-12-28", fk=5.2, wf=0.12,
                    note="mobile 13812345678 in 违法事实 (must be masked); 一般, shown")
p_mobile1["f"]["CF_SY"] += "当事人现场负责人联系电话13812345678。"
p_sev_filler1 = penalty(F1, C["hongda"], "closure", "2024-11-06", fk=30,
                        note="严重 (derived: 责令关闭), inside 3 years")
p_person_2025 = penalty(F1, P["zhangwei"], "road_noperm", "2025-12-15", fk=1.2, wf=0.35,
                        note="自然人: name and ID number masked; 一般, shown")

# ---- F2: decisions 2026 Q1 ----
p_warn = penalty(F2, IND["beimen"], "price_tag", "2026-01-05", note="derived 轻微: only 警告")
p_crit = penalty(F2, C["hongyuan"], "notice_criticism", "2026-01-08", note="derived 轻微: only 通报批评")
p_warn_crit = penalty(F2, C["yida"], "notice_criticism", "2026-01-12", CF_CFLB="警告;通报批评",
                      CF_NR="给予警告，并予以通报批评。", note="derived 轻微: 警告;通报批评 (ASCII semicolon)")
p_small_person = penalty(F2, P["lina"], "ridehail", "2026-01-16", fk=0.3,
                         note="derived 轻微: 自然人 罚款 0.3万元 < 5000元")
p_small_org = penalty(F2, C["shunfeng"], "training", "2026-01-20", fk=4.5,
                      note="derived 轻微: organisation 罚款 4.5万元 < 5万元")
p_small_ind = penalty(F2, IND["laowang"], "price_tag", "2026-01-23", fk=0.4, CF_CFLB="罚款",
                      CF_NR="责令改正，处罚款人民币4000元。",
                      note="derived 轻微: 个体工商户 (counted as a person) 罚款 0.4万元 < 5000元; placeholder code")
p_edge_person = penalty(F2, P["wangjg"], "ridehail", "2026-02-03", fk=0.5,
                        note="自然人 罚款 exactly 0.5万元 = 5000元: not below the threshold → 一般, shown")
p_ind_1wan = penalty(F2, IND["lijin"], "food_expired", "2026-02-06", fk=1, wf=0.05,
                     note="个体工商户 罚款 1万元 + 没收违法所得 → 一般, shown")
p_ind_fine_only = penalty(F2, IND["zhangjie"], "public_place", "2026-02-09", fk=0.8, CF_CFLB="罚款",
                          CF_NR="处罚款人民币8000元。",
                          note="个体工商户 罚款 0.8万元 (≥ person threshold, < organisation threshold) → 一般, shown")
p_gsjzq_passed = penalty(F2, C["fulinmen"], "food_expired", "2026-01-15", fk=6, wf=0.3,
                         CF_GSJZQ=D("2026-09-30"),
                         note="公示截止期 2026-09-30 inside the window (min 2026-04-15, max 2027-01-15): passed")
p_gsjzq_inside = penalty(F2, C["youpin"], "food_expired", "2026-03-10", fk=7, wf=0.2,
                         CF_GSJZQ=D("2026-12-31"),
                         note="公示截止期 2026-12-31 inside the window: shown until then")
p_repaired_after = penalty(F2, C["dongfang"], "hazwaste", "2026-02-10", fk=12,
                           note="一般, 信用修复 2026-08-20 after the 3-month minimum (2026-05-10)")
p_revoked = penalty(F2, C["mingzhu"], "public_place", "2026-02-25", fk=6, CF_CFLB="警告;罚款",
                    note="撤销 event 2026-06-30")
p_obj_done = penalty(F2, C["jiahe"], "food_nolicense", "2026-03-02", fk=9, wf=0.4,
                     note="异议 2026-04-10 then 异议办结 2026-05-20: shown again")
p_fireworks = penalty(F2, IND["xiangyun"], "fireworks", "2026-01-28", fk=1.5, wf=0.6,
                      note="没收非法财物; 个体工商户, shown")
p_id_in_text = penalty(F2, P["freetext"], "road_noperm", "2026-03-18", fk=2, wf=0.5,
                       note="full ID number in 违法事实 and 138-1234-5678 in 备注 (both masked); 自然人, shown",
                       BZ="当事人联系电话138-1234-5678，已于2026年3月25日缴清罚款。")
p_id_in_text["f"]["CF_SY"] = p_id_in_text["f"]["CF_SY"].replace(
    "经查，当事人", "经查，当事人葛建华（公民身份号码%s）" % P["freetext"]["id"], 1)
p_status_cx = penalty(F2, C["ruifeng"], "pesticide", "2026-03-20", fk=5, wf=0.3, CF_ZT="撤销",
                      note="当前状态 撤销")
p_syfw_0 = penalty(F2, C["guotai"], "overload", "2026-03-24", fk=5, SYFW="0",
                   note="信息使用范围 0 (public); 一般, shown")
p_syfw_1 = penalty(F2, C["jincheng"], "overload", "2026-03-26", fk=5, SYFW="1",
                   note="信息使用范围 1 (not public)")
p_status_zc = penalty(F2, C["lvyuan"], "eia", "2026-03-28", fk=22, CF_ZT="正常",
                      note="当前状态 正常; 一般, shown")

# ---- F3: decisions 2026 Q2 (JSON Lines) ----
p_minor = penalty(F3, P["minor"], "nolicense_drive", "2026-05-12", fk=0.2, CF_SXYZCD="一般",
                  note="自然人 born 2010-03-08: 16 on the decision date")
p_detention = penalty(F3, P["ouyang"], "nolicense_drive", "2026-04-07", fk=0.2, CF_SXYZCD="一般",
                      note="行政拘留 (explicit 一般); compound surname 欧阳; shown")
p_num1 = penalty(F3, C["huayu"], "no_permit", "2026-04-15", fk=8.6, CF_ZT="1",
                 note="当前状态 1 → 有效 via status_codes; shown")
p_num2 = penalty(F3, C["boyuan"], "false_ad", "2026-04-18", fk=6, CF_ZT="2",
                 note="当前状态 2 → 无效 via status_codes")
p_num3 = penalty(F3, C["chutian"], "false_ad", "2026-04-21", fk=7, CF_ZT="3",
                 note="当前状态 3 → 撤销 via status_codes")
p_status_obj = penalty(F3, C["minsheng"], "special_equip", "2026-04-24", fk=5, CF_ZT="异议",
                       note="当前状态 异议")
p_past_min = penalty(F3, C["qingjiang"], "special_equip", "2026-05-06", fk=6,
                     note="一般, decided 2026-05-06: past the 3-month minimum, inside the maximum → shown")
p_sev_repair_early = penalty(F3, C["antai"], "limit_production", "2026-04-01", fk=28,
                             note="严重 (derived: 限制开展生产经营活动), 信用修复 2026-09-01 before the 1-year minimum → shown")
p_suspend = penalty(F3, C["jincheng"], "suspend", "2026-05-19", fk=0.5, CF_YXQ=D("2026-06-18"),
                    CF_NR_ZKDX="道路运输证 鄂交运管示字420500123456号", CF_SXYZCD="一般",
                    note="暂扣许可证件 with 处罚有效期 (explicit 一般); shown")
p_mobile3 = penalty(F3, C["haoyun"], "internet_cafe", "2026-06-03", fk=2.5,
                    note="mobile +86 139 1234 5678 in 违法事实; 严重 (derived: 责令停产停业); shown")
p_mobile3["f"]["CF_SY"] += "举报人联系电话+86 139 1234 5678。"
p_downgrade = penalty(F3, C["huayu"], "quality_down", "2026-06-11", fk=38,
                      note="降低资质等级 (一般), shown")
p_dup_first = penalty(F3, C["zhenhua"], "special_equip", "2026-06-16", fk=3,
                      note="first export (罚款 3万元 would be 轻微); replaced by the corrected row in 2026-q3-q4.csv")
p_person_q2 = penalty(F3, P["liuyang"], "ridehail", "2026-06-20", fk=1,
                      note="自然人, 一般, shown")
p_tax_small = penalty(F3, C["tongxin"], "late_filing", "2026-06-24", fk=0.2,
                      note="derived 轻微: organisation 罚款 0.2万元")
p_invoice = penalty(F3, C["xingyun"], "invoice", "2026-06-26", fk=10, wf=1.8, src="dsj",
                    note="数据来源单位 differs from 处罚机关; 一般, shown")

# ---- F4: decisions 2026 Q3/Q4 (UTF-8 BOM CRLF) ----
p_gsjzq_short = penalty(F4, C["lvyuan"], "hazwaste", "2026-10-01", fk=11, CF_GSJZQ=D("2026-10-15"),
                        note="公示截止期 2026-10-15 shorter than the 3-month minimum: kept until 2027-01-01 → shown")
p_repair_early = penalty(F4, C["shanshui"], "waste_transport", "2026-09-01", fk=5,
                         note="一般, 信用修复 2026-10-15 before the minimum (2026-12-01) → shown")
p_day_before = penalty(F4, C["jiahe"], "training", "2026-11-21", fk=6, note="decided the day before: shown")
p_today = penalty(F4, C["youpin"], "food_expired", "2026-11-22", fk=5, wf=0.1,
                  note="decided on the reference day: shown")
p_closed = penalty(F4, C["zhenxing"], "closure", "2026-07-14", fk=50,
                   note="责令关闭 (严重), shown")
p_other = penalty(F4, C["changjiang"], "illegal_building", "2026-08-03", fk=9.9,
                  note="处罚类别 其他 (+罚款), 一般, shown")
p_syfw_gs = penalty(F4, C["tiancheng"], "training", "2026-08-18", fk=8, SYFW="公示",
                    note="信息使用范围 公示 (public); shown")
p_dup_fixed = penalty(F4, C["zhenhua"], "special_equip", "2026-06-16", fk=13, year_no=None,
                      note="corrected re-export of the 2026-q2.jsonl row (same 处罚机关代码 + 文书号): duplicate warning, this one wins; 一般, shown",
                      BZ="更正重报：原报送罚款金额有误，以本条为准。")
p_dup_fixed["f"]["CF_WSH"] = p_dup_first["f"]["CF_WSH"]
p_dup_fixed["f"]["CF_SY"] = p_dup_first["f"]["CF_SY"]
p_dup_fixed["f"]["CF_NR"] = "责令停止使用有关特种设备，处罚款人民币130000元。"
p_pesticide = penalty(F4, IND["fenglin"], "pesticide", "2026-09-09", fk=3.5, wf=0.2,
                      note="吊销许可证件 (严重), 个体工商户, shown")
p_medical = penalty(F4, C["renhe"], "medical", "2026-09-15", fk=10,
                    note="社会组织 (民办非企业单位), 一般, shown")
p_revoked2 = penalty(F4, C["chenguang"], "hazwaste", "2026-09-28", fk=5.5, CF_SXYZCD="一般",
                     note="撤销 event 2026-11-05 (SJ_JG by name)")
p_person_q4 = penalty(F4, P["xutao"], "road_noperm", "2026-10-13", fk=1.1, wf=0.2,
                      note="自然人, 一般, shown")
p_sev_q4 = penalty(F4, C["kangrun"], "food_ban", "2026-10-20", fk=35, wf=2.2,
                   note="严重 (derived), shown")
p_air_q4 = penalty(F4, C["zhenhua"], "air_exceed", "2026-10-27", fk=12, SJC=D("2026-10-29"),
                   note="一般, shown")

# fillers so that every file has a useful size (all 一般/严重 and shown today)
FILL = [
    (F1, "sanxia", "eia", "2025-12-02", 16), (F1, "antai", "special_equip", "2025-12-19", 5.5),
    (F2, "qingjiang", "water_hidden", "2026-02-14", 40), (F2, "huaxia", "pesticide", "2026-02-17", 6),
    (F2, "jinqiao", "no_permit", "2026-03-05", 12), (F3, "guotai", "overload", "2026-05-26", 5),
    (F3, "baiwei", "food_nolicense", "2026-05-29", 5.8), (F3, "sanxia", "hazwaste", "2026-06-08", 9),
    (F4, "tongda", "overload", "2026-07-06", 5), (F4, "hengtong", "eia", "2026-07-22", 18),
    (F4, "minsheng", "food_expired", "2026-08-11", 5), (F4, "yuanhang", "training", "2026-10-09", 7),
]
for fi, who, tpl, d, fk in FILL:
    wf = round(rng.uniform(0.05, 0.9), 2) if "没收违法所得" in PT[tpl][4] else None
    penalty(fi, C[who], tpl, d, fk=fk, wf=wf, note="")

# ===========================================================================
# LICENSING
# ===========================================================================

L1 = "licensing/2018-2025.csv"   # UTF-8 with BOM, CRLF, field codes
L2 = "licensing/2026.json"       # JSON array, numeric status codes

l_expired = licensing(L1, C["baiwei"], "food", "2021-04-10", yxqzi="2026-04-09",
                      note="有效期至 2026-04-09 passed")
l_old_long = licensing(L1, C["hospital1"], "medical", "2018-06-20", yxqzi="长期",
                       note="decided 2018, 有效期至 长期: still shown (licensing_max_years null); 事业单位")
l_old_expired = licensing(L1, C["antai"], "gas", "2019-09-02", yxqzi="2024-09-01",
                          note="decided 2019, 有效期至 2024-09-01 passed")
l_2099 = licensing(L1, C["qingjiang"], "water_take", "2024-02-26", yxqzi="2099-12-31",
                   note="有效期至 2099-12-31 = no end: shown")
l_empty_end = licensing(L1, C["dongfang"], "business_reg", "2024-05-11", yxqzi="",
                        note="有效期至 empty = no end: shown; 许可类别 登记")
l_future_end = licensing(L1, C["jincheng"], "road", "2024-07-03", yxqzi="2028-07-02",
                         note="有效期至 2028-07-02 not passed: shown")
l_status_wx = licensing(L1, C["xinda"], "road", "2024-08-19", yxqzi="2028-08-18", XK_ZT="无效",
                        note="当前状态 无效")
l_status_cx = licensing(L1, C["chenguang"], "discharge", "2024-10-08", yxqzi="2029-10-07", XK_ZT="撤销",
                        note="当前状态 撤销")
l_status_yy = licensing(L1, C["fulinmen"], "food", "2025-01-14", yxqzi="2030-01-13", XK_ZT="异议",
                        note="当前状态 异议")
l_status_zc = licensing(L1, C["shunfeng"], "road", "2025-02-20", yxqzi="2029-02-19", XK_ZT="正常",
                        note="当前状态 正常: shown")
l_syfw = licensing(L1, C["guotai"], "hazroad", "2025-03-06", yxqzi="2029-03-05", SYFW="内部使用",
                   note="信息使用范围 内部使用 (not public)")
l_person = licensing(L1, P["chenzq"], "ridehail_driver", "2025-03-28", yxqzi="2031-03-27",
                     note="自然人 (masked), 许可类别 认可: shown")
l_ind_placeholder = licensing(L1, IND["xinxin"], "tobacco", "2025-04-15", yxqzi="2030-04-14",
                              note="个体工商户 with placeholder code, 许可类别 特许: shown")
l_obj_open = licensing(L1, C["zhongxin"], "discharge", "2025-05-09", yxqzi="2030-05-08",
                       note="异议 2026-11-02 without 异议办结")
l_obj_done = licensing(L1, C["hengtong"], "discharge", "2025-06-17", yxqzi="2030-06-16",
                       note="异议 2026-07-01 then 异议办结 2026-08-05: shown")
l_revoked = licensing(L1, C["haoyun"], "internet_cafe", "2025-07-08", yxqzi="2027-07-07",
                      note="撤销 event 2026-06-12")
l_ambig_a = licensing(L1, C["mingzhu"], "outdoor_ad", "2025-08-12", yxqzi="2028-08-11",
                      note="文书号 shared with a 水利和湖泊局 licence; 撤销 event picks it by SJ_JG", )
l_ambig_b = licensing(L1, C["lvyuan"], "water_take", "2025-08-20", yxqzi="2030-08-19",
                      note="same 文书号 as the 城管委 licence, different authority: shown")
l_ambig_b["f"]["XK_WSH"] = l_ambig_a["f"]["XK_WSH"] = "许可〔2025〕第018号"
l_mobile_nr = licensing(L1, C["yida"], "road_dig", "2025-09-04", yxqzi="2025-12-31",
                        note="有效期至 2025-12-31 passed (free text with a mobile number)",
                        XK_NR="临时挖掘城市道路用于燃气管道接入，面积36平方米；现场负责人电话13812345678")
for i, (who, lic, d, end) in enumerate([
        ("huayu", "construction_safety", "2024-01-22", "2027-01-21"),
        ("jinhui", "qualification", "2024-04-09", "2029-04-08"),
        ("kangrun", "food", "2024-06-25", "2029-06-24"),
        ("tiancheng", "hazchem", "2024-09-12", "2027-09-11"),
        ("xinshiji", "drug", "2024-11-28", "2029-11-27"),
        ("boyuan", "testing", "2025-01-07", "2031-01-06"),
        ("hongyuan", "planning", "2025-03-19", "长期"),
        ("jzxh", "business_reg", "2025-06-30", ""),
        ("tongda", "taxi", "2025-10-16", "2033-10-15"),
        ("zhenhua", "equipment_reg", "2025-11-11", "长期"),
        ("coop", "food", "2025-12-09", "2030-12-08"),
]):
    subj = C[who]
    r = licensing(L1, subj, lic, d, yxqzi=end)
    if who == "jzxh":
        r["f"]["XK_NR"] = "社会团体登记证书换发，业务范围：行业服务、培训交流、咨询"
        r["f"]["XK_XKZS"] = "社会团体法人登记证书"

l_future_start = licensing(L2, C["yuanhang"], "road", "2026-11-18", yxqz="2026-12-01", yxqzi="2030-11-30",
                           XK_ZT="1", note="有效期自 2026-12-01 in the future (shown from the decision date); 当前状态 1")
l_num2 = licensing(L2, C["mingzhu"], "food", "2026-01-09", yxqzi="2031-01-08",
                   XK_ZT="2", note="当前状态 2 → 无效")
l_num3 = licensing(L2, C["ruifeng"], "pesticide_shop", "2026-02-11", yxqzi="2031-02-10", XK_ZT="3",
                   note="当前状态 3 → 撤销")
l_id_text = licensing(L2, P["freetext"], "fishing", "2026-03-03", yxqzi="2026-12-31", XK_ZT="1",
                      note="full ID number and +86 139 1234 5678 in 备注 (masked); 自然人, 特许: shown",
                      BZ="持证人葛建华，身份证号%s，联系电话+86 139 1234 5678" % P["freetext"]["id"])
l_short_passed = licensing(L2, C["shanshui"], "road_dig", "2026-04-02", yxqzi="2026-06-30", XK_ZT="1",
                           note="有效期至 2026-06-30 passed")
l_school = licensing(L2, C["yangguang"], "school", "2026-04-20", yxqzi="2030-04-19", XK_ZT="1",
                     note="社会组织 (民办非企业单位), 许可类别 登记: shown")
l_fire = licensing(L2, C["hongyuan"], "fire_acceptance", "2026-05-14", yxqzi="长期", XK_ZT="1",
                   note="许可类别 核准, no 许可证书名称: shown")
l_ind_code = licensing(L2, IND["huimin"], "tobacco", "2026-05-22", yxqzi="2031-05-21", XK_ZT="1",
                       note="个体工商户 with a credit code: shown")
l_fw = licensing(L2, IND["xiangyun"], "fireworks", "2026-06-01", yxqzi="2027-05-31", XK_ZT="1",
                 note="shown")
l_person2 = licensing(L2, P["sunfang"], "ridehail_driver", "2026-06-09", yxqzi="2032-06-08", XK_ZT="1",
                      note="自然人, shown")
l_person_minorish = licensing(L2, P["hubin"], "fishing", "2026-03-16", yxqzi="2026-12-31", XK_ZT="1",
                              note="自然人, 特许, shown")
for who, lic, d, end in [
        ("lijin", "food_small", "2026-01-20", "2031-01-19"),
        ("zhangjie", "food_small", "2026-02-27", "2031-02-26"),
        ("xinshiji", "drug", "2026-03-24", "2031-03-23"),
        ("guotai", "hazroad", "2026-04-28", "2030-04-27"),
        ("jinqiao", "discharge", "2026-05-07", "2031-05-06"),
        ("hengtong", "business_reg", "2026-06-15", ""),
        ("xingyun", "testing", "2026-07-02", "2032-07-01"),
        ("lantian", "hazchem", "2026-07-21", "2029-07-20"),
        ("zhenhua", "equipment_reg", "2026-08-06", "长期"),
        ("antai", "road_dig", "2026-08-25", "2026-12-31"),
        ("jinhui", "construction_safety", "2026-09-10", "2029-09-09"),
        ("sanxia", "discharge", "2026-09-22", "2031-09-21"),
        ("huaxia", "pesticide_shop", "2026-10-12", "2031-10-11"),
        ("youpin", "food", "2026-10-26", "2031-10-25"),
        ("boyuan", "outdoor_ad", "2026-11-03", "2029-11-02"),
        ("minsheng", "drug", "2026-11-10", "2031-11-09"),
        ("huayu", "qualification", "2026-11-16", "2031-11-15"),
        ("fenglin", "pesticide_shop", "2026-11-20", "2031-11-19"),
        ("renhe", "medical", "2026-08-31", "2031-08-30"),
        ("changjiang", "water_take", "2026-09-29", "2031-09-28"),
        ("jincheng", "hazroad", "2026-10-19", "2030-10-18"),
]:
    subj = C.get(who) or IND.get(who)
    licensing(L2, subj, lic, d, yxqzi=end, XK_ZT="1")

# ===========================================================================
# LISTS
# ===========================================================================

M1 = "lists/2022-2025.csv"      # UTF-8 (no BOM), LF, Chinese headers, no 审核状态 column
M2 = "lists/2026-review.csv"    # UTF-8 with BOM, CRLF, field codes, WITH MD_SHZT
M3 = "lists/2026.json"          # JSON array, no MD_SHZT

TAX = "国家税务总局示例市税务局"
COURT = "示例市中级人民法院"
SCJG = "示例市市场监督管理局"

# red, A级纳税人 2024年度 (batch, one 认定文号): expired 2026-03-31
A24 = "示税函〔2025〕38号"
red_a24 = [listing(M1, "红名单", "A级纳税人", C[k], TAX, A24, "2025-04-18", yxqz="2026-03-31",
                   note="红名单, 有效期至 2026-03-31 passed" if i == 0 else "")
           for i, k in enumerate(["hengtong", "kangrun", "qingjiang", "changjiang"])]
# 守信激励对象 (batch)
SX = "示信用办〔2025〕9号"
red_sx = [listing(M1, "红名单", "守信激励对象", s, OFFICE, SX, "2025-12-01", yxqz="2027-11-30",
                  note=n)
          for s, n in [(C["boyuan"], "红名单, 有效期至 2027-11-30 not passed: shown"),
                       (C["qingjiang"], ""), (P["huangli"], "自然人 on a red list (masked): shown"),
                       (C["hospital1"], "")]]
# black 2024-2025
blk_court_person = listing(M1, "黑名单", "失信被执行人", P["zhaolei"], COURT, "（2025）鄂05执312号", "2025-03-14",
                           yxqz="长期", note="黑名单, 有效期至 长期, 认定 2025: shown (cap 2028-03-14)")
blk_court_removed = listing(M1, "黑名单", "失信被执行人", P["yangfan"], COURT, "（2024）鄂05执877号", "2024-09-05",
                            yxqz="长期", ycrq="2026-08-30", note="黑名单 with 移出日期 2026-08-30 (passed; the feeds' withdrawal reason would be removed)")
blk_court_org = listing(M1, "黑名单", "失信被执行人", C["shengshi"], COURT, "（2025）鄂05执1046号", "2025-07-22",
                        note="黑名单 without 有效期至: shown")
blk_tax_old = listing(M1, "黑名单", "重大税收违法失信主体", C["lantian"], TAX, "示税稽罚〔2022〕15号", "2022-08-15",
                      yxqz="长期", note="黑名单 认定 2022-08-15 长期: past list_max_years (3) on 2025-08-15")
blk_tax_in = listing(M1, "黑名单", "重大税收违法失信主体", C["hongyuan"], TAX, "示税稽罚〔2025〕7号", "2025-02-10",
                     yxqz="2028-02-09", note="黑名单, 有效期至 2028-02-09: shown")
blk_yz_capped = listing(M1, "黑名单", "严重违法失信名单", C["xingyun"], SCJG, "示市监列严〔2023〕4号", "2023-06-01",
                        yxqz="2099-12-31", note="黑名单 认定 2023-06-01, 有效期至 2099-12-31: capped at 2026-06-01")
blk_yz_in = listing(M1, "黑名单", "严重违法失信名单", C["kangrun"], SCJG, "示市监列严〔2023〕11号", "2023-12-20",
                    yxqz="2026-12-19", note="黑名单 认定 2023-12-20: inside 3 years and 有效期至: shown")
blk_expired = listing(M1, "黑名单", "严重违法失信名单", C["zhongxin"], SCJG, "示市监列严〔2024〕2号", "2024-03-18",
                      yxqz="2026-03-17", note="黑名单 有效期至 2026-03-17 passed")
blk_repaired = listing(M1, "黑名单", "严重违法失信名单", C["sanxia"], SCJG, "示市监列严〔2025〕6号", "2025-06-09",
                       yxqz="2028-06-08", note="黑名单, 信用修复 2026-09-15")
blk_obj = listing(M1, "黑名单", "失信被执行人", P["zhouqiang"], COURT, "（2025）鄂05执1288号", "2025-10-28",
                  yxqz="长期", note="黑名单, 异议 2026-11-10 without 异议办结")
blk_person2 = listing(M1, "黑名单", "失信被执行人", P["majun"], COURT, "（2025）鄂05执1391号", "2025-11-19",
                      yxqz="长期", note="")
blk_ind = listing(M1, "黑名单", "失信被执行人", IND["laowang"], COURT, "（2025）鄂05执1402号", "2025-12-03",
                  note="个体工商户 with placeholder code on a black list: shown")
blk_jz = listing(M1, "黑名单", "建筑市场主体黑名单", C["jinhui"], "示例市住房和城乡建设局", "示建信〔2025〕3号",
                 "2025-08-26", yxqz="2027-08-25", note="")

# M2: with 审核状态
A25 = "示税函〔2026〕41号"
red_a25 = []
for k, st, n in [("hengtong", "已审核", "MD_SHZT 已审核: approved, shown"),
                 ("kangrun", "审核通过", "MD_SHZT 审核通过: approved, shown"),
                 ("qingjiang", "通过", "MD_SHZT 通过: approved, shown"),
                 ("changjiang", "待审核", "MD_SHZT 待审核: not approved"),
                 ("jiahe", "", "MD_SHZT empty: not approved"),
                 ("chutian", "已审核", "撤销 event 2026-09-10 (SJ_XDR by credit code)"),
                 ("xinshiji", "已审核", "异议 2026-07-15, 异议办结 2026-08-20: shown"),
                 ("tongda", "已审核", "异议 2026-11-12 without 异议办结"),
                 ("boyuan", "已审核", ""), ("antai", "审核通过", ""), ("zhenhua", "通过", "")]:
    red_a25.append(listing(M2, "红名单", "A级纳税人", C[k], TAX, A25, "2026-04-20", yxqz="2027-03-31",
                           MD_SHZT=st, note=n))
blk_pending = listing(M2, "黑名单", "失信被执行人", C["tongxin"], COURT, "（2026）鄂05执207号", "2026-05-11",
                      yxqz="长期", MD_SHZT="待审核", note="黑名单 MD_SHZT 待审核: not approved")
blk_m2_ok = listing(M2, "黑名单", "失信被执行人", P["guoliang"], COURT, "（2026）鄂05执233号", "2026-05-18",
                    yxqz="长期", MD_SHZT="审核通过", note="黑名单 自然人 approved: shown")
blk_m2_empty = listing(M2, "黑名单", "重大税收违法失信主体", C["jinqiao"], TAX, "示税稽罚〔2026〕4号", "2026-06-02",
                       yxqz="2029-06-01", MD_SHZT="", note="黑名单 MD_SHZT empty: not approved")
blk_m2_ycrq_future = listing(M2, "黑名单", "失信被执行人", P["wumin"], COURT, "（2026）鄂05执318号", "2026-06-23",
                             yxqz="长期", ycrq="2026-12-15", MD_SHZT="通过",
                             note="黑名单 移出日期 2026-12-15 still ahead: shown")

# M3: JSON, no MD_SHZT
CS = "示发改信用〔2026〕12号"
red_cs = [listing(M3, "红名单", "诚信示范企业", C[k], "示例市发展和改革委员会", CS, "2026-06-28", yxqz="2028-06-27",
                  note=n)
          for k, n in [("shunfeng", "红名单 (JSON, no MD_SHZT): shown"), ("youpin", ""), ("dongfang", ""),
                       ("yida", ""), ("ruifeng", "")]]
CS2 = "示发改信用〔2026〕19号"
red_future = [listing(M3, "红名单", "诚信示范企业", C[k], "示例市发展和改革委员会", CS2, "2026-12-05",
                      yxqz="2028-12-04", note=n)
              for k, n in [("jincheng", "认定日期 2026-12-05 after the reference day"), ("mingzhu", "")]]
red_ind = listing(M3, "红名单", "诚信经营示范户", IND["huimin"], SCJG, "示市监信〔2026〕5号", "2026-03-15",
                  yxqz="2027-03-14", note="个体工商户 on a red list: shown")
red_ind2 = listing(M3, "红名单", "诚信经营示范户", IND["zhangjie"], SCJG, "示市监信〔2026〕5号", "2026-03-15",
                   yxqz="2027-03-14", note="")
red_sx_person = listing(M3, "红名单", "守信激励对象", P["lina"], OFFICE, "示信用办〔2026〕3号", "2026-02-08",
                        yxqz="2026-08-07", note="自然人 red, 有效期至 2026-08-07 passed")
blk_future = listing(M3, "黑名单", "严重违法失信名单", C["haoyun"], SCJG, "示市监列严〔2026〕15号", "2026-11-28",
                     yxqz="2029-11-27", note="认定日期 2026-11-28 after the reference day")
blk_revoked = listing(M3, "黑名单", "严重违法失信名单", C["baiwei"], SCJG, "示市监列严〔2026〕2号", "2026-01-26",
                      yxqz="2029-01-25", note="黑名单, 撤销 event 2026-04-30")
blk_obj_done = listing(M3, "黑名单", "重大税收违法失信主体", C["xinda"], TAX, "示税稽罚〔2026〕9号", "2026-03-09",
                       yxqz="2029-03-08", note="黑名单, 异议 2026-05-06, 异议办结 2026-06-16: shown")
blk_minor_ok = listing(M3, "黑名单", "失信被执行人", P["sunfang"], COURT, "（2026）鄂05执45号", "2026-02-02",
                       yxqz="长期", note="")
for who, wh, d in [("zhuhong", "（2026）鄂05执502号", "2026-07-07"), ("chenzq", "（2026）鄂05执611号", "2026-08-14"),
                   ("wangjg", "（2026）鄂05执675号", "2026-09-03")]:
    listing(M3, "黑名单", "失信被执行人", P[who], COURT, wh, d, yxqz="长期")
listing(M3, "黑名单", "失信被执行人", C["zhongxin"], COURT, "（2026）鄂05执690号", "2026-09-21", yxqz="长期")
listing(M3, "黑名单", "严重违法失信名单", C["fulinmen"], SCJG, "示市监列严〔2026〕9号", "2026-07-30", yxqz="2029-07-29")

# ===========================================================================
# EVENTS
# ===========================================================================

E1 = "events/2026.csv"          # UTF-8, LF, Chinese headers
E2 = "events/2026-h2.jsonl"     # JSON Lines

ev_penalty(E1, p_sev_repaired, "信用修复", "2025-09-01",
           sm="当事人已履行行政处罚决定，按期完成整改并作出信用承诺，经审核准予信用修复")
ev_penalty(E1, p_repaired_after, "信用修复", "2026-08-20", sm="已缴清罚款、完成整改并提交信用修复申请，准予修复")
ev_penalty(E1, p_sev_repair_early, "信用修复", "2026-09-01", by="name",
           sm="当事人提前申请信用修复，公示期将于最短公示期届满时结束")
ev_penalty(E1, p_revoked, "撤销", "2026-06-30", sm="经行政复议，原行政处罚决定被撤销")
ev_penalty(E1, p_obj_done, "异议", "2026-04-10", sm="当事人对处罚决定日期提出异议")
ev_penalty(E1, p_obj_done, "异议办结", "2026-05-20", sm="经核实，原公示信息准确，维持公示")
ev_licence(E1, l_obj_done, "异议", "2026-07-01", sm="当事人对许可有效期提出异议")
ev_licence(E1, l_obj_done, "异议办结", "2026-08-05", by="name", sm="经核查信息无误，恢复公示")
ev_licence(E1, l_revoked, "撤销", "2026-06-12", sm="被许可人以欺骗手段取得行政许可，依法予以撤销")
ev_licence(E1, l_ambig_a, "撤销", "2026-09-18", by="name",
           sm="被许可人申请注销户外广告设施设置许可（文书号与示例市水利和湖泊局许可相同，以机关区分）")
ev_list(E1, red_a25[5], "撤销", "2026-09-10", sm="发现存在虚开发票行为，撤销当年度A级纳税人评价")
ev_list(E1, red_a25[6], "异议", "2026-07-15", sm="企业对公示的认定日期提出异议")
ev_list(E1, red_a25[6], "异议办结", "2026-08-20", sm="经核实已更正，恢复公示")
ev_list(E1, blk_revoked, "撤销", "2026-04-30", by_name=True, sm="原认定依据的行政处罚决定被撤销")
ev_list(E1, blk_obj_done, "异议", "2026-05-06", sm="主体对列入依据提出异议")
ev_list(E1, blk_obj_done, "异议办结", "2026-06-16", sm="经复核，维持原认定")

ev_penalty(E2, p_repair_early, "信用修复", "2026-10-15", by=None,
           sm="已完成整改并作出信用承诺（文书号唯一，未填机关）")
ev_penalty(E2, p_sev_objection, "异议", "2026-10-20", sm="当事人对违法事实认定提出异议，正在核查")
ev_penalty(E2, p_revoked2, "撤销", "2026-11-05", by="name", sm="处罚机关自行纠错，撤销原决定")
ev_licence(E2, l_obj_open, "异议", "2026-11-02", sm="当事人对许可内容提出异议，正在核查")
ev_list(E2, blk_repaired, "信用修复", "2026-09-15", sm="已纠正失信行为并履行相关义务，准予提前移出")
ev_list(E2, blk_obj, "异议", "2026-11-10", sm="被执行人称已履行完毕，正在核实")
ev_list(E2, red_a25[7], "异议", "2026-11-12", sm="第三方对评价结果提出异议，正在核查")

# ---- F5: the 2016 template (V1.0); F6: a department's workbook ----
# Defined after every other record, so that the random draws of everything above stay as they were.

F5 = "penalties/2024-legacy-template.csv"   # 2016 template, GB18030, CRLF: codes, YYYY/MM/DD, 数据更新时间戳
F6 = "penalties/2026-q4-departments.xlsx"   # openpyxl: two sheets, 10月 under a merged title row

LEGACY_STATUS = {"0": "正常", "1": "撤销", "2": "异议", "3": "无效"}
LEGACY_CATEGORY = {"0": ["警告"], "1": ["罚款"], "2": ["没收违法所得", "没收非法财物"], "3": ["责令停产停业"],
                   "4": ["吊销许可证件"], "5": ["行政拘留"], "6": ["其他"]}
SHOP_ENDINGS = ("店", "部", "厂", "馆", "行", "坊", "摊", "档")


def legacy_category_text(cells):
    """CF_CFLB as the build makes it from 处罚类别1/2 (codes or words, merged without repeats)."""
    out = []
    for cell in cells:
        for part in [x.strip() for x in re.split("[；;、,]", cell) if x.strip()]:
            for c in LEGACY_CATEGORY.get(part, [part]):
                if c not in out:
                    out.append(c)
    return "；".join(out)


def legacy_subject_category(f):
    """行政相对人类别 as the build fills it in for a 2016 row (SPEC section 2)."""
    code = f.get("CF_XDR_SHXYM")
    if code and code != PLACEHOLDER:
        return "个体工商户" if code.startswith("92") else "法人及非法人组织"
    name = f["CF_XDR_MC"]
    if "个体" in name or name.endswith(SHOP_ENDINGS):
        return "个体工商户"
    if f.get("CF_XDR_ZJHM") and not any(f.get(k) for k in ("CF_XDR_ZZJG", "CF_XDR_GSZC", "CF_XDR_SWDJ")):
        return "自然人"
    return "法人及非法人组织"


def legacy_penalty(subj, tpl, jdrq, cats, fk=None, status="0", sjc="", note=""):
    """A penalty exported in the 2016 template: its fields are the V2.0 record the build makes of it."""
    r = penalty(F5, subj, tpl, jdrq, fk=fk, note=note)
    f = r["f"]
    # The 2016 template has no amounts, no 法定代表人证件, and no placeholder code.
    for k in ("CF_NR_FK", "CF_NR_WFFF", "CF_FR_ZJLX", "CF_FR_ZJHM"):
        f.pop(k, None)
    if f.get("CF_XDR_SHXYM") == PLACEHOLDER:
        del f["CF_XDR_SHXYM"]
    f["CF_CFLB"] = legacy_category_text(cats)
    f["CF_ZT"] = LEGACY_STATUS[status]
    assert legacy_subject_category(f) == f["CF_XDR_LB"], (f["CF_XDR_MC"], f["CF_XDR_LB"])
    r["legacy"] = {"cats": cats, "status": status, "sjc": sjc}
    if sjc:
        # The build writes a compact yyyyMMddHHmmss 数据更新时间戳 as a date and time; other forms stay.
        compact = sjc.isdigit() and len(sjc) == 14
        f["SJC"] = "%s-%s-%s %s:%s:%s" % (sjc[:4], sjc[4:6], sjc[6:8], sjc[8:10], sjc[10:12], sjc[12:14]) if compact else sjc
    return r


lg_shown = legacy_penalty(C["lvyuan"], "air_exceed", "2026-05-18", ["1"], fk=12, sjc="20260520093000",
                          note="2016 template: 处罚类别1 code 1 → 罚款, 处罚名称 → 违法行为类型, 处罚结果 → 处罚内容, authority code from site.yaml; 一般")
lg_shop = legacy_penalty(IND["xinxin"], "food_expired", "2026-03-09", ["没收违法所得", "1"], fk=0.6,
                         sjc="2026-03-12 16:40:00",
                         note="2016 template: 个体工商户 by its name (no code), 处罚类别 as a word and a code; 一般")
lg_person = legacy_penalty(P["xutao"], "ridehail", "2026-02-26", ["1"], fk=1,
                           note="2016 template: 自然人 by a 居民身份证号 alone (masked); 一般")
lg_serious = legacy_penalty(C["jinqiao"], "quality", "2024-08-27", ["4", "1"], fk=30, sjc="20240902101500",
                            note="2016 template: code 4 → 吊销许可证件 (严重), inside 3 years")
lg_revoked = legacy_penalty(C["dongfang"], "false_ad", "2025-11-03", ["1"], fk=6, status="1",
                            note="2016 template: 当前状态 1 → 撤销")
lg_old = legacy_penalty(C["zhenxing"], "air_exceed", "2021-07-14", ["1"], fk=8, sjc="20210716",
                        note="2016 template: a 2021 decision with 组织机构代码 and 工商登记码; expired")


def sheet_penalty(sheet, subj, tpl, jdrq, fk=None, wf=None, note="", **over):
    r = penalty(F6, subj, tpl, jdrq, fk=fk, wf=wf, note=note, **over)
    r["sheet"] = sheet
    return r


wb_oct = [
    sheet_penalty("10月", C["haoyun"], "internet_cafe", "2026-10-12", fk=6,
                  note="workbook, sheet 10月 under a merged title row; date in a date cell; 严重 (责令停产停业)"),
    sheet_penalty("10月", C["jincheng"], "overload", "2026-10-21", fk=0.8,
                  note="workbook: 罚款 0.8万元 as a number cell; organisation below 5万元 → 轻微"),
    sheet_penalty("10月", P["guoliang"], "nolicense_drive", "2026-10-28", fk=0.8,
                  note="workbook: 自然人, ID number as a text cell (masked); 罚款、行政拘留 → 一般"),
]
wb_nov = [
    sheet_penalty("11月", C["minsheng"], "food_nolicense", "2026-11-04", fk=5, wf=0.9,
                  note="workbook, sheet 11月 with its header on row 1; 一般"),
    sheet_penalty("11月", IND["fenglin"], "pesticide", "2026-11-16", fk=1.5, wf=0.3,
                  note="workbook: 个体工商户; 严重 (吊销许可证件)"),
]

# ===========================================================================
# expected outcome (own small copy of SPEC section 4)
# ===========================================================================

STATUS_CODES = {"1": "有效", "2": "无效", "3": "撤销"}
SERIOUS = {"吊销许可证件", "责令关闭", "责令停产停业", "限制从业", "限制开展生产经营活动"}


def split_cats(s):
    for sep in "；;、,":
        s = s.replace(sep, "\n")
    return [c.strip() for c in s.split("\n") if c.strip()]


def severity(f, subj):
    if f.get("CF_SXYZCD"):
        return f["CF_SXYZCD"]
    cats = split_cats(f["CF_CFLB"])
    if all(c in ("警告", "通报批评") for c in cats):
        return "轻微"
    if any(c in SERIOUS for c in cats):
        return "严重"
    money = [c for c in cats if c in ("罚款", "没收违法所得", "没收非法财物")]
    if money == ["罚款"] and f.get("CF_NR_FK"):
        limit = 5000 if subj["kind"] in ("person", "ind") else 50000
        if yuan(float(f["CF_NR_FK"])) < limit:
            return "轻微"
    return "一般"


def key_of(r):
    f = r["f"]
    if r["kind"] == "penalties":
        return (f["CF_CFJGDM"], f["CF_WSH"])
    if r["kind"] == "licensing":
        return (f["XK_XKJGDM"], f["XK_WSH"], f.get("XK_XKBH", ""))
    if r["kind"] == "lists":
        return (f["MD_MC"], f["MD_RDBM"], f["MD_RDWH"], f.get("MD_XDR_SHXYM") or f.get("MD_XDR_ZJHM"))


def events_for(r):
    f = r["f"]
    out = []
    for e in ALL:
        if e["kind"] != "events":
            continue
        g = e["f"]
        if r["kind"] == "penalties":
            ok = g["SJ_JLLX"] == "行政处罚" and g["SJ_WSH"] == f["CF_WSH"] and \
                g.get("SJ_JG", f["CF_CFJGDM"]) in (f["CF_CFJGDM"], f["CF_CFJG"])
        elif r["kind"] == "licensing":
            ok = g["SJ_JLLX"] == "行政许可" and g["SJ_WSH"] == f["XK_WSH"] and \
                g.get("SJ_JG", f["XK_XKJGDM"]) in (f["XK_XKJGDM"], f["XK_XKJG"])
        else:
            ok = g["SJ_JLLX"] == f["MD_LB"] and g["SJ_WSH"] == f["MD_RDWH"] and \
                g.get("SJ_JG", f["MD_RDBM"]) == f["MD_RDBM"] and \
                g.get("SJ_XDR") in (f.get("MD_XDR_SHXYM"), f["MD_XDR_MC"])
        if ok:
            out.append(e)
    return out


def as_date(v):
    if v in ("", None, "长期"):
        return None
    if v == D("2099-12-31"):
        return None
    return v


def expect(r):
    """Return (outcome, detail, end-or-None)."""
    f, k, subj = r["f"], r["kind"], r["subj"]
    evs = [e for e in events_for(r) if e["f"]["SJ_RQ"] <= AS_OF]
    if k in ("penalties", "licensing"):
        zt = f.get("CF_ZT" if k == "penalties" else "XK_ZT", "有效") or "有效"
        zt = STATUS_CODES.get(zt, zt)
        if zt not in ("有效", "正常"):
            return "status", zt, None
        if f.get("SYFW", "") not in ("", "0", "公示"):
            return "internal-use", f["SYFW"], None
        start = f["CF_JDRQ" if k == "penalties" else "XK_JDRQ"]
    else:
        if "MD_SHZT" in f and f["MD_SHZT"] not in ("已审核", "审核通过", "通过"):
            return "unapproved", f["MD_SHZT"] or "(empty)", None
        start = f["MD_RDRQ"]
    if subj["kind"] == "person":
        b = subj["birth"]
        age = start.year - b.year - ((start.month, start.day) < (b.month, b.day))
        if age < 18:
            return "minor-person", "age %d" % age, None
    if start > AS_OF:
        return "not-yet", start.isoformat(), None
    if any(e["f"]["SJ_LX"] == "撤销" for e in evs):
        return "revoked", "", None
    obj = [e["f"]["SJ_RQ"] for e in evs if e["f"]["SJ_LX"] == "异议"]
    done = [e["f"]["SJ_RQ"] for e in evs if e["f"]["SJ_LX"] == "异议办结"]
    if obj and not (done and max(done) >= max(obj)):
        return "objection", "", None
    repair = [e["f"]["SJ_RQ"] for e in evs if e["f"]["SJ_LX"] == "信用修复"]
    if k == "penalties":
        sev = severity(f, subj)
        if sev == "轻微":
            return "minor-severity", "", None
        lo, hi = (3, 12) if sev == "一般" else (12, 36)
        mn, mx = add_months(start, lo), add_months(start, hi)
        end = mx
        g = f.get("CF_GSJZQ")
        if g:
            g = as_date(g) or mx
            end = min(max(g, mn), mx)
        reason = "expired"
        if repair:
            rp = max(min(repair), mn)
            if rp < end:
                end, reason = rp, "repaired"
        return ("shown" if AS_OF < end else reason), sev, end
    if k == "licensing":
        end = as_date(f.get("XK_YXQZI"))
        if end is not None and end < AS_OF:
            return "expired", "", end
        return "shown", "", end
    # lists
    ends = [x for x in (as_date(f.get("MD_YXQZ")), f.get("MD_YCRQ")) if x]
    if f["MD_LB"] == "黑名单":
        ends.append(add_months(start, 36))
    if repair:
        ends.append(min(repair))
        end = min(ends)
        if end <= AS_OF and end == min(repair):
            return "repaired", "", end
    end = min(ends) if ends else None
    if end is not None and end <= AS_OF:
        return "expired", "", end
    return "shown", "", end


# ===========================================================================
# upload times: SJC 数据更新时间 for the timeliness report (docs/report.md)
# ===========================================================================

# The State Council's 2025 and 2026 calendars: days off on weekdays and make-up working days on weekends
# (the same tables as Sources/CreditCityKit/Report/OfficialCalendar.swift, written out again here so that
# the expectations below are computed independently of the Swift code).
def _days(first, last):
    d, out = D(first), []
    while d <= D(last):
        out.append(d)
        d += dt.timedelta(days=1)
    return out


DAYS_OFF = set(
    _days("2025-01-01", "2025-01-01") + _days("2025-01-28", "2025-02-04") + _days("2025-04-04", "2025-04-06")
    + _days("2025-05-01", "2025-05-05") + _days("2025-05-31", "2025-06-02") + _days("2025-10-01", "2025-10-08")
    + _days("2026-01-01", "2026-01-03") + _days("2026-02-15", "2026-02-23") + _days("2026-04-04", "2026-04-06")
    + _days("2026-05-01", "2026-05-05") + _days("2026-06-19", "2026-06-21") + _days("2026-09-25", "2026-09-27")
    + _days("2026-10-01", "2026-10-07"))
MAKE_UP_DAYS = {D(x) for x in ("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                               "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")}
DEADLINE = 7  # working days: "自作出行政决定之日起7个工作日内上网公示"


def is_working_day(d):
    if d in MAKE_UP_DAYS:
        return True
    return d.weekday() < 5 and d not in DAYS_OFF


def working_day_after(d, n):
    """The n-th working day after d, d itself not counted."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_working_day(d):
            n -= 1
    return d


def working_days_between(a, b):
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_working_day(d)
    return n


# How each 2026 file writes SJC, as different platforms do.
UPLOAD_FORMS = {
    "penalties/2026-q1-gb18030.csv": lambda d, m: "%d/%02d/%02d %02d:%02d:%02d" % (d.year, d.month, d.day, m // 60, m % 60, m % 53),
    "penalties/2026-q2.jsonl": lambda d, m: "%s%02d%02d%02d" % (d.strftime("%Y%m%d"), m // 60, m % 60, m % 47),
    "penalties/2026-q3-q4.csv": lambda d, m: "%s %02d:%02d:00" % (d.isoformat(), m // 60, m % 60),
    "licensing/2026.json": lambda d, m: "%sT%02d:%02d:00+08:00" % (d.isoformat(), m // 60, m % 60),
}
# The share of decisions each department puts online late; everyone else 5 %.
LATE_SHARE = {"示例市交通运输局": 0.5, "示例市城市管理执法委员会": 0.4, "示例市应急管理局": 0.3,
              "示例市卫生健康委员会": 0.25}
# A generator of its own, so the records' other random values stay exactly as they were.
upload_rng = random.Random(SEED + 13)


def assign_upload_times():
    """Gives every 2026 licensing and penalty row an SJC: 1–7 working days after the decision, or for a
    department's late share 8–40, never after the reference day. The archives (2018–2025 files) have
    none, as exports from an older system; the report then uses the first build that saw them."""
    for r in ALL:
        if r["file"] not in UPLOAD_FORMS:
            continue
        f = r["f"]
        decided = f.get("CF_JDRQ") or f.get("XK_JDRQ")
        dept = f.get("CF_SJLY") or f.get("XK_LYDW")
        late = upload_rng.random() < LATE_SHARE.get(dept, 0.05)
        n = upload_rng.randint(8, 40) if late else upload_rng.randint(1, DEADLINE)
        minute = upload_rng.randint(8 * 60 + 30, 17 * 60 + 30)
        if "SJC" in f:  # set by hand where a record needs a particular day
            r["uploaded"] = f["SJC"]
            continue
        day = min(working_day_after(decided, n), AS_OF)
        f["SJC"] = UPLOAD_FORMS[r["file"]](day, minute)
        r["uploaded"] = day


# ===========================================================================
# writers
# ===========================================================================

PEN_ORDER = ["CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_XDR_GSZC", "CF_XDR_ZZJG", "CF_XDR_SWDJ",
             "CF_XDR_SYDW", "CF_XDR_SHZZ", "CF_FRDB", "CF_FR_ZJLX", "CF_FR_ZJHM", "CF_XDR_ZJLX", "CF_XDR_ZJHM",
             "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK", "CF_NR_WFFF", "CF_NR_ZKDX",
             "CF_JDRQ", "CF_YXQ", "CF_GSJZQ", "CF_CFJG", "CF_CFJGDM", "CF_SJLY", "CF_SJLYDM", "BZ",
             "CF_SXYZCD", "CF_ZT", "SYFW", "SJC"]
LIC_ORDER = ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_GSZC", "XK_XDR_ZZJG", "XK_XDR_SWDJ",
             "XK_XDR_SYDW", "XK_XDR_SHZZ", "XK_FRDB", "XK_FR_ZJLX", "XK_FR_ZJHM", "XK_XDR_ZJLX", "XK_XDR_ZJHM",
             "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI",
             "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "BZ", "SYFW", "SJC"]
LIST_ORDER = ["MD_LB", "MD_MC", "MD_XDR_MC", "MD_XDR_LB", "MD_XDR_SHXYM", "MD_XDR_ZJLX", "MD_XDR_ZJHM",
              "MD_FRDB", "MD_RDBM", "MD_RDWH", "MD_RDYJ", "MD_RDSY", "MD_RDRQ", "MD_YXQZ", "MD_YCRQ", "MD_SHZT", "BZ"]
EV_ORDER = ["SJ_JLLX", "SJ_WSH", "SJ_JG", "SJ_XDR", "SJ_LX", "SJ_RQ", "SJ_SM"]
REQUIRED = {
    "penalties": ["CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ",
                  "CF_CFLB", "CF_NR", "CF_JDRQ", "CF_CFJG", "CF_CFJGDM", "CF_SJLY", "CF_SJLYDM"],
    "licensing": ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_ZJHM", "XK_XKWS", "XK_WSH", "XK_XKLB",
                  "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM"],
    "lists": ["MD_LB", "MD_MC", "MD_XDR_MC", "MD_XDR_LB", "MD_XDR_SHXYM", "MD_XDR_ZJHM", "MD_RDBM", "MD_RDWH",
              "MD_RDRQ", "MD_YXQZ"],
    "events": ["SJ_JLLX", "SJ_WSH", "SJ_JG", "SJ_XDR", "SJ_LX", "SJ_RQ"],
}
CN = {
    "CF_XDR_MC": "行政相对人名称", "CF_XDR_LB": "行政相对人类别", "CF_XDR_SHXYM": "统一社会信用代码",
    "CF_XDR_GSZC": "工商注册号", "CF_XDR_ZZJG": "组织机构代码", "CF_XDR_SWDJ": "税务登记号",
    "CF_XDR_SYDW": "事业单位证书号", "CF_XDR_SHZZ": "社会组织登记证号", "CF_FRDB": "法定代表人",
    "CF_FR_ZJLX": "法定代表人证件类型", "CF_FR_ZJHM": "法定代表人证件号码", "CF_XDR_ZJLX": "证件类型",
    "CF_XDR_ZJHM": "证件号码", "CF_WSH": "行政处罚决定书文号", "CF_WFXW": "违法行为类型", "CF_SY": "违法事实",
    "CF_YJ": "处罚依据", "CF_CFLB": "处罚类别", "CF_NR": "处罚内容", "CF_NR_FK": "罚款金额（万元）",
    "CF_NR_WFFF": "没收违法所得、没收非法财物的金额（万元）", "CF_NR_ZKDX": "暂扣或吊销证照名称及编号",
    "CF_JDRQ": "处罚决定日期", "CF_YXQ": "处罚有效期", "CF_GSJZQ": "公示截止期", "CF_CFJG": "处罚机关",
    "CF_CFJGDM": "处罚机关统一社会信用代码", "CF_SJLY": "数据来源单位", "CF_SJLYDM": "数据来源单位统一社会信用代码",
    "BZ": "备注", "CF_SXYZCD": "失信严重程度", "CF_ZT": "当前状态", "SYFW": "信息使用范围", "SJC": "数据更新时间",
    "MD_LB": "名单类别", "MD_MC": "名单名称", "MD_XDR_MC": "主体名称", "MD_XDR_LB": "主体类别",
    "MD_XDR_SHXYM": "统一社会信用代码", "MD_XDR_ZJLX": "证件类型", "MD_XDR_ZJHM": "证件号码", "MD_FRDB": "法定代表人",
    "MD_RDBM": "认定部门", "MD_RDWH": "认定文号", "MD_RDYJ": "认定依据", "MD_RDSY": "认定事由", "MD_RDRQ": "认定日期",
    "MD_YXQZ": "有效期至", "MD_YCRQ": "移出日期", "MD_SHZT": "审核状态",
    "SJ_JLLX": "记录类型", "SJ_WSH": "文书号", "SJ_JG": "机关", "SJ_XDR": "主体", "SJ_LX": "事件类型",
    "SJ_RQ": "事件日期", "SJ_SM": "说明",
}
ORDER = {"penalties": PEN_ORDER, "licensing": LIC_ORDER, "lists": LIST_ORDER, "events": EV_ORDER}

# per-file format: (encoding, bom, newline, headers, date styles rotating per row, json kind)
FILES = {
    F1: dict(fmt="csv", enc="utf-8", bom=False, nl="\n", hdr="code", dates=["iso", "iso", "slash0"]),
    F2: dict(fmt="csv", enc="gb18030", bom=False, nl="\r\n", hdr="cn", dates=["slash", "cn"], extra="序号"),
    F3: dict(fmt="jsonl", dates=["compact", "iso"]),
    F4: dict(fmt="csv", enc="utf-8", bom=True, nl="\r\n", hdr="code", dates=["iso", "cn"]),
    L1: dict(fmt="csv", enc="utf-8", bom=True, nl="\r\n", hdr="code", dates=["iso", "slash"]),
    L2: dict(fmt="json", dates=["cn", "iso", "compact"]),
    M1: dict(fmt="csv", enc="utf-8", bom=False, nl="\n", hdr="cn", dates=["iso", "cn"]),
    M2: dict(fmt="csv", enc="utf-8", bom=True, nl="\r\n", hdr="code", dates=["slash0", "iso"]),
    M3: dict(fmt="json", dates=["iso"]),
    E1: dict(fmt="csv", enc="utf-8", bom=False, nl="\n", hdr="cn", dates=["iso", "cn"]),
    E2: dict(fmt="jsonl", dates=["iso", "slash"]),
    F5: dict(fmt="legacy-csv", enc="gb18030", nl="\r\n"),
    F6: dict(fmt="xlsx"),
}


def render_value(v, style):
    if isinstance(v, dt.date):
        return "2099-12-31" if v == dt.date(2099, 12, 31) else fmt_date(v, style)
    return v


LEGACY_HEADER = ["行政处罚决定书文号", "处罚名称", "处罚类别1", "处罚类别2", "处罚事由", "处罚依据", "行政相对人名称",
                 "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)",
                 "行政相对人代码_4(税务登记号)", "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "处罚结果",
                 "处罚决定日期", "处罚机关", "当前状态", "地方编码", "数据更新时间戳", "备注"]


def write_legacy_csv(full, spec, recs):
    """The 2016 template as old platforms exported it: its own header, codes for 处罚类别 and 当前状态,
    YYYY/MM/DD dates, no 类别, no authority code, no 数据来源单位 (the build fills those in)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=spec["nl"], quoting=csv.QUOTE_MINIMAL)
    w.writerow(LEGACY_HEADER)
    for i, r in enumerate(recs):
        f, lg = r["f"], r["legacy"]
        r["line"] = i + 2
        cats = lg["cats"] + [""] * (2 - len(lg["cats"]))
        region = f["CF_XDR_SHXYM"][2:8] if f.get("CF_XDR_SHXYM") else CITY
        w.writerow([f["CF_WSH"], f["CF_WFXW"], cats[0], cats[1], f["CF_SY"], f["CF_YJ"], f["CF_XDR_MC"],
                    f.get("CF_XDR_SHXYM", ""), f.get("CF_XDR_ZZJG", ""), f.get("CF_XDR_GSZC", ""), f.get("CF_XDR_SWDJ", ""),
                    f.get("CF_XDR_ZJHM", ""), f.get("CF_FRDB", ""), f["CF_NR"], fmt_date(f["CF_JDRQ"], "slash0"), f["CF_CFJG"],
                    lg["status"], region, lg["sjc"], f.get("BZ", "")])
    assert "\n" not in "".join(r["f"]["CF_SY"] for r in recs)
    with open(full, "wb") as fh:
        fh.write(buf.getvalue().encode(spec["enc"]))


def write_workbook(full, recs):
    """A department's workbook, written by openpyxl (a real spreadsheet writer): sheet 10月 under a merged
    title row, 11月 with its header on row 1; Chinese headers, dates in date cells, amounts as numbers.
    openpyxl stamps the save time into docProps/core.xml and the ZIP entries; both are fixed afterwards so
    that two runs give the same bytes."""
    import zipfile
    try:
        import openpyxl
        from openpyxl.styles import Alignment
    except ImportError:
        sys.exit("the example workbook is written with openpyxl: pip install openpyxl")
    columns = [c for c in PEN_ORDER if any(c in r["f"] for r in recs)]
    header = [CN[c] for c in columns]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, title, formats in (("10月", "示例市2026年10月行政处罚信息汇总表（各部门报送）", "yyyy/m/d"),
                                  ("11月", None, 'yyyy"年"m"月"d"日"')):
        ws = wb.create_sheet(sheet)
        if title:
            ws.append([title] + [None] * (len(header) - 1))
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(header)
        for r in (r for r in recs if r["sheet"] == sheet):
            values = []
            for c in columns:
                v = r["f"].get(c)
                if c in ("CF_NR_FK", "CF_NR_WFFF") and v is not None:
                    v = float(v) if "." in v else int(v)
                values.append(v)
            ws.append(values)
            r["line"] = ws.max_row
            for col, c in enumerate(columns, start=1):
                if isinstance(r["f"].get(c), dt.date):
                    ws.cell(row=ws.max_row, column=col).number_format = formats
    wb.properties.creator = "make-example-content.py"
    wb.save(full)
    with zipfile.ZipFile(full) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-22T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, (2026, 11, 22, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def write_file(root, path, recs):
    spec = FILES[path]
    full = os.path.join(root, path)
    if spec["fmt"] == "legacy-csv":
        return write_legacy_csv(full, spec, recs)
    if spec["fmt"] == "xlsx":
        return write_workbook(full, recs)
    kind = recs[0]["kind"]
    order = ORDER[kind]
    used = [c for c in order if any(c in r["f"] for r in recs) or
            (spec["fmt"] == "csv" and c in REQUIRED[kind] and c in ("CF_XDR_SHXYM", "XK_XDR_SHXYM"))]
    if kind == "lists" and spec["fmt"] == "csv":
        used = [c for c in order if any(c in r["f"] for r in recs) or c == "MD_YCRQ"]
    rows = []
    for i, r in enumerate(recs):
        style = spec["dates"][i % len(spec["dates"])]
        rows.append({c: render_value(r["f"][c], style) for c in used if c in r["f"]})
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if spec["fmt"] == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator=spec["nl"], quoting=csv.QUOTE_MINIMAL)
        header = [CN[c] if spec["hdr"] == "cn" else c for c in used]
        if spec.get("extra"):
            header = [spec["extra"]] + header
        w.writerow(header)
        line = 2
        for i, (r, row) in enumerate(zip(recs, rows)):
            r["line"] = line
            vals = [row.get(c, "") for c in used]
            if spec.get("extra"):
                vals = [str(i + 1)] + vals
            w.writerow(vals)
            line += 1 + sum(v.count("\n") for v in vals)
        text = buf.getvalue()
        data = text.encode(spec["enc"])
        if spec["bom"]:
            data = b"\xef\xbb\xbf" + data
    elif spec["fmt"] == "json":
        for i, r in enumerate(recs):
            r["line"] = i + 1
        data = (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        out = []
        for i, (r, row) in enumerate(zip(recs, rows)):
            r["line"] = i + 1
            out.append(json.dumps(row, ensure_ascii=False))
        data = ("\n".join(out) + "\n").encode("utf-8")
    with open(full, "wb") as fh:
        fh.write(data)


SITE_YAML = """\
# 信用示例市 — 站点配置（示例城市，名称与数据均为虚构）
name: 信用示例市
region_code: "420500"
base_url: https://credit.example.gov.cn/
office: 示例市社会信用体系建设领导小组办公室
page_size: 20
policy:
  person_name: mask
  id_number_keep: [4, 4]
  minor_fine_yuan: {person: 5000, organisation: 50000}
  licensing_max_years: null
  list_max_years: 3
  status_codes: {"1": 有效, "2": 无效, "3": 撤销}
  noindex_persons: true
contact:
  department: 示例市发展和改革委员会信用科
  phone: "0717-6220000"
  address: 示例市东城区东湖大道18号市民之家B座506室
  email: xinyong@example.gov.cn
  hours: "工作日 8:30-12:00, 14:30-17:30"
"""


def authorities_yaml():
    """The city's authorities with their codes: a 2016-template export has no authority codes."""
    lines = ["# 机关名录：2016 年模板导出的数据没有机关的统一社会信用代码，据此补齐", "authorities:"]
    for a in sorted(AUTHORITIES.values(), key=lambda a: a["code"]):
        lines.append("  %s: %s" % (a["name"], a["code"]))
    return "\n".join(lines) + "\n"


def notices():
    n = {}
    n["2026-credit-repair-guide.md"] = f"""---
title: 关于进一步做好失信行为纠正后信用修复工作的通知
date: 2026-10-09
category: 通知公告
doc_number: 示信用办〔2026〕11号
issuer: {OFFICE}
---

各县市区社会信用体系建设领导小组办公室，市直有关单位：

为贯彻落实《失信行为纠正后的信用信息修复管理办法》，进一步规范我市行政处罚信息公示和信用修复工作，切实维护信用主体合法权益，现就有关事项通知如下。

## 一、公示期限

行政处罚信息自处罚决定之日起在“信用示例市”网站公示，公示期限按失信严重程度分别确定：

| 失信严重程度 | 最短公示期 | 最长公示期 | 说明 |
| --- | --- | --- | --- |
| 轻微 | 不公示 | 不公示 | 仅给予警告、通报批评或者小额罚款的 |
| 一般 | 3个月 | 1年 | 最短公示期届满后可申请信用修复 |
| 严重 | 1年 | 3年 | 最短公示期届满后可申请信用修复 |

公示期限届满的，网站自动停止公示，信用主体无需申请。

## 二、信用修复条件

申请信用修复的信用主体应当同时满足以下条件：

1. 已经履行行政处罚决定规定的义务；
2. 已经主动消除有关不良影响；
3. 已经作出书面信用承诺，承诺内容通过“信用示例市”网站向社会公开；
4. 最短公示期已经届满。

~~信用主体可委托第三方机构代为办理修复申请。~~ 根据新修订的管理办法，信用修复实行“网上申请、一次办结”，不收取任何费用，各单位不得以任何形式向申请人收费或者变相收费。

## 三、办理渠道

- 在线办理：登录[信用中国](https://www.creditchina.gov.cn/)网站“信用修复”栏目提交申请；
- 窗口办理：市民之家B座506室，工作日 8:30-12:00，14:30-17:30；
- 政策咨询：示例市发展和改革委员会信用科，电话 0717-6220000。

有关政策原文见 https://www.ndrc.gov.cn/ 。

## 四、工作要求

各单位要严格落实“谁认定、谁修复”的原则，对符合条件的修复申请，应当自受理之日起5个工作日内办结，并及时将修复结果推送至市公共信用信息平台。

{OFFICE}
2026年10月9日
"""
    n["2026-disclosure-rules.md"] = f"""---
title: 示例市行政许可和行政处罚等信用信息公示管理办法
date: 2026-03-18
category: 政策法规
doc_number: 示政办发〔2026〕8号
issuer: 示例市人民政府办公室
---

**第一条** 为规范行政许可和行政处罚等信用信息（以下简称“双公示”信息）的归集和公示工作，推进政务诚信和社会信用体系建设，根据《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》等规定，结合本市实际，制定本办法。

**第二条** 本市行政机关和法律、法规授权的具有管理公共事务职能的组织作出的行政许可、行政处罚决定，除法律、法规另有规定外，应当通过“信用示例市”网站向社会公示。

**第三条** 行政许可、行政处罚决定信息应当自作出决定之日起~~7个工作日内~~**7个自然日内**上传市公共信用信息平台，并按照国家《“双公示”数据标准》报送下列数据项：

| 数据类别 | 主要数据项 | 报送频率 |
| --- | --- | --- |
| 行政许可 | 行政相对人名称、统一社会信用代码、许可决定文书号、许可内容、有效期 | 每日 |
| 行政处罚 | 行政相对人名称、处罚决定书文号、违法事实、处罚依据、处罚内容 | 每日 |
| 红黑名单 | 主体名称、认定部门、认定文号、认定日期、有效期 | 每周 |

**第四条** 公示信息涉及自然人的，应当对姓名、身份证件号码、联系方式等个人信息作脱敏处理；涉及未成年人的，不予公示；涉及国家秘密、商业秘密的，依法不予公示。

**第五条** 信用主体认为公示信息存在错误、遗漏的，可以向数据提供单位或者市社会信用体系建设领导小组办公室提出异议。异议处理期间，网站暂停公示相关信息。

**第六条** 本办法自2026年4月1日起施行，有效期五年。

示例市人民政府办公室
2026年3月18日
"""
    n["2026-q3-work-meeting.md"] = f"""---
title: 我市召开2026年第三季度社会信用体系建设工作推进会
date: 2026-09-24
category: 信用动态
issuer: {OFFICE}
---

9月23日，市社会信用体系建设领导小组办公室召开2026年第三季度工作推进会，通报前三季度“双公示”数据报送质量和信用修复办理情况，部署下一阶段重点工作。

会议指出，今年以来全市各单位累计报送行政许可信息一万二千余条、行政处罚信息三千余条，数据合规率、及时率均保持在99%以上。市场监管、生态环境、交通运输等部门建立“首违不罚”清单，对轻微违法行为依法不予公示。

会议要求：

- 进一步提高数据质量，杜绝漏报、迟报、错报；
- 严格落实个人信息保护要求，公示信息中不得出现完整身份证号码和手机号码；
- 持续做好信用修复“一网通办”，压缩办理时限。

<script>alert(1)</script>

<div style="display:none">本段为网页编辑器遗留的排版代码。</div>

会议材料请点击[下载附件](javascript:alert(1))，或访问[信用示例市](https://credit.example.gov.cn/)查看。
"""
    n["2026-typical-cases.md"] = f"""---
title: 2026年第二批失信惩戒和信用修复典型案例
date: 2026-11-06
category: 典型案例
doc_number: 示信用办〔2026〕13号
issuer: {OFFICE}
---

为发挥典型案例的警示教育和示范引导作用，现将我市2026年第二批失信惩戒和信用修复典型案例公布如下。

### 案例一：某食品公司生产经营添加非食用物质食品案

经查，当事人在生产的卤制品中违法添加非食用物质，市市场监督管理局依法没收违法所得、罚款，吊销其食品生产许可证，并对其法定代表人作出五年内不得从事食品生产经营管理工作的处理。该公司被列入严重违法失信名单，在政府采购、招标投标等领域依法受到限制。

### 案例二：某物流公司主动纠错完成信用修复

当事人因危险废物贮存不规范被处以罚款。处罚决定作出后，当事人主动缴纳罚款、完成整改，并在最短公示期届满后通过网上申请完成信用修复，用时仅3个工作日。

| 案例 | 失信行为 | 处理结果 |
| --- | --- | --- |
| 案例一 | 添加非食用物质 | 罚款、吊销许可证件、限制从业 |
| 案例二 | 危险废物贮存不规范 | 罚款，已完成信用修复 |

广大经营主体要引以为戒，依法诚信经营。失信行为线索可通过“信用示例市”网站或者拨打0717-6220000反映。
"""
    n["2026-draft-rating-plan.md"] = f"""---
title: 示例市2027年度公共信用综合评价工作方案（征求意见稿）
date: 2026-11-15
category: 通知公告
doc_number: 示信用办〔2026〕14号
issuer: {OFFICE}
draft: true
---

**本文为草稿，尚未发布。**

为建立以信用为基础的新型监管机制，拟对全市经营主体开展公共信用综合评价，评价结果分为A、B、C、D四个等级。
"""
    n["2026-a-taxpayer-publicity.md"] = f"""---
title: 关于2025年度纳税信用A级纳税人名单的公示
date: 2026-04-20
category: 通知公告
doc_number: 示税函〔2026〕41号
issuer: 国家税务总局示例市税务局
expires: 2026-06-30
---

根据《纳税信用管理办法》有关规定，经评价，现将2025年度纳税信用A级纳税人名单予以公示。公示期内，如有异议，请以书面形式向国家税务总局示例市税务局反映。

1. 示例市恒通建材有限公司
2. 示例市康润食品有限公司
3. 示例市清江水务有限公司

公示期：2026年4月20日至2026年6月30日。
"""
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--content", default=os.path.join(here, "Content"))
    ap.add_argument("--doc", default=None, help="also write the description table to this path")
    args = ap.parse_args()

    root = args.content
    for sub in ("licensing", "penalties", "lists", "events", "notices"):
        p = os.path.join(root, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "site.yaml"), "wb") as fh:
        fh.write((SITE_YAML + authorities_yaml()).encode("utf-8"))
    os.makedirs(os.path.join(root, "notices"))
    for name, text in notices().items():
        with open(os.path.join(root, "notices", name), "wb") as fh:
            fh.write(text.encode("utf-8"))

    assign_upload_times()
    by_file = {}
    for r in ALL:
        by_file.setdefault(r["file"], []).append(r)
    for path in sorted(by_file):
        write_file(root, path, by_file[path])

    self_check()
    if args.doc:
        with open(args.doc, "wb") as fh:
            fh.write(make_doc().encode("utf-8"))


def self_check():
    # identifiers
    for r in ALL:
        for k, v in r["f"].items():
            if k.endswith("SHXYM") or k.endswith("JGDM") or k.endswith("LYDM") or k.endswith("LYDWDM"):
                assert v == PLACEHOLDER or uscc_valid(v), (k, v)
            if k.endswith("ZJHM"):
                assert id_valid(v), (k, v)
        if r["kind"] in ("penalties", "licensing"):
            d = r["f"]["CF_JDRQ" if r["kind"] == "penalties" else "XK_JDRQ"]
            assert d <= AS_OF, r["f"]
        if r["kind"] == "licensing":
            e = r["f"].get("XK_YXQZI")
            assert e in ("", "长期", None) or e >= r["f"]["XK_YXQZ"], r["f"]
    # every 处罚类别 and 许可类别 used
    cats = set()
    for r in ALL:
        if r["kind"] == "penalties":
            cats.update(split_cats(r["f"]["CF_CFLB"]))
    want = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件",
            "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}
    assert cats == want, want - cats
    assert {r["f"]["XK_XKLB"] for r in ALL if r["kind"] == "licensing"} == {"普通", "特许", "认可", "核准", "登记", "其他"}
    # keys: exactly one duplicate (penalties)
    seen, dups = {}, []
    for r in ALL:
        if r["kind"] == "events":
            continue
        k = (r["kind"],) + key_of(r)
        if k in seen:
            dups.append(k)
        seen[k] = r
    assert len(dups) == 1 and dups[0][0] == "penalties", dups
    live = [r for r in ALL if r["kind"] != "events" and seen[(r["kind"],) + key_of(r)] is r]
    # events: exactly one live target each
    for e in ALL:
        if e["kind"] != "events":
            continue
        hits = [r for r in live if e in events_for(r)]
        assert len(hits) == 1, (e["f"], len(hits))
    for r in live:
        r["expect"] = expect(r)
        o, _, end = r["expect"]
        if end is not None:
            assert abs((end - AS_OF).days) > 3, (r["f"], end)
    for r in ALL:
        if r["kind"] != "events" and "expect" not in r:
            r["expect"] = ("replaced", "", None)
    # all hidden reasons present
    got = {r["expect"][0] for r in ALL if r["kind"] != "events"}
    need = {"shown", "not-yet", "expired", "minor-severity", "repaired", "objection", "revoked", "unapproved",
            "internal-use", "minor-person", "status", "replaced"}
    assert got == need, (need - got, got - need)


def subject_label(r):
    s = r["subj"]
    if s["kind"] == "person":
        return s["name"][0] + "*" * (len(s["name"]) - 1) + "（自然人）"
    return s["name"]


def record_no(r):
    f = r["f"]
    return f.get("CF_WSH") or f.get("XK_WSH") or f.get("MD_RDWH")


def expected_report(first=dt.date(AS_OF.year, 1, 1), last=AS_OF):
    """Per department: decisions counted and the late ones, as `creditcity report` must find them."""
    depts = {}
    for r in ALL:
        if r["kind"] not in ("penalties", "licensing") or r["expect"][0] == "replaced":
            continue
        f = r["f"]
        decided = f.get("CF_JDRQ") or f.get("XK_JDRQ")
        if not (first <= decided <= last):
            continue
        dept = depts.setdefault(f.get("CF_SJLY") or f.get("XK_LYDW"), {"count": 0, "late": []})
        dept["count"] += 1
        uploaded = r.get("uploaded") or sjc_day(f.get("SJC")) or AS_OF  # no SJC: first seen by the build that day
        due = working_day_after(decided, DEADLINE)
        if uploaded > due:
            dept["late"].append((f.get("CF_WSH") or f.get("XK_WSH"), decided, uploaded, due,
                                 working_days_between(due, uploaded), "SJC" in f))
    return depts


def sjc_day(value):
    """The day of an SJC as this script writes it (a date, or text starting with yyyy?mm?dd or yyyymmdd)."""
    if value is None or isinstance(value, dt.date):
        return value
    digits = "".join(c for c in value if c.isdigit())
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def report_doc(w):
    depts = expected_report()
    late = sum(len(d["late"]) for d in depts.values())
    w("## The timeliness report\n")
    w("The 2026 licensing and penalty files of the platform carry `SJC` 数据更新时间, each in its own form "
      "(`2026/01/20 10:32:15` in the GB18030 file, `20260415093000` in the JSON Lines, `2026-10-29 10:15:00` "
      "in the CSV with BOM, `2026-03-05T09:30:00+08:00` in the JSON array; the 2016-template file its "
      "数据更新时间戳 where a row has one): most decisions went online 1–7 working days after the decision, "
      "but the 交通运输局, the 城市管理执法委员会, the 应急管理局 and the 卫生健康委员会 are often late. The "
      "departments' workbook (`2026-q4-departments.xlsx`) has no SJC, nor have the archives (`2018-2025.csv`, "
      "`2023-2025.csv`): the report then uses the day a build first saw each record, here the reference day "
      "(`首次构建`). A re-sent correction carries the SJC of its correction (the later row wins).\n")
    w("`creditcity report --as-of 2026-11-22` (the year to date: decisions of 2026-01-01 to 2026-11-22) must "
      "find %d decisions of %d departments, %d of them online more than %d working days after the decision "
      "(computed by this script with its own copy of the 2025–2026 calendar):\n" % (
          sum(d["count"] for d in depts.values()), len(depts), late, DEADLINE))
    w("| 数据来源单位 | decisions | late |")
    w("| --- | ---: | ---: |")
    for name in sorted(depts):
        w("| %s | %d | %d |" % (name, depts[name]["count"], len(depts[name]["late"])))
    w("")
    w("| 数据来源单位 | 文书号 | 决定日期 | 上网日期 | 应上网截止 | 超期工作日 |")
    w("| --- | --- | --- | --- | --- | ---: |")
    for name in sorted(depts):
        for wsh, decided, uploaded, due, days, _ in sorted(depts[name]["late"], key=lambda x: (-x[4], x[1], x[0])):
            w("| %s | %s | %s | %s | %s | %d |" % (name, wsh, decided, uploaded, due, days))
    w("")


def make_doc():
    from collections import Counter
    out = []
    w = out.append
    w("# The example content (信用示例市)\n")
    w("`Content/` is written by `scripts/make-example-content.py` (Python 3.11, standard library plus openpyxl for "
      "the one workbook; fixed seed and fixed workbook metadata, so two runs give byte-identical files). "
      "Regenerate it and this page with\n")
    w("```sh\npython3 scripts/make-example-content.py --doc docs/example-content.md\n```\n")
    w("Everything is fictional: the city 示例市 (region code 420500), its bureaus, companies and people. "
      "Every 统一社会信用代码 (including the embedded GB 11714 organisation code) and every 公民身份号码 is "
      "checksum-valid; government bodies use codes starting `11`, enterprises `91`, 个体工商户 `92` (or the "
      "placeholder `00000000000000000X`), 事业单位 `12`, social organisations `52`/`51`, the cooperative `93`. "
      "No record is meant to be rejected; the only diagnostics expected are one duplicate-key warning "
      "(penalties), one unknown-column warning (`序号` in the GB18030 file) and one title-row warning (the "
      "merged title above the header of the workbook's sheet `10月`).\n")
    w("The expectations below are for `--as-of 2026-11-22`, with the default policy written out in `site.yaml` "
      "(plus `status_codes: {\"1\": 有效, \"2\": 无效, \"3\": 撤销}`). No display period ends within three days "
      "of that day, so inclusive/exclusive end conventions do not change any outcome.\n")
    w("## Files\n")
    w("| file | format | encoding | line ends | headers | records |")
    w("| --- | --- | --- | --- | --- | --- |")
    desc = {
        F1: ("CSV, RFC 4180 quoting (commas, doubled quotes, an embedded newline)", "UTF-8, no BOM", "LF", "field codes"),
        F2: ("CSV as written by Excel on Chinese Windows, extra `序号` column", "GB18030", "CRLF", "Chinese names"),
        F3: ("JSON Lines", "UTF-8", "LF", "field codes"),
        F4: ("CSV", "UTF-8 with BOM", "CRLF", "field codes"),
        L1: ("CSV", "UTF-8 with BOM", "CRLF", "field codes"),
        L2: ("JSON array (status as codes \"1\"/\"2\"/\"3\")", "UTF-8", "LF", "field codes"),
        M1: ("CSV, no 审核状态 column", "UTF-8, no BOM", "LF", "Chinese names"),
        M2: ("CSV with `MD_SHZT` column", "UTF-8 with BOM", "CRLF", "field codes"),
        M3: ("JSON array, no `MD_SHZT`", "UTF-8", "LF", "field codes"),
        E1: ("CSV", "UTF-8, no BOM", "LF", "Chinese names"),
        E2: ("JSON Lines", "UTF-8", "LF", "field codes"),
        F5: ("CSV in the 2016 template (V1.0): 处罚类别 and 当前状态 as codes, `YYYY/MM/DD` dates, 数据更新时间戳; "
             "no 类别, authority code or 数据来源单位 (filled in from site.yaml `authorities`)", "GB18030", "CRLF",
             "2016 Chinese names"),
        F6: ("Excel workbook written by openpyxl: sheet `10月` under a merged title row, `11月` with its header on "
             "row 1; dates in date cells, amounts as numbers", "—", "—", "Chinese names"),
    }
    counts = Counter(r["file"] for r in ALL)
    w("| `site.yaml` | YAML | UTF-8 | LF | — | — |")
    for path in sorted(FILES):
        fmt, enc, nl, hdr = desc[path]
        w("| `%s` | %s | %s | %s | %s | %d |" % (path, fmt, enc, nl, hdr, counts[path]))
    w("| `notices/*.md` | YAML front matter + GFM | UTF-8 | LF | — | 6 |")
    w("")
    w("Dates use several accepted forms: `2026-11-21`, `2026/11/21`, `2026/1/5`, `2026年11月21日`, `20261121`, "
      "plus `长期`, `2099-12-31` and an empty 有效期至 for \"no end\". Amounts are in 万元 (`0.3`, `2`, `15.5`).\n")
    total = Counter(r["kind"] for r in ALL)
    shown = Counter(r["kind"] for r in ALL if r.get("expect", ("",))[0] == "shown")
    w("## Counts\n")
    w("| dataset | rows | distinct records | shown on 2026-11-22 |")
    w("| --- | --- | --- | --- |")
    for k in ("licensing", "penalties", "lists"):
        distinct = sum(1 for r in ALL if r["kind"] == k and r["expect"][0] != "replaced")
        w("| %s | %d | %d | %d |" % (k, total[k], distinct, shown[k]))
    red = [r for r in ALL if r["kind"] == "lists" and r["f"]["MD_LB"] == "红名单"]
    black = [r for r in ALL if r["kind"] == "lists" and r["f"]["MD_LB"] == "黑名单"]
    w("| … of which 红名单 | %d | | %d |" % (len(red), sum(1 for r in red if r["expect"][0] == "shown")))
    w("| … of which 黑名单 | %d | | %d |" % (len(black), sum(1 for r in black if r["expect"][0] == "shown")))
    w("| events | %d | | |" % total["events"])
    w("| notices | 6 | | 4 |")
    w("")
    w("## Notices\n")
    w("| file | category | outcome |")
    w("| --- | --- | --- |")
    w("| `2026-credit-repair-guide.md` | 通知公告 | shown; table, strikethrough, ordered and bullet lists, a link and a bare autolink |")
    w("| `2026-disclosure-rules.md` | 政策法规 | shown; table, strikethrough inside bold text |")
    w("| `2026-q3-work-meeting.md` | 信用动态 | shown; raw `<script>alert(1)</script>` and `<div>` and a `[下载附件](javascript:alert(1))` link, all of which the renderer must neutralise; no doc_number |")
    w("| `2026-typical-cases.md` | 典型案例 | shown; headings and a table |")
    w("| `2026-draft-rating-plan.md` | 通知公告 | hidden: `draft: true` |")
    w("| `2026-a-taxpayer-publicity.md` | 通知公告 | hidden: `expires: 2026-06-30` has passed |")
    w("")
    w("## Rules exercised\n")
    w("Outcome is `shown` or the hidden reason (not-yet, expired, minor-severity, repaired, objection, revoked, "
      "unapproved, internal-use, minor-person, status); `replaced` is the earlier row of the one duplicate key. "
      "`line` is the physical start line for CSV (header = 1), the 1-based position in a JSON array, the line in "
      "JSON Lines. Rows without a note are ordinary records or further members of a batch described just above "
      "(one 认定文号 for several subjects); their outcome is still given.\n")
    for kind, title in (("penalties", "行政处罚"), ("licensing", "行政许可"), ("lists", "红黑名单")):
        w("### %s (%s)\n" % (title, kind))
        w("| file:line | 文书号 | subject | outcome | what it exercises |")
        w("| --- | --- | --- | --- | --- |")
        for r in ALL:
            if r["kind"] != kind:
                continue
            o, detail, end = r["expect"]
            extra = ""
            if kind == "penalties" and o not in ("status", "internal-use", "replaced"):
                extra = " (%s%s)" % (severity(r["f"], r["subj"]), ", until %s" % end if end and o == "shown" else "")
            elif end and o == "shown":
                extra = " (until %s)" % end
            where = r["file"].split("/")[1] + ("[%s]" % r["sheet"] if r.get("sheet") else "")
            w("| `%s:%d` | %s | %s | **%s**%s | %s |" % (where, r["line"], record_no(r),
                                                           subject_label(r), o, extra, r["note"]))
        w("")
    w("### Events\n")
    w("| file:line | 记录类型 | 文书号 | 机关 / 主体 given | 事件 | date | note |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for r in ALL:
        if r["kind"] != "events":
            continue
        f = r["f"]
        given = ", ".join(x for x in ("SJ_JG" if "SJ_JG" in f else "", "SJ_XDR" if "SJ_XDR" in f else "") if x) or "—"
        note = "after the reference day: no effect yet" if f["SJ_RQ"] > AS_OF else ""
        w("| `%s:%d` | %s | %s | %s | %s | %s | %s |" % (r["file"].split("/")[1], r["line"], f["SJ_JLLX"],
                                                          f["SJ_WSH"], given, f["SJ_LX"], f["SJ_RQ"], note))
    w("")
    w("Every event type occurs, and every record kind is the target of events: 异议, 异议办结 and 撤销 on all four "
      "kinds; 信用修复 on 行政处罚 and 黑名单 only, the two kinds where the spec gives it a meaning. Every event "
      "matches exactly one record. Penalty and licensing events carry `SJ_JG` (credit code or name; one "
      "penalty event omits it because its 文书号 is unique); `许可〔2025〕第018号` is used by two authorities, so "
      "its event needs `SJ_JG`. List events carry `SJ_XDR` (credit code, or the name for natural persons and one "
      "organisation) because several entries share one 认定文号.\n")
    report_doc(w)
    w("## Privacy material\n")
    w("- Every organisation row carries `*_FRDB`, `*_FR_ZJLX` = 身份证 and a valid `*_FR_ZJHM`: the two "
      "法定代表人证件 fields must never reach Output/.")
    w("- Natural persons (自然人) carry full, valid 公民身份号码 in `*_XDR_ZJHM`; they must appear masked "
      "(`4205**********123X` style) with masked names (`张*`, `欧阳明辉` → `欧***`).")
    w("- Free text with personal data to be masked: 违法事实 with `13812345678` (%s), with a full ID number "
      "(%s) and with `+86 139 1234 5678` (%s); 备注 with `138-1234-5678` (%s) and with an ID number and "
      "`+86 139 1234 5678` (%s); 许可内容 with `13812345678` (%s, expired, so only relevant if shown)." % (
          p_mobile1["f"]["CF_WSH"], p_id_in_text["f"]["CF_WSH"], p_mobile3["f"]["CF_WSH"],
          p_id_in_text["f"]["CF_WSH"], l_id_text["f"]["XK_WSH"], l_mobile_nr["f"]["XK_WSH"]))
    w("- The minor (born 2010-03-08) appears only in %s and must not appear anywhere in Output/." %
      p_minor["f"]["CF_WSH"])
    w("- The contact phone in `site.yaml` is the landline `0717-6220000`, which is not a mobile number.")
    w("")
    return "\n".join(out)


if __name__ == "__main__":
    main()
