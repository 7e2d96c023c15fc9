"""Build kg/data/admin/* from the jionlp wheel's location dictionaries.

Why a build step: kg must run offline and must not depend on jionlp at run
time (it is large and pulls in many dependencies); we only need its data
files, reduced to compact TSVs that ``kg.resources.table`` can read.

Usage (see kg/data/admin/SOURCE.md)::

    pip download --no-deps jionlp==1.5.31 -d /tmp/jionlp
    python tools/build_admin_data.py /tmp/jionlp/jionlp-1.5.31-py2.py3-none-any.whl

Outputs (deterministic for a given wheel):

* ``divisions.tsv.gz``: code, name, level (province|city|county|town),
  parent_code, short (``|``-separated short forms and former names).
  Town codes are NOT official: jionlp has no township codes, so a town gets
  ``<parent code>-<nnn>`` (towns of a county numbered in name order).
* ``villages.tsv.gz``: parent_code (a town code), names (``|``-separated
  villages / communities of that town).
* ``world.tsv``: name, full, kind (country|city), country — foreign places.
"""
from __future__ import annotations

import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "admin"

ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
    "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
# longest first so that 土家 wins over 土, 蒙古 over 蒙 …
_ETH = "|".join(sorted(ETHNIC, key=len, reverse=True))
AUTONOMOUS = re.compile(rf"^(.+?)(?:(?:{_ETH})族)+自治(州|县|旗)$")
ETHNIC_TOWN = re.compile(rf"^(.+?)(?:(?:{_ETH})族)+(乡|镇|苏木)$")

# shortened forms that are ordinary words, not names: never emitted
GENERIC = {
    "城关", "城郊", "城区", "郊区", "矿区", "城东", "城西", "城南", "城北", "城中", "新城", "老城",
    "中心", "新区", "开发", "工业", "经济", "高新", "市辖", "市直辖", "省直辖", "直辖", "市中",
    "人民", "解放", "和平", "胜利", "新华", "建设", "前进", "红旗", "东风", "团结", "光明",
    "友谊", "民主", "幸福", "新村", "农场", "林场", "牧场", "园区", "街道", "城镇", "集镇",
}
PSEUDO = ("市直辖", "省直辖", "区直辖", "县直辖", "直辖行政区划")
RENAME_SKIP = {"城区", "郊区", "矿区"}
CORRECTIONS = Path(__file__).resolve().parent / "admin_corrections.tsv"


ZONE = re.compile(r"(开发区|管理区|示范区|园区|实验区|试验区|合作区)$")
ZONE_ABBR = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("经济开发区", "经开区"))


def _ok(short: str, full: str) -> bool:
    return len(short) >= 2 and short != full and short not in GENERIC


def short_forms(name: str, level: str, alias: str | None) -> list[str]:
    """Short forms a news text uses for a division (马鞍山市→马鞍山)."""
    out: list[str] = []

    def add(s: str) -> None:
        if _ok(s, name) and s not in out:
            out.append(s)

    if level == "county" and ZONE.search(name):
        # development zones: jionlp's alias is the bare kind (高新区); abbreviate instead
        for long, abbr in ZONE_ABBR:
            if name.endswith(long) and len(name) > len(long) + 1:
                add(name[: -len(long)] + abbr)
        return out
    if alias and level != "town" and not alias.endswith("直辖"):
        add(alias)
    m = AUTONOMOUS.match(name)
    if m:
        add(m.group(1))
        add(m.group(1) + m.group(2))  # 黔东南州, 三江县
    if level == "province":
        for suf in ("省", "市"):  # 自治区 / 特别行政区: jionlp's alias (新疆, 香港)
            if name.endswith(suf):
                add(name[: -len(suf)])
                break
    elif level == "city":
        for suf in ("地区", "市", "盟"):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                add(name[: -len(suf)])
                break
    elif level == "county":
        # 2-char full names (歙县, 城区) stay full: one char is no name
        for suf in ("特区", "林区", "县", "区", "市", "旗"):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                add(name[: -len(suf)])
                break
    elif level == "town":
        m = ETHNIC_TOWN.match(name)
        if m:
            add(m.group(1))
            add(m.group(1) + m.group(2))
        elif name.endswith(("镇", "乡")) and len(name) >= 3:
            add(name[:-1])
        elif name.endswith("苏木") and len(name) >= 4:
            add(name[:-2])
    return out


def read_wheel(path: Path) -> tuple[str, str, str]:
    """The three dictionary files, decoded, straight from the wheel."""
    with zipfile.ZipFile(path) as whl:
        inner = whl.read("jionlp/dictionary/china_location.zip")
        change = whl.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
        world = whl.read("jionlp/dictionary/world_location.txt").decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(inner)) as z:
        loc = z.read("china_location.txt").decode("utf-8")
    return loc, change, world


def build(loc: str, change: str) -> tuple[list[list[str]], list[list[str]]]:
    """Rows of divisions and villages from jionlp's indented location tree."""
    rows: dict[str, list] = {}  # code -> [code, name, level, parent, shorts]
    towns: dict[str, list[str]] = {}  # parent code -> town names (file order)
    villages: dict[tuple[str, str], list[str]] = {}
    prov = city = county = None  # codes of the current ancestors
    town: tuple[str, str] | None = None
    for line in loc.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        name = fields[0]
        if not name:
            continue
        code = fields[1] if len(fields) == 3 and re.fullmatch(r"\d{6}", fields[1]) else None
        alias = fields[2] if len(fields) == 3 else None
        if depth == 0:
            prov, city, county, town = code, None, None, None
            rows[code] = [code, name, "province", "", short_forms(name, "province", alias)]
        elif depth == 1:
            county, town = None, None
            if code is None or name.startswith(PSEUDO) or code == prov:
                city = None  # municipality / 省直辖: counties hang off the province
                continue
            city = code
            rows[code] = [code, name, "city", prov, short_forms(name, "city", alias)]
        elif depth == 2:
            town = None
            parent = city or prov
            if name.startswith(PSEUDO):
                county = None  # 市直辖 (中山, 东莞): towns hang off the city
                continue
            if code is None or code in rows:
                county = ""  # HK/Macau/Taiwan districts without a code of their own: skipped
                continue
            county = code
            rows[code] = [code, name, "county", parent, short_forms(name, "county", alias)]
        elif depth == 3:
            if county == "":
                town = None
                continue
            parent = county or city or prov
            if parent is None:
                town = None
                continue
            if name.startswith(PSEUDO):
                town = (parent, "")  # 区直辖: villages hang off the county
                continue
            towns.setdefault(parent, []).append(name)
            town = (parent, name)
        elif depth == 4 and town is not None:
            villages.setdefault(town, []).append(name)

    town_code: dict[tuple[str, str], str] = {}
    for parent, names in towns.items():
        for i, name in enumerate(sorted(dict.fromkeys(names)), 1):
            code = f"{parent}-{i:03d}"
            town_code[(parent, name)] = code
            rows[code] = [code, name, "town", parent, short_forms(name, "town", None)]

    _add_renames(rows, change)
    apply_corrections(rows, read_corrections(CORRECTIONS))

    div_rows = [[r[0], r[1], r[2], r[3], "|".join(r[4])] for r in sorted(rows.values(), key=lambda r: r[0])]
    vil_rows = []
    for (parent, tname), names in villages.items():
        code = town_code.get((parent, tname), parent)
        vil_rows.append([code, "|".join(dict.fromkeys(n for n in names if "|" not in n))])
    vil_rows.sort()
    return div_rows, vil_rows


def _add_renames(rows: dict[str, list], change: str) -> None:
    """Former names (rename log) as aliases of the division that replaced them."""
    taken = {r[1] for r in rows.values()} | {s for r in rows.values() for s in r[4]}
    by_path: dict[tuple[str, ...], str] = {}
    for code, r in rows.items():
        if r[2] in ("city", "county"):
            parent = rows.get(r[3])
            by_path[(parent[1] if parent else "", r[1])] = code
    for line in change.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>", 1)
        old_f, new_f = old.split("\t"), new.split("\t")
        # old: date, dept, prov, prov_short, city, city_short[, county, county_short]
        if len(old_f) == 8 and len(new_f) == 3:
            old_name, old_short = old_f[6], old_f[7]
            key = (new_f[1], new_f[2])
        elif len(old_f) == 6 and len(new_f) == 2:
            old_name, old_short = old_f[4], old_f[5]
            key = (new_f[0], new_f[1])
        else:
            continue
        code = by_path.get(key)
        if code is None:  # new county under a city: parent is the city
            continue
        r = rows[code]
        if old_name == r[1] or old_name in RENAME_SKIP:
            continue
        for alias in (old_name, old_short):
            if alias in r[4] or alias == r[1] or not _ok(alias, r[1]):
                continue
            if alias != old_name and alias in taken:
                continue  # an old short form that now names something else
            r[4].append(alias)


def read_corrections(path: Path) -> list[tuple[str, str, list[str]]]:
    """(code, new name, former names) rows of ``admin_corrections.tsv``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, former, _note = line.split("\t")
        out.append((code, name, [f for f in former.split("|") if f]))
    return out


def apply_corrections(rows: dict[str, list], corrections: list[tuple[str, str, list[str]]]) -> None:
    """Renames the source data misses: the new name, its short forms, the former names as aliases."""
    for code, name, former in corrections:
        r = rows[code]
        shorts = short_forms(name, r[2], None)
        kept = [s for s in r[4] if s not in shorts and s != name]
        r[1] = name
        r[4] = list(dict.fromkeys(shorts + kept + [f for f in former if f != name]))


def build_world(world: str) -> list[list[str]]:
    """Foreign countries and their well-known cities (for is_china_place)."""
    out: list[list[str]] = []
    for line in world.splitlines():
        f = line.strip().split("\t")
        if len(f) < 2 or line.rstrip().endswith(":"):
            continue
        country, full = f[0], f[1]
        out.append([country, full, "country", country])
        if country == "中国":
            continue  # Chinese cities come from the division table
        for city in [f[2]] if len(f) > 2 else []:
            out.append([city, city, "city", country])
        if len(f) > 3:
            for city in f[3].split("/"):
                if city:
                    out.append([city, city, "city", country])
    return out


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if path.suffix == ".gz":
        # mtime=0: byte-identical output on every run
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    loc, change, world = read_wheel(Path(argv[1]))
    div_rows, vil_rows = build(loc, change)
    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "divisions.tsv.gz", ["code", "name", "level", "parent_code", "short"], div_rows)
    _write(OUT / "villages.tsv.gz", ["parent_code", "names"], vil_rows)
    _write(OUT / "world.tsv", ["name", "full", "kind", "country"], build_world(world))
    print(f"{len(div_rows)} divisions, {sum(r[1].count('|') + 1 for r in vil_rows)} villages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
