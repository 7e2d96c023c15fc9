"""Round ent13 rules, on invented sentences (not corpus text)."""
import pytest

from kg.extract.entities import extract_mentions
from kg.extract.positions import extract_positions
from kg.model import Meta, Mention
from kg.places import resolve_places
from kg.resolve import resolve_entities


def names(text, type_):
    return {m.text for m in extract_mentions(text) if m.type == type_}


def pos(text):
    return {(p.person, p.title, p.org) for p in extract_positions(text, extract_mentions(text))}


def test_enum_last_name_before_adverb():  # per.enum: A、B主动…
    assert {"李文博", "周慧敏"} <= names("退休教师李文博、周慧敏主动报名参加值守。", "PER")


@pytest.mark.parametrize("text,expected", [
    # pos.copula: 当起了 / 担任, shared by a list, after 到 + a place
    ("返乡青年李文博、周慧敏主动报名当起了志愿者，每天登记车辆。",
     {("李文博", "志愿者", None), ("周慧敏", "志愿者", None)}),
    ("大学生黄志鹏也主动当起了志愿者，帮助分发物资。", {("黄志鹏", "志愿者", None)}),
    ("党员教师吴海燕、陈立新主动报名到所在村担任志愿者，参与排查。",
     {("吴海燕", "志愿者", None), ("陈立新", "志愿者", None)}),
])
def test_copula_volunteer(text, expected):
    assert expected <= pos(text)


def test_teacher_is_no_position():  # titles.tsv: 教师 / 老师 only confirm a name
    assert not any(t in ("教师", "老师") for _, t, _ in pos("学校教师、志愿者郑晓光连续多日坚守卡点。"))


def test_law_title_is_no_org():  # org.law_title
    assert "中华人民共和国红十字会" not in names("依照《中华人民共和国红十字会法》，本会公示如下。", "ORG")
    assert "县红十字会" in names("《慈善法》规定，县红十字会负责接收。", "ORG")


@pytest.mark.parametrize("text,full,part", [
    # org.suffix.inner: a head inside a longer compound head ends no name of its own
    ("5\t中共青山镇石桥村支部委员会\t3000.00", "中共青山镇石桥村支部委员会", "中共青山镇石桥村支部"),
    ("6\t青山县石门镇中心学校全体教职工\t9000.00", "青山县石门镇中心学校", "青山县石门镇中心"),
])
def test_compound_head(text, full, part):
    got = names(text, "ORG")
    assert full in got and part not in got


def test_common_noun_compound_before_place_led_firm():  # _common_noun_before_place: 合作伙伴
    got = names("该厂的长期合作伙伴宜昌市鸿运包装有限公司也捐赠了纸箱。", "ORG")
    assert "宜昌市鸿运包装有限公司" in got and not any(n.startswith("合作伙伴") for n in got)


@pytest.mark.parametrize("text,loc", [
    # loc.suffix.after_division: two chars between a town / district and 村 / 社区
    ("由通州区和顺社区居民包的饺子送到了医院。", "和顺社区"),
    ("慰问团来到白河镇新村社区核酸采样点。", "新村社区"),
    ("在石门镇后屯村卡点，工作人员登记车辆。", "后屯村"),
])
def test_unit_after_division(text, loc):
    assert loc in names(text, "LOC")


@pytest.mark.parametrize("text", ["全镇各村都设了卡点。", "白河镇农村社区全面排查。", "白河镇城市社区实行封闭管理。"])
def test_unit_after_division_refuses_class_words(text):
    assert not any(n.endswith(("村", "社区")) and len(n) <= 4 for n in names(text, "LOC") - {"白河镇"})


def test_bare_command_joins_the_places_covid_command():  # resolve: 镇指挥部
    ms = [Mention("青山镇疫情防控指挥部", "ORG", 0, 10, "t"), Mention("镇指挥部", "ORG", 40, 44, "t"),
          Mention("青山镇", "LOC", 100, 103, "t")]
    ents = {(e.name, *e.aliases) for e in resolve_entities(ms, Meta(), "d") if e.type == "ORG"}
    assert ents == {("青山镇疫情防控指挥部", "镇指挥部")}


def test_wuwei_is_a_county_level_city():  # admin/divisions.tsv.gz manual rename
    info = resolve_places(["无为市"])["无为市"]
    assert (info.province, info.city, info.county) == ("安徽省", "芜湖市", "无为市")
