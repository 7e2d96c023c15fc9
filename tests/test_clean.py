"""kg.clean: character noise, exact offset map, zones and metadata."""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import opencc
import pytest

from kg.clean import clean
from kg.model import Article
from kg.read import read_article

FIXTURES = Path(__file__).parent / "fixtures" / "read"
_T2S = opencc.OpenCC("t2s")


def art(raw: str, doc_id: str = "t") -> Article:
    return Article(doc_id, f"{doc_id}.txt", raw, "utf-8", hashlib.sha256(raw.encode()).hexdigest())


def assert_map_exact(c) -> None:  # type: ignore[no-untyped-def]
    """Every clean char comes from its raw char (t2s, NFKC, or a blanked run)."""
    raw = c.article.raw
    assert len(c.raw_index) == len(c.text) + 1
    assert c.raw_index[-1] == len(raw)
    assert list(c.raw_index[:-1]) == sorted(set(c.raw_index[:-1]))  # strictly increasing
    for i, ch in enumerate(c.text):
        r = raw[c.raw_index[i]]
        ok = ch == r or _T2S.convert(r) == ch or unicodedata.normalize("NFKC", r) == ch
        ok = ok or _T2S.convert(unicodedata.normalize("NFKC", r)) == ch or (ch in " \n" and r.isspace())
        ok = ok or ch == " "  # a blanked mojibake run
        assert ok, (i, ch, r)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("區(qū)", "区"),
        ("組團(tuán)服務(wù)", "组团服务"),
        ("馬鞍山鄭蒲港新區(qū):萬眾一心", "马鞍山郑蒲港新区:万众一心"),
        ("安徽財經網(m.xomn.cn)訊", "安徽财经网(m.xomn.cn)讯"),  # a domain, not a reading
        ("映象网讯(记者 乔雯)", "映象网讯(记者 乔雯)"),
        ("蓝天自愿者(义工)协会", "蓝天自愿者(义工)协会"),
        ("N95口罩(ffp2)", "N95口罩(ffp2)"),  # no tone mark: kept
        ("全（quán）力", "全力"),  # full-width parentheses
    ],
)
def test_pinyin_removed(raw: str, expected: str) -> None:
    c = clean(art(raw))
    assert c.text == expected
    assert_map_exact(c)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０２０年２月１０日：口罩", "2020年2月10日:口罩"),
        ("ＡＢＣ　公司", "ABC 公司"),
        ("口\u200b罩\u202e消\ufeff毒", "口罩消毒"),
        ("\x1b[31m红色\x1b[0m文字", "红色文字"),
        ("第一行\r\n第二行\x00\x07", "第一行\n第二行"),
        ("首页é¦–é¡µ正文", "首页 正文"),
        ("乱码锟斤拷锟斤拷正文", "乱码 正文"),
        ("  前后空格   中间  \n\n\n\n下一段  ", "前后空格 中间\n\n下一段"),
        ("????今年53岁的他", "今年53岁的他"),
        ("? ?廣東汕尾", "广东汕尾"),
        ("費用說明：頭髮與乾燥", "费用说明:头发与干燥"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    c = clean(art(raw))
    assert c.text == expected
    assert_map_exact(c)


def test_raw_span_maps_back() -> None:
    raw = "市場星報、安徽財經網(m.xomn.cn)訊 馬鞍山鄭蒲港新區(qū)持續發揮作用。"
    c = clean(art(raw))
    start = c.text.index("郑蒲港新区")
    rs, re_ = c.raw_span(start, start + len("郑蒲港新区"))
    assert raw[rs:re_] == "鄭蒲港新區"  # the reading after 區 is outside the span


def test_phrase_conversion_changing_length_falls_back() -> None:
    # whatever OpenCC does phrase-wise, the map must stay exact
    raw = "乾隆年間,頭髮與著作、於是「台灣」的電腦裡。"
    c = clean(art(raw))
    assert len(c.text) == len(raw)
    assert_map_exact(c)


@pytest.mark.parametrize("name", ["seed-000.txt", "seed-004.txt"])
def test_map_exact_on_seeds(name: str) -> None:
    assert_map_exact(clean(read_article(FIXTURES / name)))


def _zone_text(c) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(c.text[z.start : z.end] for z in c.zones)


def test_zones_seed_000() -> None:
    c = clean(read_article(FIXTURES / "seed-000.txt"))
    inside = _zone_text(c)
    for kept in ["马鞍山郑蒲港新区:万众一心防疫情", "编辑:张发平", "龙芯微、三优光电", "陈鹏市场星报、安徽财经网记者 张发平"]:
        assert kept in inside
    for dropped in ["您的位置", "分享到", "公众微信", "APP下载", "未经授权不得转载"]:
        assert dropped in c.text and dropped not in inside
    for name in ["张发平", "陈鹏", "龙芯微", "瑞声科技", "郑蒲港新区", "武汉"]:
        i = c.text.index(name)
        assert c.in_article(i, i + len(name))


def test_zones_seed_004_footer() -> None:
    c = clean(read_article(FIXTURES / "seed-004.txt"))
    inside = _zone_text(c)
    assert "责任编辑:宋东风" in inside
    assert "驻马店网讯(记者 梁博涵)" in inside
    for dropped in ["版权声明", "冯程斌", "查看心情排行", "返回顶部", "星期六", "发送短信"]:
        assert dropped in c.text and dropped not in inside
    last = c.text.rindex("责任编辑:宋东风")
    assert c.in_article(last, last + len("责任编辑:宋东风"))


@pytest.mark.parametrize(
    ("name", "title", "date", "sources"),
    [
        ("seed-000.txt", "马鞍山郑蒲港新区:万众一心防疫情 组团服务暖民心", "2020-02-10", ("市场星报", "安徽财经网")),
        ("seed-004.txt", "开发区关王庙乡众志成城 坚决打赢疫情防控阻击战", "2020-02-19", ("驻马店网",)),
    ],
)
def test_meta_seeds(name: str, title: str, date: str, sources: tuple[str, ...]) -> None:
    m = clean(read_article(FIXTURES / name)).meta
    assert (m.title, m.date, m.sources) == (title, date, sources)


@pytest.mark.parametrize(
    ("raw", "title", "date", "sources"),
    [
        ("荆楚网客户端-荆楚网消息(通讯员 张丹)2月5日上午9时,黄冈高新区管委会机关捐赠的105份新鲜蔬菜送达社区,社区党员干部迅速分发。",
         None, None, ("荆楚网",)),
        ("某县举行捐款活动\n发布时间:2020/02/10\n为认真贯彻有关精神,进一步做好疫情防控工作,全县干部职工踊跃捐款,奉献爱心,传递温暖。",
         "某县举行捐款活动", "2020-02-10", ()),
        ("2025年7月5日 星期六\n首页 县区 开发区\n\n某乡众志成城 打赢阻击战\n\n2020年2月19日 来源:某某日报\n\n全乡干部群众众志成城,坚决打赢疫情防控阻击战,各村设立卡点,严防死守。",
         "某乡众志成城 打赢阻击战", "2020-02-19", ("某某日报",)),
        ("爱心企业送物资\n南宁日报  2022-08-09\n\n炎炎夏日,热浪袭人,医务工作者、社区工作人员以及志愿者坚守疫情防控一线,保障群众安全。",
         "爱心企业送物资", "2022-08-09", ("南宁日报",)),
        # a dateline that is no calendar day is not the publication date (and no xsd:date)
        ("某县举行捐款活动\n发布时间:2021-02-30\n全县干部职工踊跃捐款,奉献爱心,传递温暖。",
         "某县举行捐款活动", None, ()),
        ("晚报讯 9月23日,某镇某村开始第五轮核酸检测,在镇村干部、志愿者、村民的有序配合下,检测现场秩序井然。",
         None, None, ()),
    ],
)
def test_meta_rules(raw: str, title: str | None, date: str | None, sources: tuple[str, ...]) -> None:
    m = clean(art(raw)).meta
    assert (m.title, m.date, m.sources) == (title, date, sources)


def test_meta_url_passes_through() -> None:
    a = Article("x", "x.html", "正文", "utf-8", "0" * 64, url="https://example.cn/a.html")
    assert clean(a).meta.url == "https://example.cn/a.html"


def test_empty_text_is_fine() -> None:
    c = clean(art("\u200b \n"))
    assert c.text == "" and c.zones == () and c.raw_index == (len("\u200b \n"),)


def test_html_fixture_zones() -> None:
    c = clean(read_article(FIXTURES / "page.html"))
    inside = _zone_text(c)
    assert c.meta.title == "某县开展防疫物资捐赠活动"
    assert c.meta.date == "2020-02-10"
    assert c.meta.sources[0] == "某某网"
    assert "责任编辑:李四" in inside
    assert "版权所有" not in inside and "当前位置" not in inside


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _alphabet = st.sampled_from(
        list("區(qū)組團馬鞍山口罩來源:2020年２月，。 \n\t\r\u200b\x1b[m?é¦–锟斤拷>首页分享到版权所有ａＡ（）")
    )

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=_alphabet, max_size=80))
    def test_map_exact_on_any_text(raw: str) -> None:
        c = clean(art(raw))
        assert len(c.raw_index) == len(c.text) + 1 and c.raw_index[-1] == len(raw)
        assert all(0 <= c.raw_index[i] < c.raw_index[i + 1] for i in range(len(c.text)))
        for z in c.zones:
            assert 0 <= z.start <= z.end <= len(c.text)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("首页 新闻 县区 开发区\n众志成城 抗击疫情 我们在行动\n来源:某某网 2020-02-03\n全县干部群众众志成城,抗击疫情,各村设卡,严防死守,确保平安。", "众志成城 抗击疫情 我们在行动"),
        ("提示\n确定\n2020-02-13 09:48:00 来 源 : 某市志愿者协会\n疫情面前,社区防控重中之重,基层干部奋战在一线,入户摸排。", None),
        ("为白鹤中学捐赠防控物资(某某网记者 张三 摄)\n某某网讯 记者张三报道:3月8日,志愿者为学校送来口罩、酒精等防疫物资。", None),
    ],
)
def test_title_rules(raw: str, title: str | None) -> None:
    assert clean(art(raw)).meta.title == title


def test_byline_with_spaces_stays_in_zone() -> None:
    raw = "标题在此处一行\n来源:某某日报\n全县干部群众众志成城,抗击疫情,各村设卡,严防死守,确保平安。\n记者 张三 李四 王五\n相关新闻\n某地 某地 某地"
    c = clean(art(raw))
    i = c.text.index("记者 张三")
    assert c.in_article(i, i + 5)
    j = c.text.index("相关新闻")
    assert not c.in_article(j, j + 4)


def with_url(raw: str, url: str | None) -> Article:
    return Article("x", "x.txt", raw, "utf-8", "0" * 64, url=url)


BODY = "某县红十字会向社区捐赠口罩500个,用于一线防控。\n"


@pytest.mark.parametrize(
    ("raw", "url", "date"),
    [
        # a dateline with its year wins over the URL
        ("标题在此\n发布时间:2021-03-05 10:00\n" + BODY, "https://x.cn/2020/02/11/1.shtml", "2021-03-05"),
        # a year-less dateline takes the URL's year
        ("标题在此\n某某日报客户端2月12日讯(记者 张三)\n" + BODY, "https://x.cn/system/2020/02/14/9.shtml", "2020-02-12"),
        ("标题在此\n某某网福州4月7日电 据报道\n" + BODY, "http://x.cn/news/2022/2022-04-11/5.html", "2022-04-07"),
        # December dateline under a January URL: the year before
        ("标题在此\n某某网12月30日讯\n" + BODY, "https://x.cn/20210102/1.html", "2020-12-30"),
        # no dateline: the URL's own date, in its several CMS spellings
        ("标题在此\n某某网讯\n" + BODY, "http://x.cn/202002/03/10326.html", "2020-02-03"),
        ("标题在此\n" + BODY, "http://x.cn/news_20221117_386084949409.shtml", "2022-11-17"),
        ("标题在此\n" + BODY, "https://x.cn/content/2020/02/11/12808349.html", "2020-02-11"),
        # a year-less dateline and a URL with no date: no date rather than a guessed year
        ("标题在此\n某某日报2月12日讯\n" + BODY, "https://x.cn/news/50209.html", None),
        ("标题在此\n某某日报2月12日讯\n" + BODY, None, None),
        # numbers in a URL that are not a date
        ("标题在此\n" + BODY, "https://x.cn/a/1234567890123.html", None),
    ],
)
def test_publication_date_from_dateline_and_url(raw: str, url: str | None, date: str | None) -> None:
    assert clean(with_url(raw, url)).meta.date == date


@pytest.mark.parametrize(
    ("raw", "title", "sources"),
    [
        # a WeChat page opens with the account and its dateline; the headline comes after them
        ("某某发布\n2022-09-06 21:18 发表于四川\n以下文章来源于某某日报，作者某某日报\n\n"
         "物资保供不断档 暖心物资送到家门口\n\n9月4日，某街道采购的蔬菜分装成4200份，由社区志愿者送到居民手中。",
         "物资保供不断档 暖心物资送到家门口", ("某某发布", "某某日报")),
        # the account name and its dateline on one line
        ("某区发布　2022-01-05 18:30　发表于陕西\n\n某区：菜篮子送到家门口\n\n来源：某某日报\n\n"
         "连日来，某区各街道多方筹措货源，爱心企业纷纷出手，一份份菜篮子被送到居民家门口。",
         "某区:菜篮子送到家门口", ("某某日报", "某区发布")),
        # an e-paper dateline: outlet, date, page
        ("某某日报　2020年02月08日　第A1版：要闻\n\n三十吨爱心蔬菜驰援一线\n\n"
         "本报讯 2月7日晚，满载30吨新鲜蔬菜的货车从物流园出发，驶往医院，这批蔬菜由某公司捐赠。",
         "三十吨爱心蔬菜驰援一线", ("某某日报",)),
        # a byline with no label colon is no headline: the headline is above it
        ("某某发布 2022-10-09 21:30 发表于新疆\n\n某街道：志愿服务队守护万家灯火\n\n某某日报记者 张明 通讯员 李华\n\n"
         "国庆节前后，某街道实行临时性静态管理，街道把党员干部、网格员、志愿者编成服务小组。",
         "某街道:志愿服务队守护万家灯火", ("某某发布", "某某日报")),
        # a school's own site names no outlet: the site owner is the source
        ("某县育才中学\n学校首页 | 学校概况 | 校园新闻 | 党建工作\n\n校友驰援家乡抗疫\n\n"
         "作者：张三  发布时间：2020-02-20  点击：836\n\n2月18日，某校友会捐赠的2万只口罩运抵县城，通过县红十字会转交一线。\n\n"
         "上一篇：我校召开疫情防控工作部署会\n版权所有：某县育才中学  地址：某县某镇",
         "校友驰援家乡抗疫", ("某县育才中学",)),
    ],
)
def test_meta_of_wechat_epaper_and_institution_pages(raw: str, title: str, sources: tuple[str, ...]) -> None:
    m = clean(art(raw)).meta
    assert (m.title, m.sources) == (title, sources)


def test_a_found_outlet_is_not_replaced_by_the_site_owner() -> None:
    raw = ("某公司\n首页 | 新闻\n\n爱心捐赠\n\n来源：某某晚报  2020-02-20\n\n"
           "2月18日，某公司向县红十字会捐赠口罩2万只，价值3万元，用于一线防控。\n\n版权所有 © 某公司")
    assert clean(art(raw)).meta.sources == ("某某晚报",)
