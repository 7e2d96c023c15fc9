"""Supply-event rules of the ev17 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_total_after_a_per_head_share_before_the_good() -> None:
    # +total_after_share: 每人发放一份X，共发放N份 → the hand-out counts N
    t = "春节前，某厂为留守职工每人发放一份年货礼包，共发放180份，让职工安心过年。"
    evs = run(t, {})
    assert [e["type"] for e in evs] == ["distribution"]
    assert "+total_after_share" in evs[0]["rule"]
    assert items(evs[0]) == [("年货礼包", 180, "份")]


def test_total_after_a_per_head_share_after_the_good() -> None:
    # +total_after_share: 发放X，每户一包，共计N包
    t = "2月3日，北关社区居委会为辖区居民发放防疫包，每户一包，共计420包。"
    evs = run(t, {"北关社区居委会": "ORG"})
    assert len(evs) == 1 and evs[0]["agents"] == ["北关社区居委会"]
    assert items(evs[0]) == [("防疫包", 420, "包")]


def test_total_in_another_unit_is_not_taken() -> None:
    # the share is 一包 but the total is in 斤: not the count of the packs
    t = "2月3日，北关社区居委会为辖区居民发放防疫包，每户一包，共计420斤。"
    evs = run(t, {"北关社区居委会": "ORG"})
    assert all(it[1] != 420 for e in evs for it in items(e))


def test_whole_area_running_total_is_no_act() -> None:
    # area_tally: 截至目前，全区已向…发放X，发放Y — a sum over the area, no event
    t = "区民政局局长王某介绍，截至目前，全区已向困难群众发放生活物资2.3万余份，发放临时救助金45万元。"
    assert run(t, {}) == []


def test_named_body_running_total_stays() -> None:
    # a body's own running total is still its act (not a whole-area sum)
    t = "据了解，截至3月4日，南门街道已累计为封控小区居民配送蔬菜包1.8万份。"
    evs = run(t, {"南门街道": "LOC"})
    assert [e["type"] for e in evs] == ["distribution"]
    assert items(evs[0]) == [("蔬菜包", 18000, "份")]


def test_bought_goods_that_arrive_are_not_a_gift() -> None:
    # bought_arrive: 采购的X运抵Y — a delivery, not bought_then_given
    t = "11月17日，县商务局采购的面粉300袋、菜籽油100桶运抵东关街道，当天由街道分发给辖区社区。"
    evs = run(t, {"县商务局": "ORG", "东关街道": "LOC"})
    assert "donation" not in [e["type"] for e in evs]
    assert evs[0]["type"] == "procurement" and evs[0]["agents"] == ["县商务局"]


def test_bought_goods_carried_to_a_place_are_still_given() -> None:
    # not an arrival verb: 购买了X，送到Y stays a gift
    t = "2月8日，居民李某自费购买了口罩500只，送到东关街道。"
    evs = run(t, {"李某": "PER", "东关街道": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
