"""Benchmark kg.view: synthetic kg graphs of 1k and 10k nodes → HTML → headless Chromium.

Prints, per size: RDF→network time, HTML write time, HTML size, and the time
until the network is interactive (``window.__kgReady``, ms after navigation
start, set after the first draw — or after the bounded stabilisation when the
page starts with physics on), the wall time seen from Python, and how long
"显示全部节点" (unhide the low-degree nodes + redraw) takes.

    .venv/bin/python bench/bench_view.py [--sizes 1000 10000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import XSD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.view import graph_to_network, write_html  # noqa: E402
from kg.vocab import KG  # noqa: E402

ID = Namespace("https://w3id.org/kg-cn-news/id/")
PROVINCES = ["湖北省", "浙江省", "广东省", "河南省", "四川省", "江苏省"]
ORG_KINDS = [(KG.Hospital, "医院"), (KG.Enterprise, "有限公司"), (KG.PartyGovernmentBody, "委员会"),
             (KG.SocialOrganization, "慈善会"), (KG.School, "大学")]
EVENTS = [KG.Donation, KG.Donation, KG.Donation, KG.Procurement, KG.Distribution]
ITEMS = [("医用口罩", "个"), ("防护服", "套"), ("消毒液", "吨"), ("护目镜", "副"), ("蔬菜", "斤")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def synthetic(n_nodes: int, seed: int = 7) -> Graph:
    """A kg-shaped graph with about ``n_nodes`` display nodes and hubs (skewed degrees)."""
    rnd = random.Random(seed)
    g = Graph(bind_namespaces="core")
    g.bind("kg", KG._NS)
    n_place = max(len(PROVINCES) * 3, n_nodes // 10)
    n_org = n_nodes * 3 // 10
    n_person = n_nodes // 4
    n_event = n_nodes - n_place - n_org - n_person
    places = []
    for i, name in enumerate(PROVINCES):
        p = ID[f"prov{i}"]
        g.add((p, RDF.type, KG.Province))
        g.add((p, RDFS.label, Literal(name, lang="zh")))
        places.append(p)
    for i in range(n_place - len(PROVINCES)):
        p = ID[f"place{i}"]
        kind, parent = (KG.PrefectureCity, rnd.choice(places[: len(PROVINCES)])) if i < n_place // 4 else (
            KG.County, rnd.choice(places[len(PROVINCES):] or places))
        g.add((p, RDF.type, kind))
        g.add((p, RDFS.label, Literal(f"地名{i}{'市' if kind == KG.PrefectureCity else '县'}", lang="zh")))
        g.add((p, KG.containedInPlace, parent))
        places.append(p)
    orgs = []
    for i in range(n_org):
        o = ID[f"org{i}"]
        kind, suffix = rnd.choice(ORG_KINDS)
        g.add((o, RDF.type, kind))
        g.add((o, RDFS.label, Literal(f"机构{i}{suffix}", lang="zh")))
        g.add((o, KG.alias, Literal(f"简称{i}")))
        g.add((o, KG.locatedIn, rnd.choice(places)))
        orgs.append(o)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(orgs))]  # a few hub organisations
    persons = []
    for i in range(n_person):
        p = ID[f"person{i}"]
        g.add((p, RDF.type, KG.Person))
        g.add((p, RDFS.label, Literal(f"{rnd.choice(SURNAMES)}某{i}", lang="zh")))
        post = ID[f"post{i}"]
        g.add((post, RDF.type, KG.Post))
        g.add((post, KG.holder, p))
        g.add((post, KG.postIn, rnd.choices(orgs, weights)[0]))
        g.add((post, KG.title, Literal(rnd.choice(["书记", "院长", "主任", "董事长", "记者"]))))
        persons.append(p)
    art = ID["article0"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.headline, Literal("合成新闻")))
    g.add((art, KG.sourceFile, Literal("synthetic.txt")))
    for i in range(n_event):
        e = ID[f"event{i}"]
        g.add((e, RDF.type, rnd.choice(EVENTS)))
        g.add((e, KG.agent, rnd.choice(orgs + persons)))
        g.add((e, KG.recipient, rnd.choices(orgs, weights)[0]))
        g.add((e, KG.date, Literal(f"2020-02-{1 + i % 28:02d}", datatype=XSD.date)))
        for j in range(rnd.randint(1, 3)):
            it = ID[f"event{i}-item{j}"]
            name, unit = rnd.choice(ITEMS)
            g.add((e, KG.item, it))
            g.add((it, RDF.type, KG.SupplyItem))
            g.add((it, KG.itemName, Literal(name)))
            g.add((it, KG.quantity, Literal(str(rnd.randint(1, 100) * 100), datatype=XSD.decimal)))
            g.add((it, KG.unit, Literal(unit)))
        ev = ID[f"event{i}-ev"]
        g.add((e, KG.evidence, ev))
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.exact, Literal(f"合成证据句{i}：捐赠物资一批。")))
        g.add((ev, KG.inArticle, art))
        g.add((ev, KG.rule, Literal("event.donate")))
    return g


def main() -> int:
    from tests.test_view_browser import CHROMIUM, Chromium

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--keep", help="directory to keep the HTML files and screenshots in")
    args = ap.parse_args()
    if not os.path.exists(CHROMIUM):
        print(f"{CHROMIUM} not found: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 2
    out_dir = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-view-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'nodes':>6} {'edges':>6} {'triples':>8} {'rdf→net s':>9} {'html s':>7} {'HTML MB':>8} "
          f"{'visible':>7} {'physics':>7} {'ready ms':>9} {'wall s':>7} {'show-all ms':>11}")
    for n in args.sizes:
        g = synthetic(n)
        t0 = time.perf_counter()
        net = graph_to_network(g)
        t1 = time.perf_counter()
        path = out_dir / f"view-{n}.html"
        write_html(net, path, title=f"kg bench {n}")
        t2 = time.perf_counter()
        browser = Chromium()
        try:
            w0 = time.perf_counter()
            ready = browser.open(path, timeout=120)
            wall = time.perf_counter() - w0
            visible = browser.evaluate("kgNetwork.body.data.nodes.get({filter: x => !x.hidden}).length")
            physics = browser.evaluate("JSON.parse(document.getElementById('kg-data').textContent).physics")
            show_all_ms = browser.evaluate(
                """(() => { const cb = document.getElementById('showall');
                if (cb.closest('label').style.display === 'none') return 0;
                const t = performance.now(); cb.click(); kgNetwork.redraw(); return performance.now() - t; })()""")
            problems = browser.problems()
            if args.keep:
                browser.screenshot(out_dir / f"view-{n}.png")
        finally:
            browser.close()
        size_mb = path.stat().st_size / 1e6
        print(f"{net.number_of_nodes():>6} {net.number_of_edges():>6} {len(g):>8} {t1 - t0:>9.2f} {t2 - t1:>7.2f} "
              f"{size_mb:>8.2f} {visible:>7} {str(physics):>7} {ready:>9.0f} {wall:>7.2f} {show_all_ms:>11.0f}")
        if problems:
            print(f"  console problems: {problems[:3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
