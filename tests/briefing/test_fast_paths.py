"""The shortcuts taken for the usual text give exactly what the character-by-character rules give."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.reports.fonts import covered_codepoints, is_drawable, missing_in_text
from dialogue_planner.reports.text import clean

# Ordinary text and every kind of character the rules single out: line breaks, tabs, controls,
# format characters (joiners, bidi marks, soft hyphen), odd spaces, Chinese, and what the font lacks.
texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            "aZ09 ,.&<>\"'—张伟\n\r\t\x00\x07\x1b\x7f\x85\xa0\xad\u200b\u200d\u200e\u2028\u3000\ufeff"
            "שלום😀\U000e0001"
        ),
        st.characters(codec="utf-8"),
    )
)


def clean_by_character(text: str) -> str:
    s = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in s if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


COVERED = covered_codepoints()  # loads the faces once, outside hypothesis's per-example deadline


def missing_by_character(text: str, codepoints) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for ch in text:
        if not is_drawable(ch, codepoints):
            seen.setdefault(ch, None)
    return tuple(seen)


@settings(max_examples=500)
@given(texts)
def test_clean_keeps_printable_text_as_it_is_and_cleans_the_rest_as_before(text):
    assert clean(text) == clean_by_character(text)


@settings(max_examples=500)
@given(texts)
def test_missing_glyphs_found_alike_with_and_without_the_shortcut(text):
    codepoints = covered_codepoints()
    assert missing_in_text(text, codepoints) == missing_by_character(text, codepoints)
