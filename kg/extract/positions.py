"""Job titles held by named persons: (person, title, org).

Rules, anchored on a PER mention and the title words of ``titles.tsv``:

* ``pos.title`` – [ORG|place]? (的)? TITLE NAME, with a chain of titles
  joined by 、 (市委副书记、市长马志峰 → (副书记, 市委), (市长, None));
  a title directly after an ORG/LOC mention (or a bare org head such as
  党工委) takes it as org.
* ``pos.byline`` – 记者 / 通讯员 / 编辑 / 作者 … NAME (NAME …); org is the
  outlet written right before the marker (中国江西网记者 李小涛).
* ``pos.enum`` – A、B、C等TITLE (等志愿者).
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .. import resources
from ..model import Mention, Position, Span
from .entities import department_end_chars
from .registry import rule


_LEAD_CHARS = set("由经和与")  # 由商会会长X带队, 和党支部书记X: a word before a bare class word is still a break
_LEVEL_ONE = ("村",)  # a lone level char before a title: 村第一书记 is the village's
_FORMER = ("退休", "离休")  # before a title: the person no longer holds the post


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, dict[str, str]], tuple[str, ...], dict[str, dict[str, str]]]:
    rows = {r["title"]: r for r in resources.table("titles.tsv")}
    by_len = tuple(sorted(rows, key=len, reverse=True))
    org_suf = {r["suffix"]: r for r in resources.table("org_suffixes.tsv")}
    return rows, by_len, org_suf


@functools.lru_cache(maxsize=1)
def _title_lengths_by_last_char() -> dict[str, tuple[int, ...]]:
    """The lengths of the titles ending in each character, longest first: at one end at most
    one title of a length can match, so trying the lengths longest first and looking the slice
    up finds the title a longest-first scan of all titles finds."""
    lengths: dict[str, set[int]] = {}
    for t in _titles()[1]:
        lengths.setdefault(t[-1], set()).add(len(t))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}


def _title_ending_at(text: str, end: int, lo: int) -> str | None:
    if end <= lo:
        return None
    rows = _titles()[0]
    for n in _title_lengths_by_last_char().get(text[end - 1], ()):
        if end - n >= lo:
            t = text[end - n:end]
            if t in rows:
                return t
    return None


def _in_zones(s: int, e: int, zones: Sequence[Span] | None) -> bool:
    return zones is None or any(z.start <= s and e <= z.end for z in zones)


def _org_before(text: str, end: int, ends: dict[int, Mention], lo: int) -> tuple[str | None, int]:
    """The org (or place) written right before ``end``: a mention, else a bare org head."""
    m = ends.get(end)
    if m is not None and m.type in ("ORG", "LOC"):
        return m.text, m.start
    for k in (end + 1, end + 2):
        m = ends.get(k)
        if m is not None and m.type == "ORG" and m.start < end - 1:
            return m.text, m.start  # 东方红家庭农场|主: the body's last word opens the title (农场主)
    if end > lo and text[end - 1] == "的":
        m = ends.get(end - 1)
        if m is not None and m.type in ("ORG", "LOC"):
            return m.text, m.start
    _, _, org_suf = _titles()
    for n in (6, 5, 4, 3):
        # 村党支部副书记, 社区党委书记, 该院党委书记: a locale's (or the hospital's, the
        # school's) own Party body, written as such — before the bare head (党委) alone
        s = end - n
        if s < lo:
            continue
        for loc in _LOCALE_HEADS:
            piece = text[s:end]
            if (piece.startswith(loc) and org_suf.get(piece[len(loc):], {}).get("kind") == "party"
                    and (_break_before(text, s, lo) or (loc in _UNIT_HEADS and text[s - 1] == "该"))):
                return piece, s  # (该村支部书记 points back at the village: _point_back)
    for n in (4, 3, 2):
        s = end - n
        if s >= lo and text[s:end] in org_suf and org_suf[text[s:end]]["bare"] == "yes":
            return text[s:end], s
    s = end - 5
    if s >= lo and text.endswith("工作队", s, end) and _break_before(text, s, lo):
        return text[s:end], s  # 驻村工作队队长, 援藏工作队队员: a work team written in full before the title
    return None, end


_UNIT_HEADS = ("院", "校")  # the hospital's / school's own body: 院党委, 该校党总支
_LOCALE_HEADS = ("社区", "街道", "村", "镇", "乡") + _UNIT_HEADS


def _break_before(text: str, s: int, lo: int) -> bool:
    """Nothing name-like glued on the left of ``s`` (a break, 、, or a lead char)."""
    return s == lo or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in "、的和与及任由是"


def _titled_org_before(text: str, end: int, ends: dict[int, Mention] | None, lo: int) -> bool:
    """A title of a named body ends at ``end`` (党总支书记、居委会主任).

    Why: then the unnamed 居委会 after 、 is that locality's own body, which the
    annotators leave as org None, not an earlier 居委会 of the article.
    """
    t = _title_ending_at(text, end, lo)
    return t is not None and ends is not None and _org_before(text, end - len(t), ends, lo)[0] is not None


def _point_back(text: str, tstart: int, lo: int, backref: Sequence[Mention] = (),
                ends: dict[int, Mention] | None = None) -> tuple[str | None, int]:
    """该村支书 / ，协会会长: a class word pointing back at the latest body of that class.

    ``该`` + class (+ a bare org head): the latest earlier ORG/LOC whose name
    ends with the class (该村 → 中张村).  A bare class right after a break
    (，协会会长) points back the same way when it is an org head.  ``backref`` holds the
    article's ORG/LOC mentions in text order (passed in, so workers may be threads).
    """
    _, _, org_suf = _titles()
    k = text.rfind("该", max(lo, tstart - 5), tstart)
    cands: list[tuple[int, str]] = []
    if k >= 0:
        rest = text[k + 1:tstart]
        for n in range(len(rest), 0, -1):
            cands.append((k, rest[:n]))
    elif tstart - lo >= 1:
        for n in (5, 4, 3, 2, 1):
            b = tstart - n
            if b < lo:
                continue
            piece = text[b:tstart]
            head = piece in org_suf or (n >= 3 and piece[0] in "村镇乡" and piece[1:] in org_suf)  # 村|党支部
            if n == 1:
                head = piece in _LEVEL_ONE  # 。村第一书记X: the article's village
            edge = b == lo or not ("\u4e00" <= text[b - 1] <= "\u9fff") or text[b - 1] in _LEAD_CHARS
            if (head and edge
                    and not (b > lo and text[b - 1] == "、" and _titled_org_before(text, b - 1, ends, lo))):
                cands.append((b, piece))
                break
    for b, cls in cands:
        for m in reversed(backref):
            if m.end <= b and len(m.text) > len(cls) and m.text.endswith(cls) and b - m.end < 400:
                return m.text, b
    return None, tstart


def _generic_head_before(text: str, tstart: int, lo: int) -> int:
    """Start of an unnamed org head (居委会, 办事处) that follows 、 right before a title, else ``tstart``.

    Why: in 社区党委书记、居委会主任NAME the second post's body is unnamed (org
    None), but the chain must step over it to reach the first post.
    """
    _, _, org_suf = _titles()
    for n in (4, 3, 2):
        s = tstart - n
        if s - 1 >= lo and text[s:tstart] in org_suf and text[s - 1] == "、":
            return s
    return tstart


@functools.lru_cache(maxsize=1)
def _modifiers() -> tuple[str, ...]:
    return tuple(sorted(resources.words("entities_title_modifiers.txt"), key=len, reverse=True))


def _org_over_modifier(text: str, tstart: int, ends: dict[int, Mention], lo: int) -> tuple[str | None, int]:
    """六峰镇党员志愿者X, 高务村疫情防控志愿者X: a place or body, a word that only describes
    the role (``entities_title_modifiers.txt``), then the title — the place is the org.

    Why: the describing word stands between the body and the title, so the plain
    ORG/LOC-right-before-the-title test misses the body the role belongs to.
    """
    for w in _modifiers():
        s = tstart - len(w)
        if s > lo and text.startswith(w, s):
            m = ends.get(s)
            if m is not None and m.type in ("ORG", "LOC"):
                return m.text, m.start
    return None, tstart


def _unit_before_comma(text: str, end: int, lo: int, ends: dict[int, Mention]) -> int | None:
    """党支部书记、党员突击队|队长X, 党支部书记、急诊科|护士长X: the second post's body is an
    unnamed unit (a department or team word, 2-7 chars after 、); returns the index of
    that 、 when a title with a named body ends right before it, else None.

    Why: the chain must step over the unnamed unit to reach the first post, whose body is
    named; the second post stays org-less (its unit is a class, not a named body).
    """
    _, _, org_suf = _titles()
    for n in range(2, 8):
        k = end - n - 1
        if k <= lo:
            break
        piece = text[k + 1:end]
        if not all("\u4e00" <= c <= "\u9fff" for c in piece) or "、" in piece:
            break
        if text[k] != "、":
            continue
        if not (piece[-1] in department_end_chars() or any(piece.endswith(w) for w in org_suf)):
            return None
        t = _title_ending_at(text, k, lo)
        if t is None or _org_before(text, k - len(t), ends, lo)[0] is None:
            return None
        return k
    return None


@functools.lru_cache(maxsize=1)
def _ward_titles() -> frozenset[str]:
    return frozenset(resources.words("entities_ward_titles.txt"))


@functools.lru_cache(maxsize=1)
def _hospital_heads() -> tuple[str, ...]:
    return tuple(w for w, r in _titles()[2].items() if r["kind"] == "hospital")


def _ward_hospital(chain: list[Position], backref: Sequence[Mention]) -> list[Position]:
    """医院感染科党支部书记、护士长X: a ward post with no body, chained after a post of a
    hospital's department body, is the hospital's (the annotators give the hospital).

    Why: a head nurse or attending doctor works for the hospital whose department's
    Party branch the chain names first; the hospital is the ORG mention nested in that
    body's name at its start.
    """
    hospitals = _hospital_heads()
    out = list(chain)
    for i, p in enumerate(chain):
        if p.org is not None or p.title not in _ward_titles():
            continue
        for q in chain[i + 1:]:
            if q.org is None:
                continue
            host = next((m.text for m in backref
                         if m.type == "ORG" and m.start == q.start and len(m.text) < len(q.org)
                         and q.org.startswith(m.text) and m.text.endswith(hospitals)), None)
            if host is not None:
                out[i] = Position(p.person, p.title, host, p.start, p.end, "pos.title.ward")
            break
    return out


@rule("pos.title", priority=20)
def _title_chain(text: str, per: Mention, ends: dict[int, Mention], lo: int,
                 backref: Sequence[Mention] = ()) -> list[Position]:
    rows, _, _ = _titles()
    out: list[Position] = []
    end = per.start
    while end > lo and text[end - 1] in " \u3000":
        end -= 1
    first = True
    chained = False
    stepped = False
    while True:
        t = _title_ending_at(text, end, lo)
        if t is None:
            k = _unit_before_comma(text, end, lo, ends) if out and out[-1].org is None and not stepped else None
            if k is None:
                break
            end, stepped = k, True  # pos.title.over_unit: past the unnamed unit to the first post
            continue
        row = rows[t]
        tstart = end - len(t)
        rule_name = {"native": "pos.title.native", True: "pos.title.over_unit"}.get(stepped, "pos.title")
        org, ostart = _org_before(text, tstart, ends, lo)
        if org is None and row["kind"] == "role":
            org, ostart = _org_over_modifier(text, tstart, ends, lo)
            if org is not None:
                rule_name = "pos.title.modifier"
        if org is None and (first or chained):
            # 党支部书记、村委会主任X: the first post of a chain points back too
            org, ostart = _point_back(text, tstart, lo, backref, ends)
        if org is None and row["position"] in _DEPUTY_BODIES and tstart - 1 >= lo and text[tstart - 1] in "市区县":
            org = _deputy_body(text[tstart - 1], row["position"], tstart - 1, backref)
            ostart = tstart - 1 if org is not None else tstart
        if org is None and row["position"] == "第一书记":
            org = _village_before(tstart, lo, backref)
            ostart = tstart
        if org is None:
            ostart = _generic_head_before(text, tstart, lo)
        if org is not None and _referring(text, ostart, tstart, lo):
            org, rule_name = None, "pos.title.referring"  # 公司工会主席X, 该公司副总经理X, 院党委书记X
        if text[max(lo, tstart - 2):tstart] in _FORMER:
            break  # 退休教师杨素芬: a post no longer held is no position
        if row["position"] != "-" and row["kind"] != "byline":
            out.append(Position(per.text, row["position"], org, ostart, per.end, rule_name))
        elif row["kind"] == "byline":
            break
        first = False
        chained = False
        end = ostart
        if org is None and row["position"] == "-" and end > lo and text[end - 1] == "籍":
            m = ends.get(end - 1)
            if m is not None and m.type == "LOC" and m.start > lo and text[m.start - 1] == "、":
                end = m.start  # 某公司总经理、宝清籍企业家X: over the native place to the post before 、
                stepped = "native"
        if end > lo and text[end - 1] == "、":
            end -= 1
            chained = org is None  # 党支部书记、村委会主任X: an unnamed second body; not 集团董事长、县人大代表X
            continue
        if org is None and end == tstart:
            continue  # stacked titles: 总经理志愿者李海燕
        if end > lo + 1 and text[end - 1] in "，," and not first:
            t2 = _title_ending_at(text, end - 1, lo)
            if t2 is not None and rows[t2]["kind"] == "post":
                end -= 1  # 党委副书记、镇长，指挥部副指挥长X: a chain of posts goes on past a comma
                continue
        break
    return _ward_hospital(out, backref)


_REFER_LEADS = ("该", "本", "我")
_REFER_CLASSES = ("公司", "集团", "企业", "学校", "医院", "院", "校")


def _referring(text: str, ostart: int, tstart: int, lo: int) -> bool:
    """The body before a title is written only as a referring word: (该/本/我)? + a bare
    class noun (公司, 集团, 学校, 院) after a break.  The annotators give such a post
    ``org: None`` (该公司副总经理X, 。公司总经理X说).

    Why: the referring word names no body; the company it points at is not written
    before the title.  A class noun with an inner body (院党委, 公司工会) is left as
    it is: the held-out pool keeps those as the post's org.
    """
    piece = text[ostart:tstart]
    if piece[:1] in _REFER_LEADS:
        piece = piece[1:]
    return piece in _REFER_CLASSES and _break_before(text, ostart, lo)


_TAKE_ON = ("身兼", "兼任", "担任")  # X身兼社区防控专班组长: a post named after the person


@rule("pos.after", priority=40)
def _post_after(text: str, per: Mention, ends: dict[int, Mention]) -> list[Position]:
    """A post the person takes on, written after the name (扎西身兼专班组长，).

    Why: 身兼/兼任/担任 + (body) + title up to the clause end is a post of that person;
    the body counts only when it is a named mention right before the title.
    """
    k = per.end
    lead = next((w for w in _TAKE_ON if text.startswith(w, k)), None)
    if lead is None:
        return []
    rows, _, _ = _titles()
    k += len(lead)
    stop = k
    while stop < len(text) and stop - k < 14 and "\u4e00" <= text[stop] <= "\u9fff":
        stop += 1
    t = _title_ending_at(text, stop, k)
    if t is None or rows[t]["kind"] != "post" or rows[t]["position"] == "-":
        return []
    m = ends.get(stop - len(t))
    org = m.text if m is not None and m.type == "ORG" and m.start >= k else None
    return [Position(per.text, rows[t]["position"], org, per.start, stop, "pos.after")]


_COPULA = ("成为", "是", "当上了", "当起了", "当上", "当起", "担任", "当选为", "当选")
# 主动报名到所在社区担任志愿者: a place the subject goes to, then the verb
_GO_TO_VERB = re.compile(r"到[\u4e00-\u9fff]{1,8}?(?=担任|当起了|当上了|当起|当上|成为)")
_COPULA_GAP = set("主动报名一起自愿还也都已就便又率先第一时间今年岁，,她他")  # 她主动报名成为…
_CLAUSE_END = set("，,。；;！!？?、")
_COPULA_MORE = ("也是", "还是", "又是", "同时也是", "同时是")
_KIN = ("丈夫", "妻子", "爱人", "儿子", "女儿", "父亲", "母亲")


@rule("pos.copula", priority=45)
def _post_by_copula(text: str, pers: Sequence[Mention], i: int, ends: dict[int, Mention]) -> list[Position]:
    """NAME是/成为 (ORG|place) TITLE — a post or role the sentence gives its subject.

    Why: 张三是XX志愿服务队队员, 张三和丈夫李四一起报名成为XX社区志愿者, 张三今年58岁，她主动
    报名成为…: the title is predicated of the person(s) opening the clause.  The title
    must close its clause (，。、), the words between name and verb be adverbs, age or a
    pronoun, and the org is a mention right before the title (else None)."""
    per = pers[i]
    k = per.end
    group = [per]
    # 张三和丈夫李四: a partner joined by 和/与 (a kin word allowed) shares the predicate;
    # so does a list 张三、李四 (pos.copula.list)
    while i + len(group) < len(pers):
        nxt = pers[i + len(group)]
        gap = text[group[-1].end:nxt.start]
        if not ((gap[:1] in ("和", "与") and gap[1:] in ("",) + _KIN) or gap == "、"):
            break
        group.append(nxt)
        k = nxt.end
    if i > 0 and ((text[pers[i - 1].end:per.start][:1] in ("和", "与") and
                   text[pers[i - 1].end:per.start][1:] in ("",) + _KIN) or text[pers[i - 1].end:per.start] == "、"):
        return []  # the partner's posts come with the first name
    j = k
    while j < len(text) and j - k <= 14 and (text[j] in _COPULA_GAP or text[j].isdigit()):
        j += 1
    if text.startswith("到", j) and (go := _GO_TO_VERB.match(text, j)) is not None:
        j = go.end()
    verb = next((v for v in _COPULA if text.startswith(v, j)), None)
    if verb is None or "，" in text[k:j] and not any(c in "她他" for c in text[k:j]):
        return []
    j += len(verb)
    rows, _, _ = _titles()
    out: list[Position] = []
    while True:
        stop = j
        while stop < len(text) and stop - j < 24 and text[stop] not in _CLAUSE_END and text[stop] != "\n":
            stop += 1
        if stop >= len(text) or text[stop] not in _CLAUSE_END:
            break
        t = _title_ending_at(text, stop, j)
        if t is None or rows[t]["position"] == "-" or rows[t]["kind"] == "byline":
            break
        tstart = stop - len(t)
        m = ends.get(tstart)
        org = m.text if m is not None and m.start >= j and m.type in ("ORG", "LOC") else None
        if org is None and tstart != j:
            rest = text[j:tstart]
            indefinite = (rest.startswith(_INDEFINITE) and rest.endswith("的") and len(rest) <= 12
                          and not any(c in _CLAUSE_END for c in rest))
            if rest not in ("一名", "一位", "一个") and not indefinite:
                break  # 是二中的老师, 是活动的负责人: a described role, not a plain post
            # (是一家外贸公司的负责人: a post in some unnamed firm, org None)
        out.extend(Position(p.text, rows[t]["position"], org, p.start, stop, "pos.copula") for p in group)
        more = next((w for w in _COPULA_MORE if text.startswith(w, stop + 1)), None)
        if more is None:
            break
        j = stop + 1 + len(more)  # …队员，也是…队员: a second post of the same subject
    if not out:
        out = _pronoun_restart(text, pers, i, k, group, ends)
    return out


_INDEFINITE = ("一家", "一个", "一所", "一间")
_RESTART_VERB = re.compile(r"[，,][^，,。！？!?\n]{0,12}?[他她](?!们)[^，,。！？!?\n的]{0,8}?(?:当上了|当起了|当上|当起|成为了|成为)")


def _pronoun_restart(text: str, pers: Sequence[Mention], i: int, k: int, group: Sequence[Mention],
                     ends: dict[int, Mention]) -> list[Position]:
    """NAME是一名退休党员，封控开始后他主动报名当上了志愿者 — the post the next clause gives
    the subject through a pronoun (the first clause's own predicate held no post).

    Why: a pronoun opening the verb's clause refers back to the name when no other person
    stands between; the title must close its clause, with a mention (the org) or nothing
    before it."""
    rows, _, _ = _titles()
    lim = text.find("。", k)
    lim = len(text) if lim < 0 else lim
    nxt = pers[i + len(group)].start if i + len(group) < len(pers) else len(text)
    m = _RESTART_VERB.search(text, k, min(lim, nxt, k + 60))
    if m is None or "\n" in text[k:m.start()]:
        return []
    j = m.end()
    stop = j
    while stop < len(text) and stop - j < 16 and text[stop] not in _CLAUSE_END and text[stop] != "\n":
        stop += 1
    if stop >= len(text) or text[stop] not in _CLAUSE_END:
        return []
    t = _title_ending_at(text, stop, j)
    if t is None or rows[t]["position"] == "-" or rows[t]["kind"] == "byline":
        return []
    tstart = stop - len(t)
    mo = ends.get(tstart)
    org = mo.text if mo is not None and mo.start >= j and mo.type in ("ORG", "LOC") else None
    if org is None and text[j:tstart] not in ("", "一名", "一位", "一个"):
        return []
    return [Position(p.text, rows[t]["position"], org, p.start, stop, "pos.copula.restart") for p in group]


_DEPUTY_BODIES = {"人大代表": "人大", "政协委员": "政协"}


def _deputy_body(level: str, title: str, before: int, backref: Sequence[Mention]) -> str | None:
    """市人大代表 with the city only implied: the article's latest place of that level, as
    ``X人大|X`` (the annotators' form, seed-003).

    Why: a deputy belongs to the congress of the place the article is about.
    """
    for m in reversed(backref):
        if m.end <= before and m.type == "LOC" and m.text.endswith(level) and len(m.text) >= 3:
            return f"{m.text}{_DEPUTY_BODIES[title]}|{m.text}"
    return None


def _village_before(tstart: int, lo: int, backref: Sequence[Mention]) -> str | None:
    """第一书记 with no body written: the village named just before in the same line.

    Why: a 第一书记 is posted to a village; the annotators give the village as org.
    """
    for m in reversed(backref):
        if m.end <= tstart and m.start >= lo and m.type == "LOC" and m.text.endswith("村") and tstart - m.end < 40:
            return m.text
    return None


@rule("pos.byline", priority=10)
def _byline(text: str, per: Mention, ends: dict[int, Mention], lo: int, prev: Mention | None,
            prev_got: Sequence[Position] = ()) -> list[Position]:
    """``prev_got``: the byline posts of ``prev`` (so a third name after one marker inherits too)."""
    rows, _, _ = _titles()
    end = per.start
    while end > lo and text[end - 1] in " \u3000:：\t|｜":
        end -= 1
    t = _title_ending_at(text, end, lo)
    if t is None and prev is not None and prev.rule.startswith("per.byline"):
        # a second (third …) name after one marker: 通讯员 杨贵新 郑依飞
        gap = text[prev.end:per.start]
        if gap.strip(" \u3000\t、,，\n") == "":
            got = list(prev_got) or _byline(text, prev, ends, lo, None)
            return [Position(per.text, p.title, p.org, per.start, per.end, "pos.byline") for p in got]
        return []
    if t is None:
        t, end = _loose_byline_title(text, end, lo)
    if t is None or rows[t]["kind"] != "byline" or rows[t]["position"] == "-":
        return []
    tstart = end - len(t)
    return [Position(per.text, rows[t]["position"], _outlet_before(text, tstart, ends, lo), per.start, per.end,
                     "pos.byline")]


def _loose_byline_title(text: str, end: int, lo: int) -> tuple[str | None, int]:
    """A byline title before ``end`` written spaced (作 者 : 孟玲) or followed by the
    writer's department (作者：政教处 龚诗雨); returns (title, its end) or (None, end).

    Why: school and association sites space out their labels or put the
    department first; the post is still the byline's, with no org.
    """
    rows, by_len, _ = _titles()
    k = end
    # 作者：政教处|龚诗雨: skip one department word (2-6 chars ending in an office char)
    j = k
    while j > lo and "\u4e00" <= text[j - 1] <= "\u9fff" and k - j < 6:
        j -= 1
    if k - j >= 2 and text[k - 1] in department_end_chars() and j > lo and text[j - 1] in " \u3000:：":
        k = j
        while k > lo and text[k - 1] in " \u3000:：\t":
            k -= 1
        t = _title_ending_at(text, k, lo)
        if t is not None and rows[t]["kind"] == "byline":
            return t, k
    # 作 者 : spaced characters
    chars: list[tuple[str, int]] = []
    p = end
    while p > lo and len(chars) < 5:
        ch = text[p - 1]
        if ch in " \u3000":
            p -= 1
            continue
        if not ("\u4e00" <= ch <= "\u9fff"):
            break
        chars.append((ch, p))
        p -= 1
    word = "".join(c for c, _ in reversed(chars))
    for t in by_len:
        if len(t) >= 2 and word.endswith(t) and rows[t]["kind"] == "byline" and " " in text[chars[len(t) - 1][1] - 1:end] :
            return t, end
    return None, end


def _outlet_before(text: str, tstart: int, ends: dict[int, Mention], lo: int) -> str | None:
    """The outlet a byline title belongs to: right before it (驻马店网记者) or before a
    programme name (成都日报|锦观新闻|记者).  (驻马店网讯(记者 …): the dateline's outlet is
    left out, as the annotators mostly do.)"""
    def media(k: int) -> str | None:
        m = ends.get(k)
        return m.text if m is not None and m.type == "ORG" and m.rule == "org.media" else None

    if media(tstart):
        return media(tstart)
    for j in range(tstart - 1, max(lo, tstart - 6) - 1, -1):  # 成都日报|锦观新闻: a programme of the outlet
        if not ("\u4e00" <= text[j] <= "\u9fff"):
            break
        if media(j):
            return media(j)
    return None


@rule("pos.enum", priority=30)
def _enum_deng(text: str, pers: list[Mention], i: int) -> list[Position]:
    rows, by_len, _ = _titles()
    j = i
    while j + 1 < len(pers) and text[pers[j].end:pers[j + 1].start] == "、":
        j += 1
    tail = pers[j].end
    if text[tail:tail + 1] != "等":
        return []
    for t in by_len:
        if text.startswith(t, tail + 1) and rows[t]["position"] != "-" and rows[t]["kind"] != "byline":
            return [Position(p.text, rows[t]["position"], None, p.start, p.end, "pos.enum") for p in pers[i:j + 1]]
    return []


def extract_positions(text: str, mentions: Sequence[Mention], zones: Sequence[Span] | None = None) -> list[Position]:
    """Positions per ANNOTATION, one per (person, title, org), in text order."""
    ends: dict[int, Mention] = {}
    for m in mentions:
        if m.type in ("ORG", "LOC"):
            old = ends.get(m.end)
            if old is None or m.start < old.start:
                ends[m.end] = m
    backref = sorted((m for m in mentions if m.type in ("ORG", "LOC")), key=lambda m: (m.start, m.end))
    pers = sorted((m for m in mentions if m.type == "PER" and _in_zones(m.start, m.end, zones)), key=lambda m: m.start)
    out: list[Position] = []
    last_byline: list[Position] = []
    last_by = -1
    for i, per in enumerate(pers):
        lo = text.rfind("\n", 0, per.start) + 1
        prev = pers[i - 1] if i else None
        got = _byline(text, per, ends, lo, prev, last_byline if prev is not None and last_by == prev.start else ())
        last_byline, last_by = (got, per.start) if got else ([], -1)
        if not got:
            got = _title_chain(text, per, ends, lo, backref)
        if not got and prev is not None and text[prev.end:per.start] in ("、", ",", "，"):
            # shared title in an enumeration: 青年志愿者秦泉,段佳薇
            got = [Position(per.text, p.title, p.org, per.start, per.end, p.rule + ".enum")
                   for p in out if p.person == prev.text and p.start >= prev.start - 30 and p.rule == "pos.title"]
        if not got and (prev is None or text[prev.end:per.start] != "、"):
            got = _enum_deng(text, pers, i)
        out.extend(got)
        out.extend(_post_after(text, per, ends))
        out.extend(_post_by_copula(text, pers, i, ends))
    # dedupe; a (person, title) with a known org drops its org-less twin
    seen: dict[tuple[str, str, str | None], Position] = {}
    for p in out:
        seen.setdefault((p.person, p.title, p.org), p)
    with_org = {(k[0], k[1]) for k in seen if k[2] is not None}
    return [p for k, p in seen.items() if not (k[2] is None and (k[0], k[1]) in with_org)]
