"""Supply-event rules of the ev14 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_counted_goods_bought_then_handed_out_to_unnamed_people() -> None:
    # event.bought_then_handed_out+counted
    t = "驻村干部周林自费800元，购买了口罩300只、酒精40瓶，3月2日分发给村里的值守人员。"
    evs = run(t, {"周林": "PER"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert "+counted" in evs[1]["rule"]
    assert evs[1]["agents"] == ["周林"]
    assert items(evs[1]) == [("口罩", 300, "只"), ("酒精", 40, "瓶")]


def test_goods_bought_then_handed_to_a_body_named_after_the_verb() -> None:
    # event.bought_then_handed_out+direct
    t = "5月3日，县慈善协会采购了手套2000双、护目镜50副，当天交付城南医院。"
    evs = run(t, {"县慈善协会": "ORG", "城南医院": "ORG"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert "+direct" in evs[1]["rule"]
    assert evs[1]["recipients"] == ["城南医院"]
    assert items(evs[1]) == [("手套", 2000, "双"), ("护目镜", 50, "副")]


def test_bought_then_provided_as_a_service_is_no_handout() -> None:
    # 提供 + a non-goods object: the purchase alone is told
    t = "截至目前，青山乡已采购口罩3000个、手套200双，为一线干部提供防护保障。"
    evs = run(t, {"青山乡": "LOC"})
    assert [e["type"] for e in evs] == ["procurement"]


def test_uncounted_goods_bought_then_handed_out_stay_one_act() -> None:
    t = "驻村干部周林购买了一些口罩，分发给村里的值守人员。"
    evs = run(t, {"周林": "PER"})
    assert "distribution" not in [e["type"] for e in evs if "+counted" in e["rule"]]


def test_taking_out_savings_to_buy_is_no_gift_of_goods() -> None:
    t = "退休工人郑华拿出自己的积蓄，购买了手套100双，送到了城东社区居委会。"
    evs = run(t, {"郑华": "PER", "城东社区居委会": "ORG"})
    assert [e["type"] for e in evs][:1] == ["procurement"]
