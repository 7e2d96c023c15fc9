"""Person-name rules of the ent18 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions


def _people(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == "PER"]


def test_a_leading_verb_after_a_name_keeps_its_last_given_char() -> None:
    # name_at: 谭志明|代表 (not 明代), 院长王家明|代表 (a title before, a leading verb after outweigh 王家)
    assert "谭志明" in _people("县工商联主席谭志明代表县工商联向爱心企业表示感谢。")
    assert "王家明" in _people("院党委书记、院长王家明代表医院接收了物资。")


def test_lai_or_he_closing_a_titled_name() -> None:
    # 孙永和|带领, 赵春来|自费: 和 / 来 before a leading verb or a context word are given chars
    assert "孙永和" in _people("公司董事长孙永和带领公司班子成员，将人参送到卫生院。")
    assert "赵春来" in _people("退伍军人赵春来自费购买了体温枪20支。")
    # but a plain conjunction or 来自 after a bare name stays what it is
    assert "王强和" not in "".join(_people("3月5日，村民王强和李明来到卡点。"))


def test_a_count_of_people_after_a_name_is_no_given_char() -> None:
    assert _people("青年李帅、王亚东、赵磊三人通过微信群发起募捐。")[-1] == "赵磊"


def test_kin_and_trade_words_confirm_the_name_after_them() -> None:
    # titles.tsv roles: 侄子, 经营户
    assert "刘洋" in _people("总经理刘国栋委托侄子刘洋把5万元现金送来。")
    assert "张爱玲" in _people("好又多超市经营户张爱玲夫妇送来了方便面80箱。")


def test_an_address_word_after_a_full_name_confirms_it() -> None:
    # entities_per_context.tsv: 大姐, 阿姨 on the right
    assert "刘淑兰" in _people("“这是饺子馆的刘淑兰大姐一早送来的。”")
    assert _people("王阿姨和李大姐送来饺子。") == []


def test_partners_named_in_a_list_before_heli() -> None:
    # entities_per_context.tsv: 合伙 on the right closes the second name of the list
    assert _people("在外创业青年周晓东、李志强合伙捐款2万元。") == ["周晓东", "李志强"]
