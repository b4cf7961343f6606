"""The pack's faces are read once per process (issue 19: peak memory): the synthetic bold CJK name is the
regular CJK font under a second name, not a second parse of the 5 MB collection (about 22 MB each)."""

from __future__ import annotations

import subprocess
import sys

from reportlab.pdfbase import pdfmetrics

from dialogue_planner.reports.fonts import CJK_BOLD_NAME, CJK_NAME, register_fonts

COUNT_PARSES = r"""
from reportlab.pdfbase import ttfonts
parsed = []
original = ttfonts.TTFontFace.__init__
def counting(self, filename, *args, **kwargs):
    parsed.append(str(filename))
    original(self, filename, *args, **kwargs)
ttfonts.TTFontFace.__init__ = counting
from dialogue_planner.reports.fonts import register_fonts
register_fonts()
print(sum(1 for name in parsed if name.endswith("wqy-microhei.ttc")))
"""


def test_the_cjk_collection_is_parsed_once():
    out = subprocess.run([sys.executable, "-c", COUNT_PARSES], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_the_bold_cjk_name_draws_with_the_regular_font():
    register_fonts()
    assert pdfmetrics.getFont(CJK_BOLD_NAME) is pdfmetrics.getFont(CJK_NAME)


def test_a_slimmed_face_reads_every_value_as_the_parsed_one():
    from reportlab.pdfbase.ttfonts import TTFont

    from dialogue_planner.reports.fonts import FONT_FILE, _slim
    from dialogue_planner.resources_path import resource

    path = str(resource(*FONT_FILE))
    parsed = TTFont("Parsed", path, subfontIndex=0).face
    slim = _slim(TTFont("Slim", path, subfontIndex=0)).face
    assert len(slim.hmetrics) == len(parsed.hmetrics)
    assert list(slim.hmetrics) == parsed.hmetrics  # the float advances after the last full metric too
    assert any(isinstance(aw, float) for aw, _lsb in parsed.hmetrics)
    assert slim.hmetrics[-1] == parsed.hmetrics[-1] and slim.hmetrics[1:4] == parsed.hmetrics[1:4]
    assert list(slim.glyphPos) == parsed.glyphPos
    assert slim.charToGlyph == parsed.charToGlyph and slim.charWidths == parsed.charWidths
    subset = sorted(parsed.charToGlyph)[:300] + [ord("张"), ord("伟")]
    assert slim.makeSubset(subset) == parsed.makeSubset(subset)


def test_coverage_holds_exactly_the_faces_characters():
    from dialogue_planner.reports.fonts import _char_map, covered_codepoints, fallback_font, latin_codepoints

    coverage = covered_codepoints()
    faces = set(latin_codepoints()) | set(_char_map(CJK_NAME))
    if fallback_font():  # a face installed on this machine for the rarest characters
        faces |= set(_char_map(fallback_font()))
    for code in [*range(0, 0x3400), *range(0x4E00, 0x4F00), 0x1F600, 0x20000, 0x10FFFF]:
        assert (code in coverage) == (code in faces)
    assert coverage.issuperset(map(ord, "Zhang Wei 张伟"))
    assert coverage.issuperset(map(ord, "Zhang \U00020000")) == (0x20000 in faces)
