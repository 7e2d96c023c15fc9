"""Supply-event rules of the ev16 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_goods_allocated_to_a_body_are_handed_on_by_that_body() -> None:
    # event.ba+carried+receiver+received_on: X向A调拨…，A随即将这批物资分配给…
    t = "3月2日，青阳县红十字会向杨柳街道调拨手套400双、护目镜60个，街道随即将这批物资分配给各社区卡点。"
    evs = run(t, {"青阳县红十字会": "ORG", "杨柳街道": "LOC"})
    assert [e["type"] for e in evs] == ["distribution", "distribution"]
    assert evs[1]["agents"] == ["杨柳街道"]
    assert "+received_on" in evs[1]["rule"]
    assert items(evs[1]) == [("手套", 400, "双"), ("护目镜", 60, "个")]


def test_pronoun_qi_with_all_hands_on_the_gift() -> None:
    # events_carried.tsv: 其 (bare) + 全部 → the goods of the gift told just before
    t = "4月3日，南坪商贸有限公司向石桥镇人民政府捐赠方便面30箱、饮用水40箱。镇里当天就将其全部配发到各个卡点。"
    evs = run(t, {"南坪商贸有限公司": "ORG", "石桥镇人民政府": "ORG"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    assert evs[1]["agents"] == ["石桥镇人民政府"]
    assert items(evs[1]) == [("方便面", 30, "箱"), ("饮用水", 40, "箱")]


def test_receipt_as_a_time_clause_does_not_swallow_the_next_act() -> None:
    # 收到物资后，A将X和Y全部配发给…: the receipt is over, the 将 act hands on the goods named
    t = ("5月6日，东岭家具有限公司向河口街道捐赠折叠椅80把、帐篷12顶、矿泉水100箱。"
         "收到物资后，街道当天就将帐篷和折叠椅全部配发给了辖区8个卡点。")
    evs = run(t, {"东岭家具有限公司": "ORG", "河口街道": "LOC"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    assert sorted(items(evs[1])) == [("帐篷", 12, "顶"), ("折叠椅", 80, "把")]


def test_bought_then_handed_out_to_every_post_after_dao_le() -> None:
    # event.bought_then_handed_out: 配发到了全镇各个卡点 (了 after 到)
    t = "2月7日，某镇采购了帐篷15顶、取暖炉30个，当天配发到了全镇各个卡点。"
    evs = run(t, {})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert items(evs[1]) == [("帐篷", 15, "顶"), ("取暖炉", 30, "个")]
