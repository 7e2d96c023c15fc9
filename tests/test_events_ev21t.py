"""Supply-event rules of the ev21t round (donor lists with a date cell or ` | ` cells),
on tables written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run

MONEY = "现金|资金|善款"


def test_donor_table_rows_led_by_their_date() -> None:
    # _table_line: a date cell leads the row; the row's date is the event's; 夫妇 joins two givers
    t = ("青川县慈善会新冠肺炎疫情防控捐赠款物公示\n"
         "现将我会接收的防疫捐赠款物情况公示如下：\n"
         "一、捐赠款物接收明细\n"
         "日期\t捐赠方\t捐赠款物\t金额或折价（元）\t备注\n"
         "3月2日\t明辉电器集团有限公司\t现金\t80000.00\t定向白沙镇\n"
         "3月3日\t白沙镇柳塘村党员群众\t现金\t9300.00\t\n"
         "3月4日\t孙国强、钱玉梅夫妇\t现金\t3000.00\t\n"
         "3月4日\t康泰药业有限公司\t医用外科口罩20000只\t12000.00\t\n"
         "3月5日\t吴海林（白沙镇）\t新鲜蔬菜3吨\t7500.00\t定向白沙镇\n"
         "\t合计\t\t111800.00\t\n\n"
         "衷心感谢社会各界的爱心奉献。\n\n青川县慈善会\n2021年3月8日\n")
    names = {"青川县慈善会": "ORG", "明辉电器集团有限公司": "ORG", "白沙镇": "LOC", "柳塘村": "LOC",
             "孙国强": "PER", "钱玉梅": "PER", "康泰药业有限公司": "ORG", "吴海林": "PER"}
    evs = run(t, names)
    got = [(e["agents"], e["recipients"], items(e), e["value_yuan"], e["date"]) for e in evs]
    assert got == [
        (["明辉电器集团有限公司"], ["青川县慈善会", "白沙镇"], [(MONEY, 80000, "元")], None, "2021-03-02"),
        (["柳塘村"], ["青川县慈善会"], [(MONEY, 9300, "元")], None, "2021-03-03"),
        (["孙国强", "钱玉梅"], ["青川县慈善会"], [(MONEY, 3000, "元")], None, "2021-03-04"),
        (["康泰药业有限公司"], ["青川县慈善会"], [("医用外科口罩", 20000, "只")], 12000, "2021-03-04"),
        (["吴海林"], ["青川县慈善会", "白沙镇"], [("新鲜蔬菜", 3, "吨")], 7500, "2021-03-05"),
    ]


def test_donor_table_with_bar_separated_cells() -> None:
    # _table_line: ` | ` breaks cells; a payment-method cell (events_pay_methods.txt) and a 含… note
    # are no items; 无名氏 gives with no agent; X村村民Y: the named person gives
    t = ("南溪县红十字会关于接收疫情防控捐赠款物情况的公示\n"
         "按照上级红十字会的要求，现将我会接收的社会捐赠款物情况公示如下：\n"
         "一、接收捐赠资金\n"
         "序号 | 捐赠者 | 金额（元） | 方式 | 备注\n"
         "1 | 丰源农业开发有限公司 | 40000 | 银行转账 |\n"
         "2 | 南溪县个体劳动者协会 | 21500 | 银行转账 | 含会员捐款\n"
         "3 | 石门镇杏林村党员群众 | 6400 | 现金 | 定向石门镇\n"
         "4 | 无名氏 | 3000 | 微信转账 |\n"
         "二、接收捐赠物资\n"
         "序号 | 捐赠者 | 物资名称及数量 | 折合金额（元）\n"
         "1 | 仁和医药有限公司 | 医用外科口罩8000只 | 9600\n"
         "2 | 石门镇杏林村村民郑秀芝 | 鸡蛋200斤 | 1200\n")
    names = {"南溪县红十字会": "ORG", "上级红十字会": "ORG", "丰源农业开发有限公司": "ORG",
             "南溪县个体劳动者协会": "ORG", "石门镇": "LOC", "杏林村": "LOC", "仁和医药有限公司": "ORG",
             "郑秀芝": "PER"}
    evs = run(t, names)
    got = [(e["agents"], e["recipients"], items(e), e["value_yuan"]) for e in evs]
    assert got == [
        (["丰源农业开发有限公司"], ["南溪县红十字会"], [(MONEY, 40000, "元")], None),
        (["南溪县个体劳动者协会"], ["南溪县红十字会"], [(MONEY, 21500, "元")], None),
        (["杏林村"], ["南溪县红十字会", "石门镇"], [(MONEY, 6400, "元")], None),
        ([], ["南溪县红十字会"], [(MONEY, 3000, "元")], None),
        (["仁和医药有限公司"], ["南溪县红十字会"], [("医用外科口罩", 8000, "只")], 9600),
        (["郑秀芝"], ["南溪县红十字会"], [("鸡蛋", 200, "斤")], 1200),
    ]


def test_we_in_a_list_heading_is_the_body_that_signs_the_notice() -> None:
    # _list_board: 我会 names the body of its class that signs on a line of its own
    t = ("根据县防控指挥部的要求，现将我会接收的捐款情况公示如下：\n"
         "序号 | 捐赠者 | 金额（元） | 方式\n"
         "1 | 鑫达建材有限公司 | 20000 | 银行转账\n\n"
         "感谢社会各界的支持。\n"
         "龙溪县慈善总会\n2021年3月8日\n")
    evs = run(t, {"县防控指挥部": "ORG", "鑫达建材有限公司": "ORG", "龙溪县慈善总会": "ORG"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["鑫达建材有限公司"], ["龙溪县慈善总会"])]
