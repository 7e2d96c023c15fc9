"""Segmenter: private tokenizer, offsets that index the text."""
import random
from pathlib import Path

import jieba

from kg.segment import _user_words, get_segmenter, word_pos


def test_offsets_index_text():
    text = "新郑市公立人民医院急诊科护士长宋婉宁"
    toks = get_segmenter().tokens(text)
    assert "".join(t.text for t in toks) == text
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_private_dictionary_does_not_touch_global():
    seg = get_segmenter()
    jieba.dt.initialize()
    plain = jieba.Tokenizer()
    plain.initialize()
    added = [w for w in _user_words() if plain.FREQ.get(w) is None]
    assert added, "kg's user words should include some that jieba lacks"
    assert all(seg.freq(w) > 0 for w in added)  # in kg's private dictionary …
    assert all(jieba.dt.FREQ.get(w) is None for w in added)  # … and not in jieba's global one
    assert len(jieba.dt.FREQ) == len(plain.FREQ)


def _fixture_texts() -> list[str]:
    root = Path(__file__).parent / "fixtures"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("tune*/*.txt"))]


def test_fast_cut_gives_jiebas_words():
    # the no-HMM path is a re-implementation of jieba's cut(HMM=False): it must give the same words
    seg = get_segmenter()
    rng = random.Random(5)
    alphabet = "的一是在有人中国市县区镇村口罩捐赠aZ9 ，。、\n\t（）·-_%ā"
    texts = _fixture_texts() + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
                                for _ in range(500)]
    assert len(texts) > 500
    for text in texts:
        assert [w for w, _, _ in seg.spans(text, hmm=False)] == list(seg._tk.cut(text, HMM=False))


def test_word_pos():
    assert word_pos("长江") == "ns"
    assert word_pos("没有这个词zz") is None


def test_block_cache_gives_the_words_of_a_fresh_cut(monkeypatch):
    """The per-process block cache (perf6) returns what cutting the block again returns, and
    stays bounded (emptied when full)."""
    import kg.segment as segment

    seg = get_segmenter()
    texts = ["据悉，新冠肺炎疫情防控指挥部收到口罩500只。", "ABC公司向县红十字会捐赠1万元", "据悉据悉据悉"]
    first = [seg.words(t) for t in texts]
    again = [seg.words(t) for t in texts]  # from the cache
    assert first == again
    for t, words in zip(texts, first):
        fresh: list[str] = []
        for blk in segment._RE_HAN.split(t):
            if blk and segment._RE_HAN.match(blk):
                seg._cut_block(blk, fresh)
            elif blk:
                for x in segment._RE_SKIP.split(blk):
                    if segment._RE_SKIP.match(x):
                        fresh.append(x)
                    else:
                        fresh.extend(x)
        assert words == fresh
        assert "".join(words) == t
    monkeypatch.setattr(segment, "_BLOCK_CACHE_MAX", 2)
    for t in ("甲乙", "丙丁", "戊己", "庚辛"):
        seg.words(t)
    assert len(seg._blocks) <= 2


def test_an_organisations_suffix_ends_a_word_before_its_members():
    # segment_split_words.txt: jieba's 协会会员 would hide the 协会 that ends the body's name
    words = [t.text for t in get_segmenter().tokens("餐饮行业协会会员企业共同捐款", hmm=False)]
    assert "协会" in words and "会员" in words and "协会会员" not in words
