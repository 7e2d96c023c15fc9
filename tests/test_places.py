"""Gazetteer and joint place resolution: the conventions kg's graph relies on."""
from __future__ import annotations

import time

import pytest

from kg import places
from kg.places import Division, load, resolve_places, split_run_together


def test_load_is_cached_and_fast() -> None:
    places.load.cache_clear()
    t = time.perf_counter()
    gaz = load()
    assert time.perf_counter() - t < 2.0
    assert load() is gaz


def test_chain_of_county_code() -> None:
    chain = load().chain("410122")  # 中牟县
    assert [(d.name, d.level) for d in chain] == [("河南省", "province"), ("郑州市", "city"), ("中牟县", "county")]
    assert load().by_code("410122") == Division("410122", "中牟县", "county", "410100")


@pytest.mark.parametrize(
    "short, full",
    [("马鞍山", "马鞍山市"), ("中牟", "中牟县"), ("新疆", "新疆维吾尔自治区"),
     ("黔东南", "黔东南苗族侗族自治州"), ("鄂尔多斯", "鄂尔多斯市"), ("黔东南州", "黔东南苗族侗族自治州")],
)
def test_short_forms(short: str, full: str) -> None:
    assert full in [d.name for d in load().candidates(short)]


def test_short_forms_never_single_char_and_two_char_counties_keep_full_name() -> None:
    gaz = load()
    assert gaz.short_forms("341021") == ()  # 歙县
    assert [d.name for d in gaz.candidates("歙县")] == ["歙县"]
    assert all(len(s) >= 2 for s, _ in gaz.surface_forms(("province", "city", "county")))


@pytest.mark.parametrize(
    "names, key, province, city, county",
    [
        (["鼓楼区"], "鼓楼区", None, None, None),
        (["鼓楼区", "福州市"], "鼓楼区", "福建省", "福州市", "鼓楼区"),
        (["朝阳区", "长春"], "朝阳区", "吉林省", "长春市", "朝阳区"),
        (["中牟县", "万滩镇", "董岗村"], "董岗村", "河南省", "郑州市", "中牟县"),
        (["桃江县", "西峰寺村", "东莞", "深圳"], "西峰寺村", "湖南省", "益阳市", "桃江县"),
        (["广州市", "水榭华城"], "水榭华城", "广东省", "广州市", None),
        (["大渡口区", "重庆"], "大渡口区", "重庆市", "重庆市", "大渡口区"),
        (["万宁市", "长丰镇"], "长丰镇", "海南省", None, "万宁市"),
        (["黄圃镇"], "黄圃镇", "广东省", None, None),  # 中山 and 乐昌 both have one
        (["黄圃镇", "中山"], "黄圃镇", "广东省", "中山市", None),
        (["南宁经开区", "南宁市"], "南宁经开区", "广西壮族自治区", "南宁市", None),
        (["新郑新区", "新郑市"], "新郑新区", "河南省", "郑州市", "新郑市"),
    ],
)
def test_joint_resolution(names: list[str], key: str, province: str | None, city: str | None,
                          county: str | None) -> None:
    info = resolve_places(names)[key]
    assert (info.province, info.city, info.county) == (province, city, county)


def test_bare_ambiguous_town_short_name_needs_support() -> None:
    assert resolve_places(["城关镇"])["城关镇"].province is None
    assert resolve_places(["碣石", "陆丰市"])["碣石"].county == "陆丰市"


def test_outlet_hint_resolves() -> None:
    got = resolve_places(["黄圃", "大雁村"], hints=["中山日报"])
    assert got["黄圃"].city == "中山市" and got["大雁村"].city == "中山市"
    assert resolve_places(["郑蒲港新区"], hints=["马鞍山日报"])["郑蒲港新区"].city == "马鞍山市"


def test_run_together_split() -> None:
    assert split_run_together("马鞍山郑蒲港新区") == ["马鞍山", "郑蒲港新区"]
    assert split_run_together("黄冈高新区") == ["黄冈高新区"]
    assert split_run_together("马鞍山市") == ["马鞍山市"]
    assert split_run_together("文昌社区") == ["文昌社区"]
    got = resolve_places(["马鞍山郑蒲港新区", "郑蒲港新区", "武汉"], hints=["安徽财经网"])
    assert got["郑蒲港新区"].city == "马鞍山市" and got["郑蒲港新区"].county is None


@pytest.mark.parametrize("old, new", [("横县", "横州市"), ("下城区", "拱墅区"), ("龙海市", "龙海区")])
def test_renamed_division_found_under_old_name(old: str, new: str) -> None:
    assert new in [d.name for d in load().candidates(old)]


def test_china_and_foreign() -> None:
    assert places.is_china_place("武汉") is True
    assert places.is_china_place("美国") is False
    got = resolve_places(["美国", "中国"])
    assert got["美国"].level == "country" and got["美国"].province is None
    assert got["中国"].level == "country"


def test_place_written_after_a_town_sits_in_that_town() -> None:
    """石狮市宝盖镇|鸿达工业园: a non-division place takes the division that introduces it,
    even when the article is mostly about another province."""
    names = ["湖南省", "岳阳市", "岳阳", "石狮市", "宝盖镇", "鸿达工业园"]
    got = resolve_places(names, before={"鸿达工业园": "宝盖镇"})
    assert (got["鸿达工业园"].province, got["鸿达工业园"].city, got["鸿达工业园"].county) == ("福建省", "泉州市", "石狮市")
    assert got["鸿达工业园"].code is None


def test_landmark_after_a_county_is_not_a_town_elsewhere() -> None:
    """修武县|云台山 is a town of 焦作; written after a county of another province (连云区|云台山)
    it is a place in that county, not the town elsewhere."""
    got = resolve_places(["连云区", "云台山", "连云港市"], before={"云台山": "连云区"})
    assert (got["云台山"].province, got["云台山"].county, got["云台山"].code) == ("江苏省", "连云区", None)
    assert resolve_places(["连云区", "云台山", "连云港市"])["云台山"].province == "河南省"  # no host: the town


def test_street_missing_from_the_table_takes_the_articles_place() -> None:
    """A town-level name read only in provinces the article never names (解放路街道 of a far
    city) is a street of the article's own county that the table lacks or spells otherwise."""
    got = resolve_places(["江夏区", "武汉市", "中山路街道"])
    assert (got["中山路街道"].province, got["中山路街道"].city, got["中山路街道"].county) == ("湖北省", "武汉市", "江夏区")
    assert got["中山路街道"].code is None
    # once the article names the street's own city, the table's reading stands
    assert resolve_places(["江夏区", "武汉市", "青岛市", "中山路街道"])["中山路街道"].city == "青岛市"


def test_autonomous_division_without_its_ethnic_names() -> None:
    """威宁自治县 / 湘西州: an autonomous division written with the ethnic names dropped."""
    got = resolve_places(["威宁自治县", "湘西州", "恩施自治州"])
    assert got["威宁自治县"].county == "威宁彝族回族苗族自治县" and got["威宁自治县"].city == "毕节市"
    assert got["湘西州"].city == "湘西土家族苗族自治州"
    assert got["恩施自治州"].province == "湖北省"


def test_community_read_only_in_a_far_province_takes_the_articles_place() -> None:
    """Community names repeat from city to city like street names (锦绣社区)."""
    got = resolve_places(["雁塔区", "锦绣社区"])["锦绣社区"]
    assert (got.province, got.city, got.county, got.code) == ("陕西省", "西安市", "雁塔区", None)


def test_origin_city_after_a_county_stays_itself() -> None:
    """海淀区|晋江|商会: a city or county after a county of another province is that division;
    only a town-level reading becomes a landmark of the host (栾川县|老君山)."""
    got = resolve_places(["海淀区", "晋江"], before={"晋江": "海淀区"})["晋江"]
    assert (got.province, got.county) == ("福建省", "晋江市")


def test_town_listed_under_its_county_name_is_found_bare() -> None:
    """迁西县栗乡街道: the source prefixes some towns with their county; articles write 栗乡街道."""
    assert [d.code for d in load().candidates("栗乡街道")] == ["130227-018"]


def test_residents_district_is_not_split_off_a_short_form() -> None:
    """安达居民区: 居民区 is a class word, so no county short form is split off before it."""
    assert split_run_together("安达居民区") == ["安达居民区"]


def test_ent12_autonomous_division_named_after_its_people() -> None:
    """东乡族自治县 → 东乡, 鄂温克族自治旗 → 鄂温克旗: the short forms the table leaves out."""
    from kg.places import load
    g = load()
    assert "东乡族自治县" in {d.name for d in g.candidates("东乡")}
    assert [d.name for d in g.candidates("鄂温克旗")] == ["鄂温克族自治旗"]
    assert [d.name for d in g.candidates("察布查尔县")] == ["察布查尔锡伯自治县"]
    got = resolve_places(["临夏回族自治州", "东乡"])
    assert got["东乡"].county == "东乡族自治县" and got["东乡"].province == "甘肃省"
