"""Number and quantity parsing tables (written for kg, not copied from articles)."""
from __future__ import annotations

import pytest

from kg.extract.quantities import find_money, find_quantities, parse_number

NUMBERS = [
    ("一千", 1000), ("两万", 20000), ("1.2万", 12000), ("75万", 750000), ("2.5万", 25000),
    ("近两万", 20000), ("5万余", 50000), ("20多万", 200000), ("1302.678万", 13026780),
    ("三千余", 3000), ("10余", 10), ("1,000", 1000), ("十二", 12), ("三千五百", 3500),
    ("两万五", 25000), ("１２", 12), ("约300", 300), ("一百零五", 105),
]


@pytest.mark.parametrize("s,value", NUMBERS)
def test_parse_number(s: str, value: float) -> None:
    assert parse_number(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["", "口罩", "万元户"])
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


QUANTITIES = [
    ("送来手套3.5万双", [(35000, "双")]),
    ("共12箱(2400个)", [(12, "箱"), (2400, "个")]),
    ("捐款8600元", [(8600, "元")]),
    ("价值近三万元的物资", [(30000, "元")]),
    ("消毒液3 吨", [(3, "吨")]),
    ("酒精120KG", [(120, "KG")]),
    ("六件牛奶", [(6, "件")]),
    ("捐款一万二千元", [(12000, "元")]),
    ("善款1万2千元", [(12000, "元")]),
    ("两万五千只口罩", [(25000, "只")]),
    ("土豆两吨", [(2, "吨")]),
    ("饮料300余箱，价值10多万元", [(300, "箱"), (100000, "元")]),
]


@pytest.mark.parametrize("text,expected", QUANTITIES)
def test_find_quantities(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text", ["一次性手套", "统一发放", "尽一份力", "一线人员"])
def test_no_quantity_in_words(text: str) -> None:
    assert find_quantities(text) == []


def test_approx_flag() -> None:
    q = find_quantities("矿泉水300余箱")[0]
    assert q.approx and q.value == 300


def test_value_without_yuan() -> None:
    assert [q.value for q in find_money("一台价值8万的呼吸机")] == [80000]


@pytest.mark.parametrize("text,expected", [("酒精3千瓶", [(3000, "瓶")]), ("捐款2千元", [(2000, "元")]),
                                           ("大米五百斤", [(500, "斤")]), ("一万八千六百元", [(18600, "元")])])
def test_arabic_with_chinese_multiplier(text: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_quantity_at_start_reads_as_find_quantities() -> None:
    from kg.extract.quantities import quantity_at_start
    for text in ("2万枚鸡蛋", "近5万元的物资", "一次性口罩", "口罩500只", "300余斤大米"):
        first = find_quantities(text)
        want = first[0] if first and first[0].start == 0 else None
        assert quantity_at_start(text) == want


def test_eggs_are_counted_in_mei() -> None:
    q = find_quantities("鸡蛋2万枚")[0]
    assert (q.value, q.unit, q.kind) == (20000, "枚", "count")


@pytest.mark.parametrize("s,value", [("伍万元", 50000), ("壹仟元", 1000), ("壹万贰仟伍佰元", 12500), ("叁佰套", 300)])
def test_capital_numerals(s: str, value: float) -> None:
    """大写 numerals of receipts and donor lists."""
    assert find_quantities(s)[0].value == value


def test_capital_numeral_inside_a_name_is_no_number() -> None:
    assert find_quantities("伍市镇商会") == []
