"""Generate a realistic synthetic corpus of N local-news articles for benchmarks.

Why synthetic: the benches need 1k–100k articles whose entities are distinct
(so graph size grows like a real corpus, not like one article copied), with
no licensing questions.  Sentences recombine templates modelled on the seed
articles with surnames from kg/data/surnames.txt, real divisions from
kg.places.load() and supply words from kg/data/supply_words.txt.  Output is
deterministic for a given (N, seed): ``{out}/{i // 1000:03d}/{i:06d}.txt``.

    python bench/gen_corpus.py 10000 --out /tmp/corpus10k
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from kg import places
from kg.resources import words

GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 志 文 辉 玉 红 兰 海 峰 "
         "鹏 飞 斌 波 宁 琳 晨 宇 浩 凯 亮 东 林 春 雪 梅 松 云 龙 刚 健 鑫 欣 晓 慧 婷 雯 倩 瑞 博 然").split()
BRAND = "华 鑫 瑞 泰 恒 盛 宏 达 福 安 康 永 兴 隆 金 鼎 新 源 正 德 润 丰 昌 嘉 和 信 诚 远 通 明 天 宇".split()
INDUSTRY = ("科技", "实业", "建设", "食品", "医药", "贸易", "电子", "农业", "物流", "置业", "建材", "纺织")
MODIFIER = {"口罩": ("医用外科", "N95", "一次性", "KN95", ""), "消毒液": ("84", "含氯", ""),
            "防护服": ("医用", "一次性", ""), "手套": ("医用", "橡胶", "一次性"), "酒精": ("75%", "医用", "")}
UNITS = ("只", "个", "套", "箱", "瓶", "件", "公斤", "袋", "桶", "副")
RECIPIENT = ("红十字会", "慈善总会", "人民医院", "疾病预防控制中心", "卫生健康委员会")
TITLES = ("党委书记", "党工委书记", "镇长", "副县长", "县委书记", "主任", "副主任", "局长", "董事长", "总经理")
FILLER = (
    "各村（社区）严格落实联防联控措施，做好人员排查、体温检测和环境消杀工作。",
    "疫情就是命令，防控就是责任，广大党员干部冲锋在前，坚守在疫情防控第一线。",
    "连日来，志愿者们不畏严寒，在各卡点值守，为过往车辆和人员测量体温、登记信息。",
    "下一步，当地将继续压紧压实责任，坚决打赢疫情防控阻击战。",
    "爱心企业的善举温暖了一线防疫人员的心，也为疫情防控工作注入了强大力量。",
    "据了解，这批物资将统一调配，优先保障一线医务人员和基层防控人员使用。",
    "在做好疫情防控的同时，该镇积极推动企业复工复产，帮助企业解决用工难题。",
)


class Gen:
    """Draws names and sentences from kg's own dictionaries, deterministically."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.surnames = [w for w in words("surnames.txt") if len(w) <= 2]
        self.items = [w for w in words("supply_words.txt") if 1 < len(w) <= 4]
        gaz = places.load()
        divs = list(gaz._by_code.values())  # noqa: SLF001 - read-only use of the loaded table
        self.gaz = gaz
        self.counties = sorted((d for d in divs if d.level == "county"), key=lambda d: d.code)
        towns: dict[str, list] = {}
        for d in divs:
            if d.level == "town" and d.parent_code:
                towns.setdefault(d.parent_code, []).append(d)
        self.towns = {k: sorted(v, key=lambda d: d.code) for k, v in towns.items()}

    def person(self) -> str:
        n = 1 + (self.r.random() < 0.6)
        return self.r.choice(self.surnames) + "".join(self.r.choice(GIVEN) for _ in range(n))

    def company(self, city_short: str) -> str:
        return f"{city_short}{self.r.choice(BRAND)}{self.r.choice(BRAND)}{self.r.choice(INDUSTRY)}有限公司"

    def item(self) -> str:
        head = self.r.choice(self.items)
        qty = self.r.choice((self.r.randint(2, 99) * 100, self.r.randint(10, 500), self.r.randint(1, 50) * 1000))
        return f"{self.r.choice(MODIFIER.get(head, ('',)))}{head}{qty}{self.r.choice(UNITS)}"

    def article(self, i: int) -> str:
        r = self.r
        county = r.choice(self.counties)
        chain = self.gaz.chain(county.code)
        prov = chain[0].name
        city = chain[1].name if len(chain) > 2 else chain[0].name
        cshort = city.removesuffix("市").removesuffix("地区").removesuffix("自治州")[:3]
        town = r.choice(self.towns.get(county.code) or [county]).name
        month, day = r.choice(((1, r.randint(20, 31)), (2, r.randint(1, 29)), (3, r.randint(1, 31)))), None
        month, day = month
        date = f"2020-{month:02d}-{day:02d}"
        p = [self.person() for _ in range(6)]
        co1, co2 = self.company(cshort), self.company(cshort)
        rec = r.choice(RECIPIENT)
        lines = [
            f"{town}：众志成城抗疫情 爱心捐赠暖人心",
            "",
            f"{date} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:00 来源：{cshort}日报   编辑：{p[5]}",
            "",
        ]
        body = [
            f"{month}月{day}日，{co1}向{county.name}{rec}捐赠{self.item()}、{self.item()}，价值{r.randint(2, 90)}万元。",
            f"{county.name}{town}{r.choice(TITLES)}{p[0]}、{r.choice(TITLES)}{p[1]}代表当地接收了捐赠物资。",
            f"{co2}董事长{p[2]}表示，作为{prov}{city}的企业，应当积极履行社会责任，为疫情防控贡献力量。",
            f"近日，{p[3]}通过{county.name}慈善总会捐款{r.randint(1, 50)}万元，用于{town}疫情防控工作。",
            f"{city}卫生健康委员会为{town}卫生院送去{self.item()}。",
        ]
        r.shuffle(body)
        body.insert(r.randint(0, len(body)), r.choice(FILLER))
        body.insert(r.randint(0, len(body)), r.choice(FILLER))
        lines += body
        lines += ["", f"（记者 {p[4]} 通讯员 {self.person()}）", "", "责任编辑：" + p[5]]
        return "\n".join(lines) + "\n"


def generate(n: int, out: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` articles under ``out`` (existing files are overwritten)."""
    g = Gen(seed)
    paths = []
    for i in range(n):
        d = out / f"{i // 1000:03d}"
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"{i:06d}.txt"
        p.write_text(g.article(i), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    generate(a.n, Path(a.out), a.seed)


if __name__ == "__main__":
    main()
