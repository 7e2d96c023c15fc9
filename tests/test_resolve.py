"""Within-article merging of one referent's forms (resolve.py)."""
import pytest

from kg.model import Meta, Mention
from kg.resolve import resolve_entities


def groups(names, type_="ORG", places=()):
    ms = [Mention(n, type_, i * 40, i * 40 + len(n), "test") for i, n in enumerate(names)]
    ms += [Mention(p, "LOC", 1000 + i * 40, 1000 + i * 40 + len(p), "test") for i, p in enumerate(places)]
    ents = resolve_entities(ms, Meta(), "doc")
    return {(e.name, *e.aliases) for e in ents if e.type == type_}


@pytest.mark.parametrize("names,places,expected", [
    # a company's brand + head joins its full registered name
    (["江南星辉食品有限公司", "星辉公司"], ["江南"], {("江南星辉食品有限公司", "星辉公司")}),
    # the Party prefix 中共 and an outlet's app are spellings of one body
    (["中共沙河县委", "沙河县委"], ["沙河县"], {("中共沙河县委", "沙河县委")}),
    (["楚天网", "楚天网客户端"], [], {("楚天网客户端", "楚天网")}),
    # different brands stay apart
    (["星辉公司", "月明食品有限公司"], [], {("星辉公司",), ("月明食品有限公司",)}),
    # a locale-relative form joins the full name
    (["桃源县红十字会", "县红十字会"], ["桃源县"], {("桃源县红十字会", "县红十字会")}),
    # round 4: 中共X工委 ~ X党工委; a body after a short and a full place name
    (["中共江北新区工委", "江北新区党工委"], ["江北新区"], {("中共江北新区工委", "江北新区党工委")}),
    (["石桥镇中心卫生院", "石桥中心卫生院"], ["石桥镇"], {("石桥镇中心卫生院", "石桥中心卫生院")}),
    (["石桥镇中心卫生院", "石门中心卫生院"], ["石桥镇"], {("石桥镇中心卫生院",), ("石门中心卫生院",)}),
])
def test_merges(names, places, expected):
    assert groups(names, places=places) == expected


def test_zone_is_not_its_city_long_form():
    # 南宁经开区 is a zone inside 南宁, not a spelling of 南宁
    assert groups(["南宁经开区", "南宁", "南宁市"], type_="LOC") == {("南宁经开区",), ("南宁市", "南宁")}
