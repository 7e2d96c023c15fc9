"""Entity extraction: hard cases from ANNOTATION.md as (text, expected) tables."""
import pytest

from kg.extract.entities import extract_mentions
from kg.extract.registry import resolve_overlaps
from kg.model import Mention, Span


def names(text, type_):
    return {m.text for m in extract_mentions(text) if m.type == type_}


@pytest.mark.parametrize("text,type_,expected", [
    # title-anchored and byline names
    ("斗山社区党总支书记李玮满怀信心地说。", "PER", {"李玮"}),
    ("映象网讯(记者 乔雯 通讯员 赵萌萌 陈菲菲)新型冠状肺炎影响着出行", "PER", {"乔雯", "赵萌萌", "陈菲菲"}),
    ("党员李奎、李志轩,发展对象刘鸭、李俊超,群众余贺春等爱心人士", "PER", {"李奎", "李志轩", "刘鸭", "李俊超", "余贺春"}),
    ("华兴公司董事长向长江得知情况后", "PER", {"向长江"}),
    # own sentences: soft-break given names, lists closed by 等+role, anonymised and titled surnames
    ("优秀党员白和平、郭晨卯带着面包慰问值班人员", "PER", {"白和平", "郭晨卯"}),
    ("孙明远、钱学军、赵国庆等志愿者连夜分装物资", "PER", {"孙明远", "钱学军", "赵国庆"}),
    ("正要外出的村民曾某说,罗女士也表示支持", "PER", set()),
    ("这是基层工作者和基层党员的共同心愿", "PER", set()),
    ("乡中学副校长周明学说:“我们严格执行上级要求。”", "PER", {"周明学"}),
    ("本报讯(记者 韩冬梅 通讯员 贺晓\n邹丽丽)连日来", "PER", {"韩冬梅", "贺晓", "邹丽丽"}),
    # round 3: a bare three-char name, a list closed by 和, role words
    ("这家粮油公司的负责人曹立民是本地人", "PER", {"曹立民"}),
    ("范志刚是一名快递员,每天往返城乡", "PER", {"范志刚"}),
    ("村支书许国华每天带队巡村", "PER", {"许国华"}),
    ("楼栋长和网格长一起上门登记", "PER", set()),
    # outlets: a place that starts with a stop char, an outlet's app, a level + outlet head
    ("驻马店网讯 (通讯员 王小明)连日来", "ORG", {"驻马店网"}),
    ("来源：海南日报客户端", "ORG", {"海南日报客户端"}),
    ("县融媒体中心记者 王华", "ORG", {"县融媒体中心"}),
    # a body stationed in a place (X驻Y); coordinated levels and counted teams are not bodies
    ("省侨联驻沙坪村青年志愿服务队送来蔬菜", "ORG", {"省侨联驻沙坪村青年志愿服务队", "省侨联"}),
    ("区党工委坚决落实省市委的部署", "ORG", {"区党工委"}),
    ("群众自发组成12支志愿服务队", "ORG", set()),
    ("实施社区党总支+网格党支部的管理模式", "ORG", set()),
    # a generic zone word inside a named zone is not a place of its own
    ("黄冈高新区的党员干部", "LOC", {"黄冈高新区", "黄冈"}),
    # generic teams and urban units are classes
    ("社区组建党员先锋队和刑警中队开展巡查", "ORG", set()),
    ("干部包小区、领导包社区,严格控制社区出入", "LOC", set()),
    # a community named after a street; a town glued to the next village by the segmenter
    ("永宁街社区、解放路社区的志愿者", "LOC", {"永宁街社区", "解放路社区"}),
    # place + body orgs, nested org and place
    ("新郑市公立人民医院急诊重症外科党支部书记宋婉宁", "ORG", {"新郑市公立人民医院急诊重症外科党支部", "新郑市公立人民医院"}),
    ("新郑市公立人民医院急诊重症外科党支部书记宋婉宁", "LOC", {"新郑市"}),
    # run-together places and villages
    ("王勿桥乡中张村党员积极分子纷纷伸出援手", "LOC", {"王勿桥乡", "中张村"}),
    ("在上栗县金山镇白鹤中学操场上", "LOC", {"上栗县", "金山镇"}),
    # locale-relative bodies are listed
    ("于2020年2月7日前将捐赠的善款交到县红十字会统一使用", "ORG", {"县红十字会"}),
    pytest.param("下一步,我们将会同县防控办、商务局", "ORG", {"县防控办", "商务局"},
                 marks=pytest.mark.xfail(reason="会同县 is a real county: needs article-level place context")),
    # media outlets from the byline
    ("中国江西网记者 李小涛 摄", "ORG", {"中国江西网"}),
    # generic classes are skipped
    ("各级党组织和有关部门要督促物业公司落实", "ORG", set()),
    ("社区党员干部下沉到小区", "LOC", set()),
])
def test_cases(text, type_, expected):
    assert names(text, type_) == expected


def test_boilerplate_excluded():
    text = "记者 张三 报道\n版权声明:凡本网注明来源:驻马店网的作品\n分享到:\n新闻推荐\n记者 李四"
    assert names(text, "PER") == {"张三"}


def test_zones_respected():
    text = "记者 张三 报道。责任编辑:王五"
    assert names(text, "PER") == {"张三", "王五"}
    got = {m.text for m in extract_mentions(text, [Span(0, 8)]) if m.type == "PER"}
    assert got == {"张三"}


def test_full_form_for_locale_relative():
    ms = extract_mentions("桃江县红十字会发布公示。县红十字会共收到捐款。")
    short = [m for m in ms if m.text == "县红十字会"]
    assert short and short[0].full == "桃江县红十字会"


def test_overlap_policy_keeps_nested():
    outer = Mention("新郑市公立人民医院", "ORG", 0, 9, "org.suffix")
    inner_loc = Mention("新郑市", "LOC", 0, 3, "loc.gazetteer")
    crossing = Mention("公立人", "PER", 3, 6, "per.title")
    kept = resolve_overlaps([crossing, inner_loc, outer])
    assert outer in kept and inner_loc in kept and crossing not in kept
