"""The shipped SPARQL in queries/: each one over the seed + dev graph, with rows that must be there.

Expected rows are facts the articles state (see the gold files under
tests/fixtures/corpus), e.g. seed-000: 龙芯微、三优光电、仁通精电、瑞声科技等企业
无偿捐赠医用口罩8000个、N95口罩700个 … in 马鞍山郑蒲港新区 (安徽省).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, Variable

from .conftest import ROOT

QUERIES = ROOT / "queries"


@pytest.fixture(scope="module")
def graph(corpus_graph: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(corpus_graph, format="turtle")
    return g


def run(graph: rdflib.Graph, query: str, **bind: str) -> list[dict[str, str]]:
    text = (QUERIES / f"{query}.rq").read_text("utf-8")
    result = graph.query(text, initBindings={Variable(k): Literal(v) for k, v in bind.items()})
    return [{str(v): (str(r[v]) if r[v] is not None else None) for v in result.vars} for r in result]


def test_every_query_is_tested():
    tested = {"supply_totals_by_province", "top_givers", "gifts_of_giver",
              "donations_received_in_place", "procurement_vs_donation_by_outlet"}
    assert {p.stem for p in QUERIES.glob("*.rq")} == tested


def test_supply_totals_by_province_roll_masks_up(graph):
    rows = run(graph, "supply_totals_by_province")
    anhui = {(r["kind"], r["unit"]): float(r["total"]) for r in rows if r["province"] == "安徽省"}
    assert anhui[("医用口罩", "个")] >= 8000
    assert anhui[("N95口罩", "个")] >= 700
    # the broader kind totals its narrower kinds
    assert anhui[("口罩", "个")] >= anhui[("医用口罩", "个")] + anhui[("N95口罩", "个")]
    assert {r["province"] for r in rows} >= {"安徽省", "河南省"}


# the same totals by walking every item and its place chain: what the donation-total shortcut
# facts (kg:donatedQuantity sub-properties, written at build time) must add up to
WALK = (QUERIES / "reference" / "supply_totals_by_province_walk.rq").read_text(encoding="utf-8")


def test_supply_totals_equal_the_item_walk(graph):
    rows = run(graph, "supply_totals_by_province")
    walk = [{str(v): str(r[v]) for v in ("province", "kind", "unit", "total", "donations")} for r in graph.query(WALK)]
    key = lambda r: (r["province"], r["kind"], r["unit"])  # noqa: E731
    assert len(rows) > 20
    assert sorted(rows, key=key) == sorted(walk, key=key)


def test_top_givers_are_ranked(graph):
    rows = run(graph, "top_givers")
    counts = [int(r["donations"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert {"三优光电", "仁通精电", "瑞声科技"} <= {r["giver"] for r in rows}


def test_gifts_of_one_giver(graph):
    rows = run(graph, "gifts_of_giver", name="瑞声科技")
    got = {(r["type"], r["itemName"], float(r["quantity"]), r["unit"]) for r in rows if r["quantity"]}
    assert ("donation", "医用口罩", 8000.0, "个") in got
    assert ("donation", "防尘服", 449.0, "件") in got
    assert run(graph, "gifts_of_giver", name="没有这个单位") == []


def test_donations_received_in_a_place_and_inside_it(graph):
    province = run(graph, "donations_received_in_place", name="安徽省")
    city = run(graph, "donations_received_in_place", name="马鞍山市")
    assert {("医用口罩", "8000")} <= {(r["itemName"], r["quantity"]) for r in city}
    # everything received inside the city is received inside its province
    key = lambda r: (r["place"], r["itemName"], r["quantity"], r["giver"])  # noqa: E731
    assert {key(r) for r in city} <= {key(r) for r in province}


def test_procurement_vs_donation_per_outlet(graph):
    rows = {r["outlet"]: r for r in run(graph, "procurement_vs_donation_by_outlet")}
    star = rows["市场星报"]  # seed-000: one purchase (采购…价值970万元) and one donation
    assert int(star["procurements"]) >= 1 and int(star["donations"]) >= 1
    assert star["from"] == "2020-02-10"
