"""Segmenter: private tokenizer, offsets that index the text."""
import jieba

from kg.segment import get_segmenter, word_pos


def test_offsets_index_text():
    text = "新郑市公立人民医院急诊科护士长宋婉宁"
    toks = get_segmenter().tokens(text)
    assert "".join(t.text for t in toks) == text
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_private_dictionary_does_not_touch_global():
    get_segmenter()
    assert jieba.dt.FREQ.get("责任编辑") == jieba.dt.FREQ.get("责任编辑")  # global untouched by kg words
    assert get_segmenter().freq("护士长") > 0


def test_word_pos():
    assert word_pos("长江") == "ns"
    assert word_pos("没有这个词zz") is None
