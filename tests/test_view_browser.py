"""kg.view in a real browser: headless Chromium driven over the DevTools protocol.

Why a pipe and no websocket: ``--remote-debugging-pipe`` speaks CDP over file
descriptors 3/4 (NUL-separated JSON), so the test needs no extra Python
package and opens no TCP port.  Skipped when /usr/bin/chromium is absent
(Debian: ``apt-get install chromium fonts-noto-cjk``).
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]


class CdpError(RuntimeError):
    """A DevTools call failed or timed out."""


class Chromium:
    """One headless Chromium with one page, driven over CDP on a pipe."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child: our pipe ends become fds 3 (read) and 4 (write)
            a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=wire,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"}, browser=True)["targetId"]
            self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                     browser=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable")
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        except BaseException:
            self.close()
            raise

    # -- protocol
    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CdpError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if ready:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise CdpError(f"Chromium closed the pipe (exit {self.proc.poll()})")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, params: dict[str, Any] | None = None, *, browser: bool = False,
             timeout: float = 20.0) -> dict[str, Any]:
        """Send one command and wait for its answer; events seen meanwhile are kept in ``events``."""
        self._next += 1
        msg: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if not browser and self.session:
            msg["sessionId"] = self.session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def evaluate(self, expression: str, timeout: float = 20.0) -> Any:
        """Run JS in the page and return its JSON value (exceptions become CdpError)."""
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in res:
            raise CdpError(f"{expression[:80]}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def open(self, path: Path, timeout: float = 25.0) -> float:
        """Navigate to a local file and wait until the page says the network is interactive."""
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = self.evaluate("window.__kgReady === undefined ? null : window.__kgReady")
            if ready is not None:
                return float(ready)
            time.sleep(0.05)
        raise CdpError(f"{path}: window.__kgReady not set within {timeout} s")

    def screenshot(self, out: Path) -> bytes:
        png = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"])
        out.write_bytes(png)
        return png

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        out = []
        for ev in self.events:
            m, p = ev["method"], ev.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p.get("exceptionDetails", {}), ensure_ascii=False)[:500])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                out.append(json.dumps(p.get("args", []), ensure_ascii=False)[:500])
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                out.append(p["entry"].get("text", "")[:500])
        return out

    def requests(self) -> list[str]:
        return [ev["params"]["request"]["url"] for ev in self.events if ev["method"] == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(5)
        finally:
            for fd in (self._to_child, self._from_child):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self.profile, ignore_errors=True)


def png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) into rows; no Pillow needed."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    while pos < len(png):
        (length,), ctype = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        body = png[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            w, h, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif ctype == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, bpp, rows


# --------------------------------------------------------------------------- tests
# CI sets KG_REQUIRE_BROWSER=1 after installing chromium: there a missing browser fails instead.
pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("KG_REQUIRE_BROWSER"),
    reason=f"{CHROMIUM} not found: install Debian's chromium and fonts-noto-cjk to run the browser tests",
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):
    from kg.view import graph_to_network, write_html
    from tests.test_view import HOSTILE_TITLE, TTL

    d = tmp_path_factory.mktemp("browser")
    ttl = d / "small.ttl"
    ttl.write_text(TTL, encoding="utf-8")
    html_path = d / "view.html"
    write_html(graph_to_network(ttl), html_path, title=HOSTILE_TITLE)
    browser = Chromium()
    try:
        t0 = time.monotonic()
        browser.open(html_path)
        browser.load_seconds = time.monotonic() - t0  # type: ignore[attr-defined]
        yield browser
    finally:
        browser.close()


def test_loads_without_errors_or_network(page: Chromium) -> None:
    assert page.load_seconds < 20  # type: ignore[attr-defined]
    assert page.problems() == []
    urls = page.requests()
    assert urls and all(u.startswith(("file:", "data:", "about:", "blob:")) for u in urls), urls
    assert page.evaluate("typeof vis") == "object"
    assert page.evaluate("window.__pwned === undefined")


def test_canvas_drawn_and_screenshot(page: Chromium) -> None:
    painted = page.evaluate(
        """(() => { const c = document.querySelector('#net canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; })()"""
    )
    assert painted > 2000, painted
    out = Path(os.environ.get("KG_VIEW_SCREENSHOT", "/tmp/kg_view_test.png"))
    png = page.screenshot(out)
    w, bpp, rows = png_pixels(png)
    # count non-white pixels inside the network area (right of the 180 px legend, below the bar)
    inked = sum(
        1 for row in rows[60::3] for x in range(200 * bpp, w * bpp, 3 * bpp) if min(row[x:x + 3]) < 200
    )
    assert inked > 300, inked
    legend = page.evaluate("document.getElementById('legend').textContent")
    assert "人物" in legend and "医院" in legend and "捐赠" in legend


def test_title_and_hostile_strings_stay_text(page: Chromium) -> None:
    from tests.test_view import HOSTILE_LABEL, HOSTILE_TITLE

    assert page.evaluate("document.title") == HOSTILE_TITLE
    assert page.evaluate("document.getElementById('title').textContent") == HOSTILE_TITLE
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    hit = page.evaluate("kgSearch('<img src=x onerror=window.__pwned=1>')")  # the hostile alias
    assert hit is not None
    panel = page.evaluate("document.getElementById('panel').textContent")
    assert HOSTILE_LABEL in panel and "</script><script>window.__pwned=1</script>" in panel
    assert page.evaluate("document.querySelectorAll('#panel img, #panel script').length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('#panel a')].map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs)  # javascript: URL dropped
    assert page.evaluate("window.__pwned === undefined")


def test_search_selects_node_and_shows_panel(page: Chromium) -> None:
    ids = page.evaluate("""(() => { const q = document.getElementById('q'); q.value = '市一医院';
        document.getElementById('go').click(); return kgSelected(); })()""")
    label = page.evaluate(f"kgNetwork.body.data.nodes.get({ids[0]}).label")
    assert len(ids) == 1 and label == "武汉市第一医院"
    panel = page.evaluate("document.getElementById('panel').textContent")
    assert "江岸区 ‹ 武汉市 ‹ 湖北省" in panel.replace("武汉市第一医院 ‹ ", "")
    assert "杭州某某科技有限公司向武汉市第一医院捐赠医用口罩8000个。" in panel
    links = page.evaluate("[...document.querySelectorAll('#panel a')].map(a => [a.textContent, a.href])")
    assert ["武汉</title><script>window.__pwned=1</script>捐赠", "https://example.org/news/1"] in links
    page.screenshot(Path(os.environ.get("KG_VIEW_PANEL_SCREENSHOT", "/tmp/kg_view_panel.png")))
    # by alias
    ids = page.evaluate("(() => { kgSearch('老张'); return kgSelected(); })()")
    assert page.evaluate(f"kgNetwork.body.data.nodes.get({ids[0]}).label") == "张三"


def test_class_and_province_filters_hide_nodes(page: Chromium) -> None:
    visible = "kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length"
    total = page.evaluate(visible)
    page.evaluate("""(() => { const cb = document.querySelector('#legend input[data-cls="Person"]');
        cb.click(); })()""")
    assert page.evaluate(visible) == total - 2
    page.evaluate("document.querySelector('#legend input[data-cls=\"Person\"]').click()")
    assert page.evaluate(visible) == total
    page.evaluate("""(() => { const s = document.getElementById('prov'); s.value = '浙江省';
        s.dispatchEvent(new Event('change')); })()""")
    shown = page.evaluate("kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.label)")
    assert "杭州市" in shown and "湖北省" not in shown
    page.evaluate("""(() => { const s = document.getElementById('prov'); s.value = '';
        s.dispatchEvent(new Event('change')); })()""")
    assert page.evaluate(visible) == total
    page.evaluate("document.getElementById('physics').click()")
    assert page.evaluate("kgNetwork.physics.options.enabled") is True
    page.evaluate("document.getElementById('physics').click()")
    assert page.evaluate("kgNetwork.physics.options.enabled") is False
    assert page.problems() == []


def test_big_graph_hides_low_degree_and_search_reveals(tmp_path: Path) -> None:
    """A 10k-node page becomes interactive (ready within the open's bound); leaves start hidden;
    searching one pins it visible and selects it.  Speed itself is measured by bench/bench_view.py."""
    import networkx as nx

    from kg.view import write_html

    net = nx.MultiDiGraph()
    n = 10_000
    for i in range(n):
        net.add_node(f"n{i:05d}", label=f"节点{i}", **{"class": "Person" if i % 3 else "Hospital"},
                     family="Person" if i % 3 else "Organization", aliases=[f"别名{i}"], admin_chain=[],
                     province="", facts=[], evidence=[], articles=[], degree=0)
    for i in range(1, n):
        net.add_edge(f"n{(i - 1) // 8:05d}", f"n{i:05d}", key="agent", relation="agent", label="发起")
    path = tmp_path / "big.html"
    write_html(net, path, title="big")
    browser = Chromium()
    try:
        browser.open(path, timeout=60)  # raises unless the page reports ready in time
        visible = "kgNetwork.body.data.nodes.get({filter: x => !x.hidden}).length"
        shown = browser.evaluate(visible)
        assert 0 < shown < n
        assert browser.evaluate("kgNetwork.body.data.nodes.get(9999).hidden") is True
        assert browser.evaluate("kgSearch('别名9999')") == 9999
        assert browser.evaluate("kgSelected()") == [9999]
        assert browser.evaluate("kgNetwork.body.data.nodes.get(9999).hidden") is False
        browser.evaluate("document.getElementById('showall').click()")
        assert browser.evaluate(visible) == n
        assert browser.problems() == []
    finally:
        browser.close()
