"""Entity and position rules of the ent16 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions
from kg.extract.positions import extract_positions


def _ents(text: str, kind: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == kind]


def _posts(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(p.person, p.title, p.org, p.rule) for p in extract_positions(text, extract_mentions(text))]


def test_referring_class_word_before_a_title_gives_no_org() -> None:
    # pos.title.referring: 公司 / 该公司 names no body
    text = "3月2日，安平县恒信纸业有限公司向镇卫生院捐赠口罩2000只。该公司副总经理周明远说，企业会继续支持。"
    assert ("周明远", "副总经理", None, "pos.title.referring") in _posts(text)
    text = "宏达机械有限公司送来消毒液50桶。公司总经理何立平表示，这是应尽之责。"
    assert ("何立平", "总经理", None, "pos.title.referring") in _posts(text)
    # a named company right before the title stays the org
    text = "宏达机械有限公司总经理何立平表示，这是应尽之责。"
    assert ("何立平", "总经理", "宏达机械有限公司", "pos.title") in _posts(text)


def test_rare_surnames_lead_names_after_a_title() -> None:
    # surnames.txt: 眭 and 字 (a weak one) are surnames
    assert "眭立新" in _ents("厂里副厂长眭立新自掏腰包，为卡点送去热茶。", "PER")
    assert "字丽芬" in _ents("“大家放心。”东风村党支部书记字丽芬说。", "PER")
    assert "字" not in "".join(_ents("请在表格中填写数字并签字确认。", "PER"))


def test_weak_surname_after_a_full_title_closed_by_a_comma_or_a_lead_verb() -> None:
    # per.title: 党工委书记高志远、 … the list comma closes the name as a speech verb would
    text = "南关街道党工委书记高志远、南关街道办事处主任侯明亮靠前指挥。"
    assert "高志远" in _ents(text, "PER")


def test_stop_word_glued_into_a_place_stem_is_cut() -> None:
    # loc.suffix: 任晓|军代表|街道 — 代表 is no part of a place's name
    text = "北坪街道党工委书记任晓峰代表街道向爱心企业致谢。"
    assert "任晓峰" in _ents(text, "PER")
    assert not any("代表" in x for x in _ents(text, "LOC"))


def test_lai_closed_by_punctuation_ends_a_titled_name() -> None:
    # per.title: 乡贤杨福来，— 来 is the last given char, not a verb
    assert "杨福来" in _ents("在外经商多年的乡贤杨福来，得知家乡缺少口罩后自费购买。", "PER")


def test_weak_surname_phrase_after_a_role_word_is_no_name() -> None:
    # per.title: 乡亲们|能吃上 — a modal and a char no name uses
    assert _ents("这样一来，值守的乡亲们能吃上热饭了。", "PER") == []


def test_reduplicated_word_and_noun_with_locative_are_no_bare_names() -> None:
    # per.bare: 蒙蒙亮 (reduplication), 冷库前 (noun + locative)
    assert _ents("天刚蒙蒙亮，他就赶到冷库前装车。", "PER") == []


def test_study_verb_before_a_school_suffix_is_no_school() -> None:
    # org.suffix: 在南京读大学 names where someone studies
    assert _ents("她的儿子在南京读大学，放假后也当起了志愿者。", "ORG") == []
    assert "南京大学" in _ents("南京大学向社区捐赠口罩。", "ORG")


def test_place_before_its_level_committee_keeps_the_full_name() -> None:
    # loc.gazetteer: 丹江口|市委常委 — jieba gives 市 to 市委, but the place is 丹江口市
    assert "丹江口市" in _ents("3月5日，丹江口市委常委、副市长王立伟到卡点慰问值守人员。", "LOC")


def test_town_whose_class_char_the_segmenter_glues_to_the_next_word() -> None:
    # loc.gazetteer: 大桥|镇定|向 — 镇 belongs to the town's full name
    assert "大桥镇" in _ents("4月2日，县商会通过县慈善总会向大桥镇定向捐款3万元。", "LOC")


def test_listed_community_whose_name_is_a_common_word() -> None:
    # loc.enum: A社区、胜利社区和B社区 — listed between two communities, 胜利社区 is one too
    assert "胜利社区" in _ents("物资当天分送到东湖社区、胜利社区和西苑社区。", "LOC")


def test_native_of_a_place_and_xianxian_is_no_township() -> None:
    # loc.suffix: 梅林籍|乡贤 — 乡 opens the role word
    text = "这位梅林籍乡贤孙立波一直关心家乡建设。"
    assert not any(x.endswith("籍乡") for x in _ents(text, "LOC"))


def test_post_before_a_native_role_keeps_its_company() -> None:
    # pos.title.native: 某公司总经理、X籍企业家NAME — over the native place to the post before 、
    text = "县慈善总会收到长沙宏远农业科技有限公司总经理、宝清籍企业家吴振东捐赠的善款3万元。"
    assert ("吴振东", "总经理", "长沙宏远农业科技有限公司", "pos.title.native") in _posts(text)


def test_verb_between_a_body_and_a_level_committee_is_cut() -> None:
    # org.suffix: 机关党支部积极响应|市委 — the body's name stops before the verb
    text = "5月3日，县农业局机关党支部积极响应县委号召，组织党员捐款。"
    assert not any("响应" in x for x in _ents(text, "ORG"))
    assert "县委" in _ents(text, "ORG")


def test_migrant_worker_youth_is_a_role_word_before_a_name() -> None:
    # titles.tsv: 务工青年 confirms the two-char name after it (per.title)
    assert "柯敏" in _ents("在外务工青年柯敏自费网购了一批口罩，寄回了老家。", "PER")


def test_dotted_minority_name_in_a_byline_then_the_next_writer() -> None:
    # per.byline.dot: 记者 阿依古丽·买买提 王刚 — both writers, the dotted name whole
    text = "记者 阿依古丽·买买提 王刚\n\n连日来，各族群众守望相助。"
    pers = _ents(text, "PER")
    assert "阿依古丽·买买提" in pers and "王刚" in pers
    assert ("王刚", "记者", None, "pos.byline") in _posts(text)


def test_org_head_char_ending_a_common_word_is_no_body() -> None:
    # org.suffix: 防控|格局 — 局 ends the word 格局
    assert _ents("全县上下形成了群防群控的防控格局。", "ORG") == []
    assert "县教育体育局" in _ents("县教育体育局向学校调拨口罩。", "ORG")


def test_places_around_are_no_place() -> None:
    # loc.suffix: 周边地区 is a class of areas (_generic)
    assert _ents("严格排查周边地区来返人员。", "LOC") == []
