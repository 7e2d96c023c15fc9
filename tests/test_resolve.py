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
    # issue 5: the bare stationed team is the article's one named team
    (["县水利局驻石门村工作队", "驻村工作队"], [], {("县水利局驻石门村工作队", "驻村工作队")}),
    (["县水利局驻石门村工作队", "市林业局驻青山村工作队", "驻村工作队"], [],
     {("县水利局驻石门村工作队",), ("市林业局驻青山村工作队",), ("驻村工作队",)}),
])
def test_merges(names, places, expected):
    assert groups(names, places=places) == expected


def test_zone_is_not_its_city_long_form():
    # 南宁经开区 is a zone inside 南宁, not a spelling of 南宁
    assert groups(["南宁经开区", "南宁", "南宁市"], type_="LOC") == {("南宁经开区",), ("南宁市", "南宁")}


def test_place_after_a_town_is_resolved_under_it():
    """The mention right before a non-division place (宝盖镇|鸿达工业园) is its host division."""
    text_places = [("湖南省", 0), ("岳阳市", 10), ("岳阳", 20), ("石狮市", 30), ("宝盖镇", 33), ("鸿达工业园", 36)]
    ms = [Mention(n, "LOC", s, s + len(n), "test") for n, s in text_places]
    ents = {e.name: e for e in resolve_entities(ms, Meta(), "doc")}
    assert ents["鸿达工业园"].place.county == "石狮市"


def test_bare_short_form_joins_the_city_not_the_town_named_after_it():
    """青河 with 青河市 and 青河镇 in one article: two nodes, the short form is the city's."""
    ms = [Mention(n, "LOC", i * 10, i * 10 + len(n), "test") for i, n in enumerate(["青河", "青河市", "青河镇"])]
    got = {(e.name, *e.aliases) for e in resolve_entities(ms, Meta(), "doc")}
    assert got == {("青河市", "青河"), ("青河镇",)}


def test_locale_relative_form_joins_only_the_body_it_points_at():
    """东关镇侨联 … 西关镇侨联 … 镇侨联: three bodies, the bare form is the nearest one's alias."""
    ms = [Mention("东关镇侨联", "ORG", 0, 5, "test"), Mention("西关镇侨联", "ORG", 40, 45, "test"),
          Mention("镇侨联", "ORG", 60, 63, "test", full="西关镇侨联"),
          Mention("东关镇", "LOC", 0, 3, "test"), Mention("西关镇", "LOC", 40, 43, "test")]
    got = {(e.name, *e.aliases) for e in resolve_entities(ms, Meta(), "doc") if e.type == "ORG"}
    assert got == {("东关镇侨联",), ("西关镇侨联", "镇侨联")}


def test_village_body_after_its_county_and_town_also_goes_by_the_village_name():
    got = groups(["青山县白石镇红岩村党支部"], places=["青山县", "白石镇", "红岩村"])
    assert got == {("青山县白石镇红岩村党支部", "红岩村党支部")}
    assert groups(["红岩村党支部"], places=["红岩村"]) == {("红岩村党支部",)}


def test_autonomous_prefecture_short_name_joins_its_short_form() -> None:
    """甘孜 / 甘孜州: both short names of 甘孜藏族自治州 are one place."""
    assert groups(["甘孜", "甘孜州"], "LOC") == {("甘孜州", "甘孜")}


def test_short_form_after_another_body_joins_the_full_name():
    """青山中学北京校友会 … 北京校友会: the prefix is a body of the article, so the short
    form is the same association; with two such associations it stays apart."""
    assert groups(["青山中学北京校友会", "北京校友会", "青山中学"]) == {
        ("青山中学北京校友会", "北京校友会"), ("青山中学",)}
    assert groups(["青山中学北京校友会", "白石中学北京校友会", "北京校友会", "青山中学", "白石中学"]) >= {
        ("北京校友会",)}


def test_residents_district_is_a_grassroots_unit():
    got = groups(["金山镇红枫居民区党总支"], places=["金山镇", "红枫居民区"])
    assert got == {("金山镇红枫居民区党总支", "红枫居民区党总支")}


def test_group_short_form_joins_the_group_not_its_subsidiary():
    got = groups(["青州市恒达石油装备集团有限公司", "恒达集团", "青州市恒达物流有限公司"], places=["青州市"])
    assert got == {("青州市恒达石油装备集团有限公司", "恒达集团"), ("青州市恒达物流有限公司",)}
    # with no group-named full form, the group's short name is its registered company
    assert groups(["福建青禾体育用品股份有限公司", "青禾集团"], places=["福建"]) == {
        ("福建青禾体育用品股份有限公司", "青禾集团")}


@pytest.mark.parametrize("names,places,expected", [
    # ent10: 县政府 stands for the county's 人民政府 when the article names it in full
    (["石门县人民政府", "县政府"], ["石门县"], {("石门县人民政府", "县政府")}),
    # two counties' governments: the bare form points at neither
    (["石门县人民政府", "青山县人民政府", "县政府"], ["石门县", "青山县"],
     {("石门县人民政府",), ("青山县人民政府",), ("县政府",)}),
    # 团区委 is the district's Communist Youth League committee
    (["共青团江北市青山区委员会", "团区委"], ["江北市", "青山区"], {("共青团江北市青山区委员会", "团区委")}),
    (["共青团江北市委员会", "团区委"], ["江北市"], {("共青团江北市委员会",), ("团区委",)}),
    # 县疫情防控指挥部 is the county's long-named epidemic headquarters
    (["石门县新冠肺炎疫情联防联控工作领导小组指挥部", "县疫情防控指挥部"], ["石门县"],
     {("石门县新冠肺炎疫情联防联控工作领导小组指挥部", "县疫情防控指挥部")}),
    (["石门县新冠肺炎疫情联防联控工作领导小组指挥部", "市疫情防控指挥部"], ["石门县"],
     {("石门县新冠肺炎疫情联防联控工作领导小组指挥部",), ("市疫情防控指挥部",)}),
    # a group short form after a run of places (province + city) joins the full name
    (["江南青山星辉食品集团有限公司", "星辉集团"], ["江南", "青山"],
     {("江南青山星辉食品集团有限公司", "星辉集团")}),
])
def test_relative_and_run_of_places_forms(names, places, expected):
    assert groups(names, places=places) == expected


def test_a_class_noun_with_an_inner_body_joins_the_one_named_body() -> None:
    # 学校党总支 ~ 城南实验学校党总支 (resolve._class_inner_body)
    assert groups(["城南实验学校党总支", "学校党总支"]) == {("城南实验学校党总支", "学校党总支")}
    # with two such bodies it points at neither
    assert len(groups(["城南实验学校党总支", "城北中心学校党总支", "学校党总支"])) == 3
