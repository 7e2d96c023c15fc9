"""Positions: (person, title, org) from title chains, org+title, bylines, enumerations."""
import pytest

from kg.extract.entities import extract_mentions
from kg.extract.positions import extract_positions


def pos(text):
    return {(p.person, p.title, p.org) for p in extract_positions(text, extract_mentions(text))}


@pytest.mark.parametrize("text,expected", [
    ("市委副书记、市长马志峰主持召开会议", {("马志峰", "副书记", "市委"), ("马志峰", "市长", None)}),
    ("斗山社区党总支书记李玮满怀信心地说", {("李玮", "书记", "斗山社区党总支")}),
    ("(记者 乔雯 通讯员 赵萌萌 陈菲菲)", {("乔雯", "记者", None), ("赵萌萌", "通讯员", None), ("陈菲菲", "通讯员", None)}),
    # the editorial sign-off row: each role is a title (审核, 值班主编, 监制)
    ("编辑 孟凡 审核 韩晓东 值班主编 钱立新", {("孟凡", "编辑", None), ("韩晓东", "审核", None), ("钱立新", "值班主编", None)}),
    ("撰稿：林嘉怡　监制：秦文涛", {("林嘉怡", "撰稿", None), ("秦文涛", "监制", None)}),
    # a programme name between the outlet and the byline title (新闻记者 is one word to jieba)
    ("南方日报晨间新闻记者 周明远", {("周明远", "记者", "南方日报")}),
    ("西湖镇绿荫农家乐老板娘李秀芳送来牛奶", {("李秀芳", "老板娘", "西湖镇绿荫农家乐")}),
    ("记者 | 陆晓婷\n编辑 | 沈一帆\n", {("陆晓婷", "记者", None), ("沈一帆", "编辑", None)}),
    ("中国江西网记者 李小涛 摄", {("李小涛", "记者", "中国江西网")}),
    ("责任编辑:宋东风", {("宋东风", "责任编辑", None)}),
    ("于骏新、王天元等志愿者秉持原则", {("于骏新", "志愿者", None), ("王天元", "志愿者", None)}),
    ("河东社区青年志愿者孙丽,赵婷在业主群里发起接龙", {("孙丽", "志愿者", "河东社区"), ("赵婷", "志愿者", "河东社区")}),
    ("北美南安同乡会会长、水头镇侨联主席王艺强组织捐赠", {("王艺强", "会长", "北美南安同乡会"), ("王艺强", "主席", "水头镇侨联")}),
    # 该村 / a bare class after a break points back at the latest body of that class
    ("沙坪村的党员送来了物资。该村支部书记刘国平说", {("刘国平", "书记", "沙坪村")}),
    ("安阳市义工协会送来口罩,协会会长赵志勇介绍", {("赵志勇", "会长", "安阳市义工协会")}),
    # round 4: the chain steps over an unnamed head (居委会) to the first post; that second
    # post stays org-less and does not point back at another 居委会 of the article
    ("桃源社区党委书记、居委会主任汪德明介绍", {("汪德明", "书记", "桃源社区党委"), ("汪德明", "主任", None)}),
    ("向东居委会送来口罩。桃源居民区党总支书记、居委会主任汪德明说",
     {("汪德明", "书记", "桃源居民区党总支"), ("汪德明", "主任", None)}),
    # a post no longer held is no position
    ("退休教师贺兰芳把一千元现金送到社区", set()),
    # bylines: a third name after one marker, a department before the name, a spaced label
    ("作者:钟立明 贺晓春 庞雪芬 时间:2021", {("钟立明", "作者", None), ("贺晓春", "作者", None), ("庞雪芬", "作者", None)}),
    ("作者：教务处 钟立明　审核：贺晓春", {("钟立明", "作者", None), ("贺晓春", "审核", None)}),
    ("发布时间 : 2021-03-02 作 者 : 钟立明", {("钟立明", "作者", None)}),
    # 由商会会长X: a bare class after a preposition points back at the body
    ("清溪镇商会筹集资金。由商会会长钟立明带队送往指挥部", {("钟立明", "会长", "清溪镇商会")}),
    # round 7: the first post of a chain whose second body is unnamed points back too;
    # a lone 村 before a title is the article's village; a chain across two bodies does not
    ("石桥村党支部发出倡议。党支部书记、村委会主任韩立军介绍",
     {("韩立军", "书记", "石桥村党支部"), ("韩立军", "主任", None)}),
    ("新华村党支部组织捐款。村第一书记郭东旭和党支部书记、村委会主任韩志刚用这笔钱采购",
     {("郭东旭", "第一书记", "新华村"), ("韩志刚", "书记", "新华村党支部"), ("韩志刚", "主任", None)}),
    ("明澜集团送来物资。集团董事长、临安区人大代表周建国说",
     {("周建国", "董事长", None), ("周建国", "人大代表", "临安区")}),
    ("特约通讯员 孟晓燕", {("孟晓燕", "特约通讯员", None)}),
    # round 8: a triple title (村党支部 written as such, 驻村工作队 in full, 第一书记 takes the
    # village); a chain of posts across a comma; 市人大代表 takes the article's city
    ("在石桥村，县农业局选派的第一书记、驻村工作队队长、村党支部副书记韩立军说",
     {("韩立军", "第一书记", "石桥村"), ("韩立军", "队长", "驻村工作队"), ("韩立军", "副书记", "村党支部")}),
    ("镇党委副书记、镇长，镇防控指挥部副指挥长钟立明介绍",
     {("钟立明", "副书记", "镇党委"), ("钟立明", "镇长", None), ("钟立明", "副指挥长", "镇防控指挥部")}),
    # round 8: a locale's (or the hospital's) Party body written before the title keeps its
    # locale char (社区党委, 院党委), not the bare head; 该村 still points back at the village
    ("社区党委书记陈玉兰汇报了工作情况", {("陈玉兰", "书记", "社区党委")}),
    ("物资运抵平安县人民医院。该院党委书记郑明远介绍", {("郑明远", "书记", "院党委")}),
    ("石桥村一定会越来越好。该村支部书记韩立军说", {("韩立军", "书记", "石桥村")}),
    # bank, kindergarten, procuratorate posts; 常务副县长 is one title; editorial sign-off rows
    ("平安银行城南支行行长张国强带领员工捐赠大米", {("张国强", "行长", "平安银行城南支行")}),
    ("阳光幼儿园园长陈美玲介绍", {("陈美玲", "园长", "阳光幼儿园")}),
    ("县政府常务副县长刘建新主持会议", {("刘建新", "常务副县长", "县政府")}),
    ("编辑：杨帆\n二审：王欣\n三审：刘志刚", {("杨帆", "编辑", None), ("王欣", "二审", None), ("刘志刚", "三审", None)}),
    # round 8: a post the clause predicates of its subject (是/成为 ORG TITLE), for a couple
    # joined by 和 too, across a pronoun restart, and a second post after 也是
    ("赵丽华是平安县中医院志愿服务队队员，也是星火志愿服务队队员，",
     {("赵丽华", "队员", "平安县中医院志愿服务队"), ("赵丽华", "队员", "星火志愿服务队")}),
    ("居委会主任韩丽萍和丈夫周志斌一起报名成为向阳社区志愿者。",
     {("韩丽萍", "主任", None), ("韩丽萍", "志愿者", "向阳社区"), ("周志斌", "志愿者", "向阳社区")}),
    ("向阳社区的居民韩丽萍今年58岁，她主动报名成为向阳社区志愿者，", {("韩丽萍", "志愿者", "向阳社区")}),
    # a described role (是二中的老师) is no plain post
    ("志愿者韩丽萍是平安县第二中学的老师，她说", {("韩丽萍", "志愿者", None)}),
    # a byline cell that is also a word, beside a cell that is a name
    ("记者：文艺 严晓琳", {("文艺", "记者", None), ("严晓琳", "记者", None)}),
    ("文字：刘晓东\n排版：廖小燕", {("刘晓东", "文字", None), ("廖小燕", "排版", None)}),
    ("安阳市疫情防控工作有序。市人大代表、明澜公司经理周建国说",
     {("周建国", "人大代表", "安阳市人大|安阳市"), ("周建国", "经理", "明澜公司")}),
    ("东方家庭农场主孙海生把蔬菜送到村里", {("孙海生", "农场主", "东方家庭农场")}),  # 家庭农场 is a body (issue 5)
    # a post taken on, written after the name
    ("石桥社区党委书记钟立明身兼防控专班组长，连续多日值守", {("钟立明", "书记", "石桥社区党委"), ("钟立明", "组长", None)}),
    # issue 5: a body whose last word opens the title; a quoted shop before 店主
    ("青禾家庭农场主王建国送来青菜", {("王建国", "农场主", "青禾家庭农场")}),
    ("个体户“福满园饺子”店主刘建华送来饺子", {("刘建华", "店主", "福满园饺子")}),
])
def test_positions(text, expected):
    assert pos(text) == expected


def test_point_back_is_thread_safe():
    """The 该村 back-pointing rule takes the article's bodies as an argument (no module state)."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.extract import positions as P
    from kg.extract.entities import extract_mentions
    from kg.extract.positions import extract_positions

    assert not hasattr(P, "_BACKREF")
    texts = ["中张村开展排查。该村支书李国华带队值守。", "西湖社区组织志愿者。该社区主任王晓梅介绍。"] * 8

    def run(t):
        return [(p.person, p.title, p.org) for p in extract_positions(t, extract_mentions(t))]

    sequential = [run(t) for t in texts]
    with ThreadPoolExecutor(4) as ex:
        threaded = list(ex.map(run, texts))
    assert threaded == sequential


@pytest.mark.parametrize("text,expected", [
    # a post in an unnamed firm (是一家…的负责人): org None
    ("九亭镇居民顾明平是一家外贸公司的负责人，得知情况后捐赠口罩。", {("顾明平", "负责人", None)}),
    # the next clause gives the post through a pronoun
    ("北湖社区居民王明华是一名退休党员，封控开始后他主动报名当上了志愿者，每天帮社区搬运物资。",
     {("王明华", "志愿者", None)}),
    # not when the pronoun is a possessive (他的妻子)
    ("村民李明强是一名退休党员，他的妻子当上了志愿者，每天值守。", set()),
])
def test_round9_copula_posts(text, expected):
    assert pos(text) == expected


def test_round9_pronoun_restart_rule_name():
    text = "北湖社区居民王明华是一名退休党员，封控开始后他主动报名当上了志愿者，每天帮社区搬运物资。"
    assert {p.rule for p in extract_positions(text, extract_mentions(text))} == {"pos.copula.restart"}


def rules(text):
    return {(p.person, p.title, p.org, p.rule) for p in extract_positions(text, extract_mentions(text))}


@pytest.mark.parametrize("text,expected", [
    # round 11, pos.title.modifier: a word describing the role stands between the place and the title
    ("“我们不怕。”青石镇党员志愿者陈美华说。", {("陈美华", "志愿者", "青石镇", "pos.title.modifier")}),
    ("桃花村疫情防控志愿者刘建军说道。", {("刘建军", "志愿者", "桃花村", "pos.title.modifier")}),
    # round 11, pos.title.over_unit: the chain steps over an unnamed unit (突击队, 骨科) to the first post
    ("在梨花村,梨花村党支部书记、党员先锋队队长张德顺带领队员排查。",
     {("张德顺", "队长", None, "pos.title"), ("张德顺", "书记", "梨花村党支部", "pos.title.over_unit")}),
    # round 11, pos.title.ward: a ward post after a hospital department's post is the hospital's
    ("东山县人民医院骨科党支部书记、骨科护士长王秀英说",
     {("王秀英", "护士长", "东山县人民医院", "pos.title.ward"),
      ("王秀英", "书记", "东山县人民医院骨科党支部", "pos.title.over_unit")}),
    ("平阳县人民医院呼吸科党支部书记、护士长李春燕带领党员请战。",
     {("李春燕", "护士长", "平阳县人民医院", "pos.title.ward"),
      ("李春燕", "书记", "平阳县人民医院呼吸科党支部", "pos.title")}),
])
def test_round11_rules(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the describing word alone, with no place before it: org None
    ("他的妻子是党员志愿者，每天值守。今天党员志愿者陈美华说。", {("陈美华", "志愿者", None)}),
    # a ward post after a post of a non-hospital body keeps org None
    ("城关镇党委书记、护士长李春燕带领党员请战。", {("李春燕", "书记", "城关镇党委"), ("李春燕", "护士长", None)}),
    # no step over a unit when the post before 、 has no named body
    ("党员、突击队队长张德顺带领队员排查。", {("张德顺", "队长", None)}),
    # the municipal chain stays as annotated: 市长 org None
    ("市委副书记、市长马志峰主持召开会议", {("马志峰", "副书记", "市委"), ("马志峰", "市长", None)}),
])
def test_round11_guards(text, expected):
    assert pos(text) == expected


# ent12: posts of banners, 苏木 and 嘎查, border guards (invented sentences)
@pytest.mark.parametrize("text,expected", [
    ("陈巴尔虎旗委副书记、旗长孟克巴雅尔到牧区调研", {("孟克巴雅尔", "副书记", "陈巴尔虎旗委"),
                                                  ("孟克巴雅尔", "旗长", None)}),
    ("乌兰哈达苏木党委副书记、苏木达斯琴图雅说", {("斯琴图雅", "副书记", "乌兰哈达苏木党委"),
                                                ("斯琴图雅", "苏木达", None)}),
    ("护边员刘春花每天骑着摩托车巡逻", {("刘春花", "护边员", None)}),
    ("州委副书记、州长次仁平措主持召开会议", {("次仁平措", "副书记", "州委"), ("次仁平措", "州长", None)}),
])
def test_ent12_regional_posts(text, expected):
    assert pos(text) == expected
