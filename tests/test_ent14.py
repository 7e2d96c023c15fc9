"""ent14: verbs/generic nouns as left stops, a preposition glued to a place's first char."""
from kg.extract.entities import extract_mentions


def _ents(text):
    return {(m.type, m.text) for m in extract_mentions(text)}


def test_verb_before_town_suffix_is_no_place():
    got = _ents("红星镇利用镇财政资金采购了帐篷20顶。")
    assert ("LOC", "利用镇") not in got


def test_delivered_straight_to_village_is_no_place():
    got = _ents("我县统一采购防疫物资直送村里。")
    assert not any(t == "LOC" and x.startswith("直送") for t, x in got)


def test_alma_mater_is_no_part_of_school_name():
    got = _ents("校友张三向母校青山县实验中学捐赠口罩。")
    assert ("ORG", "青山县实验中学") in got
    assert not any(x.startswith("母校") for _, x in got)


def test_preposition_glued_to_township_first_char():
    got = _ents("他委托亲属向下沟乡捐赠了口罩。")
    assert ("LOC", "下沟乡") in got
