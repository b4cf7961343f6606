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
