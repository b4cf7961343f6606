"""Table cells drawn as TextLines must lay out and print exactly as the Paragraph they stand in for."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from dialogue_planner.reports.blocks import (
    CellParagraph,
    Lines,
    PackTable,
    TextLines,
    break_line,
    break_runs,
    lines,
    text_cell,
)
from dialogue_planner.reports.fonts import BOLD_NAME, CJK_BOLD_NAME, is_latin, text_width
from dialogue_planner.reports.styles import make_styles
from dialogue_planner.reports.text import markup

from .pdf_reading import reader

STYLES = make_styles()
FONT, SIZE = STYLES.cell.fontName, STYLES.cell.fontSize

# Latin words of any length, Chinese (no spaces to break at), digits and punctuation, between runs of
# ordinary spaces, tabs and no-break spaces (which Paragraph does not break at).
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789—,.()'审议请求答复及时性"
gap = st.sampled_from([" ", "  ", "\t", " \u00a0", "\u00a0"])


def text_of(words):
    return st.lists(st.tuples(words, gap), min_size=1, max_size=12).map(
        lambda pairs: "".join(w + g for w, g in pairs).strip(" \t")
    )


line_text = text_of(st.text(alphabet=LETTERS + '&<>"', min_size=1, max_size=14))
plain_text = text_of(
    st.text(alphabet=LETTERS, min_size=1, max_size=8)
)  # TextLines can print it in most columns


def paragraph_lines(text: str, style, width: float) -> list[str]:
    paragraph = Paragraph(Lines(((text, None),)).markup(), style)
    paragraph.wrap(width, 10_000)
    found = paragraph.blPara
    if found.kind == 0:  # one fragment: (spare width, words) per line
        return [(" ".join(words), width - spare) for spare, words in found.lines]
    # several fragments (markup entities split the text): a line's fragments may keep a space at its end
    return ["".join(fragment.text for fragment in line.words).strip(" ") for line in found.lines]


@settings(max_examples=400, deadline=None)
@given(
    text=line_text,
    width=st.floats(min_value=15, max_value=300),
    size=st.sampled_from([8, 8.5, 10]),
    cut=st.booleans(),
)
def test_break_line_breaks_where_paragraph_breaks(text, width, size, cut):
    style = STYLES.cell.clone("probe", fontSize=size)
    broken = break_line(text, FONT, size, width, cut)
    words = [w for w in re.split(r"[^\S\xa0]+", text) if w]
    if broken is None:  # only where Paragraph would cut a word (unless asked to), prints nothing, parses
        # entities, or sets runs in another face (Chinese: fonts.runs)
        assert (
            not words
            or re.search('[&<>"]', text)
            or not is_latin(text)
            or (not cut and any(stringWidth(w, FONT, size) > width for w in words))
        )
    else:
        expected = paragraph_lines(text, style, width)
        assert [line for line, _ in broken] == [line for line, _ in expected]
        for (_, used), (_, expected_used) in zip(broken, expected, strict=True):
            assert abs(used - expected_used) < 1e-9


def text_runs(cell, width: float) -> tuple[list[tuple[str, float, float]], list[str], float]:
    """Every text run of a one-cell table (text, x, y), the word-spacing operators, and the row height."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, pageCompression=0)
    table = Table([[cell]], colWidths=[width + 8])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    doc.build([table])
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    page = reader(buffer.getvalue()).pages[0]
    page.extract_text(visitor_text=visit)
    spacing = re.findall(rb"(-?[\d.]+) Tw", page.get_contents().get_data())
    return runs, [s.decode() for s in spacing], round(table._height, 4)


def assert_same_print(ours, reference) -> None:
    """The same text runs at the same places (to a hundredth of a point: both sides round the PDF's
    numbers, from sums taken in a different order), the same word spacing, the same height."""
    (runs, spacing, height), (expected_runs, expected_spacing, expected_height) = ours, reference
    assert [t for t, _, _ in runs] == [t for t, _, _ in expected_runs]
    for (_, x, y), (_, ex, ey) in zip(runs, expected_runs, strict=True):
        assert abs(x - ex) < 0.015 and abs(y - ey) < 0.015
    assert spacing == expected_spacing and height == expected_height


tag = st.sampled_from([None, "bold", "muted", "warn"])
parts = st.lists(
    st.tuples(st.lists(plain_text, min_size=1, max_size=2).map("\n".join), tag), min_size=1, max_size=3
)


# Chinese runs go to the Paragraph (their own face), so many generated cells are not TextLines.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(parts=parts, width=st.floats(min_value=60, max_value=260), right=st.booleans())
def test_text_lines_print_what_the_paragraph_prints_where_it_prints_it(parts, width, right):
    style = STYLES.cell_right if right else STYLES.cell
    cell = text_cell(lines(parts).parts, style, width)
    assume(isinstance(cell, TextLines))
    reference = CellParagraph(lines(parts).markup(), style)
    runs = text_runs(cell, width)
    assert runs[0]
    assert_same_print(runs, text_runs(reference, width))


long_word_text = text_of(st.text(alphabet=LETTERS, min_size=1, max_size=30))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(text=long_word_text, tag=tag, width=st.floats(min_value=20, max_value=120), right=st.booleans())
def test_a_cell_of_one_part_cuts_long_words_where_the_paragraph_cuts_them(text, tag, width, right):
    style = STYLES.cell_right if right else STYLES.cell
    cell = text_cell(lines([(text, tag)]).parts, style, width)
    assume(isinstance(cell, TextLines))
    runs = text_runs(cell, width)
    assert runs[0]
    assert_same_print(runs, text_runs(CellParagraph(lines([(text, tag)]).markup(), style), width))


def test_a_squeezed_line_narrows_its_spaces_as_paragraph_does():
    text = "Responding side committed to a date and delivered the remaining data"
    full, used = break_line(text, FONT, SIZE, 10_000)[0]
    width = used - 1  # just over: within the 5% allowance
    assert [line for line, _ in break_line(text, FONT, SIZE, width)] == [full]
    for style in (STYLES.cell, STYLES.cell_right):
        cell = text_cell(((text, None),), style, width)
        assert isinstance(cell, TextLines)
        runs, spacing, height = text_runs(cell, width)
        assert spacing and spacing[0] != "0"
        assert_same_print((runs, spacing, height), text_runs(CellParagraph(text, style), width))


@pytest.mark.parametrize(
    "parts",
    [
        (("X" * 80, None), ("more", "muted")),
        (("first\n" + "审议请求答复的及时性和质量" * 4, None),),
        (("first\n\nthird", None),),
        (("  ", None),),
        (("AT&T", None),),
    ],
)
def test_what_textlines_cannot_match_stays_a_paragraph(parts):
    """Words too wide in a cell of several lines (Paragraph cuts them its own way), empty lines, blank
    text, escaped characters."""
    cell = text_cell(parts, STYLES.cell, 60)
    assert isinstance(cell, CellParagraph)
    assert text_runs(cell, 60)[0] or not parts[0][0].strip()


@pytest.mark.parametrize("text", ["X" * 80, "审议请求答复的及时性和质量" * 4, "CN — ICD-038", "Acknowledged"])
def test_a_word_too_wide_in_a_cell_of_one_line_is_cut_as_paragraph_cuts_it(text):
    cell = text_cell(((text, None),), STYLES.cell, 40)
    if not is_latin(text):  # Chinese runs are set in their own face by the Paragraph
        assert isinstance(cell, CellParagraph)
        return
    assert isinstance(cell, TextLines)
    assert_same_print(text_runs(cell, 40), text_runs(CellParagraph(text, STYLES.cell), 40))


@pytest.mark.parametrize("more", ["more", "更多"])
@pytest.mark.parametrize("height", [0, 5, 11, 15, 22, 23.5, 33, 44, 100])
def test_text_lines_split_at_the_lines_where_paragraph_splits(height, more):
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    cell = text_cell(((text, None), (more, "muted")), STYLES.cell, 40)
    reference = CellParagraph(lines([(text, None), (more, "muted")]).markup(), STYLES.cell)
    assert isinstance(cell, TextLines)
    assert cell.wrap(40, 1000) == reference.wrap(40, 1000)
    pieces, expected = cell.split(40, height), reference.split(40, height)
    heights = [p.wrap(40, 1000)[1] for p in expected]
    if height == 100:  # right after the line break: Paragraph's second part starts with an empty line,
        heights[1] -= STYLES.cell.leading  # out of line with the row's other cells; these lines do not
    assert [p.wrap(40, 1000)[1] for p in pieces] == heights


def test_tags_colour_lines_and_empty_parts_are_left_out():
    cell = lines(
        [("ZHANG Wei", "bold"), ("", "muted"), (None, None), ("Zhang Wei", "muted"), ("late", "warn")]
    )
    assert [t for t, _ in cell.parts] == ["ZHANG Wei", "Zhang Wei", "late"]
    drawn = text_cell(cell.parts, STYLES.cell, 200)
    assert isinstance(drawn, TextLines)
    colours = [c.hexval() for _, c, *_ in drawn.parts]
    assert colours == [STYLES.cell.textColor.hexval(), "0x5f6b7a", "0xa4262c"]
    assert [font for *_, font in drawn.parts] == [BOLD_NAME, STYLES.cell.fontName, STYLES.cell.fontName]
    chinese = text_cell(lines([("张伟", "bold"), ("ZHANG Wei", "muted")]).parts, STYLES.cell, 200)
    assert isinstance(chinese, CellParagraph) and f'face="{CJK_BOLD_NAME}"' in chinese.text  # synthetic bold
    runs = text_cell(lines([("ZHANG Wei", "bold"), ("张伟", "muted")]).parts, STYLES.cell, 200)
    assert isinstance(runs, TextLines)  # the Chinese in its face, printed batched (break_runs)
    assert STYLES.cell_right.alignment == TA_RIGHT


def table_runs(
    table_class, rows, commands, widths, heights
) -> tuple[list[tuple[str, float, float]], list[str]]:
    """Text runs (text, x, y) and word spacings of a table drawn by ``table_class``."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, pageCompression=0)
    table = table_class(rows, colWidths=widths, rowHeights=heights)
    table.setStyle(commands)
    doc.build([table])
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append(
                (text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            )

    page = reader(buffer.getvalue()).pages[0]
    page.extract_text(visitor_text=visit)
    return runs, re.findall(r"(-?[\d.]+) Tw", page.get_contents().get_data().decode("latin-1"))


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_pack_table_prints_every_cell_where_table_prints_it(valign):
    """One column, so that no two cells share a baseline (the reader would join their runs)."""
    squeezed = "Responding side committed to a date and delivered the remaining data"
    width = stringWidth(squeezed, FONT, SIZE) - 1
    rows = [
        ["left"],
        ["right\nof two lines"],
        ["centred"],
        [text_cell(((squeezed, None),), STYLES.cell, width)],
        ["three\nlines\nof text"],
        [text_cell((("right-aligned", None), ("muted", "muted")), STYLES.cell_right, width)],
        [CellParagraph("a <b>Paragraph</b> cell", STYLES.cell)],
        ["bigger"],
    ]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("FONT", (0, 0), (-1, -1), FONT, SIZE, 11),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ALIGN", (0, 1), (0, 1), "RIGHT"),
        ("ALIGN", (0, 2), (0, 2), "CENTRE"),
        ("TEXTCOLOR", (0, 4), (0, 4), "#A4262C"),
        ("FONTSIZE", (0, 7), (0, 7), 12),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#C5CED8"),
    ]
    heights = [40] * len(rows)
    ours = table_runs(PackTable, rows, commands, [width + 8], heights)
    reference = table_runs(Table, rows, commands, [width + 8], heights)
    assert [t for t, _, _ in ours[0]] == [t for t, _, _ in reference[0]]
    for (text, x, y), (_, ex, ey) in zip(ours[0], reference[0], strict=True):
        assert abs(x - ex) < 0.015 and abs(y - ey) < 0.015, text
    assert ours[1] == reference[1] and ours[1]  # the squeezed line's narrower spaces
    # A string with a run the Latin face lacks is printed run by run, each in its face (Table would
    # print it all in the Latin face, as missing glyphs).
    mixed = table_runs(PackTable, [["三 US → CN"]], commands[1:], [width + 8], [40])
    assert "".join(t for t, _, _ in mixed[0]).replace(" ", "") == "三US→CN"


def pages_runs(flowables) -> list[list[tuple[str, float, float]]]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1, pageCompression=0).build(flowables)
    out = []
    for page in reader(buffer.getvalue()).pages:
        runs: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, _font, _size, runs=runs):
            if text.strip():
                runs.append(
                    (
                        text.strip(),
                        tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                        tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                    )
                )

        page.extract_text(visitor_text=visit)
        out.append(runs)
    return out


@pytest.mark.parametrize("text", ["X" * 2000, "Background and the state of the investigation. " * 60])
@pytest.mark.parametrize("right", [False, True])
def test_a_cell_split_across_pages_prints_as_the_split_paragraph(text, right):
    """A Table splitting a row hands the cell the column's whole width: the lines must stay those laid
    out at the cell's inner width, on both pages."""
    style = STYLES.cell_right if right else STYLES.body

    def printed(cell):
        table = Table([["Owner", cell], ["Status", "Open"]], colWidths=[110, 370], splitInRow=1)
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
        return pages_runs([Spacer(1, 500), table])

    cell = text_cell(((text, None),), style, 362)
    assert isinstance(cell, TextLines)
    ours, reference = printed(cell), printed(CellParagraph(markup(text), style))
    assert len(ours) == len(reference) == 2
    for page, expected in zip(ours, reference, strict=True):
        assert [t for t, _, _ in page] == [t for t, _, _ in expected]
        for (text_run, x, y), (_, ex, ey) in zip(page, expected, strict=True):
            assert abs(x - ex) < 0.015 and abs(y - ey) < 0.015, text_run


def test_pack_table_measures_as_table_however_often_it_is_asked():
    """A complete layout is kept for its width; a partial one (the room ran out) is not."""
    rows = [[f"row {i}", text_cell((("word " * (i % 9 * 6), None),), STYLES.cell, 200)] for i in range(1, 80)]

    def sizes(table_class):
        table = table_class(rows, colWidths=[60, 208], splitInRow=1, repeatRows=1)
        seen = [table.wrap(268, 120), table.wrap(268, 10_000), table.wrap(268, 50), table.wrap(300, 10_000)]
        parts = table.split(268, 400)
        return seen, [(len(p._cellvalues), p.wrap(268, 10_000)) for p in parts]

    assert sizes(PackTable) == sizes(Table)


# -- lines holding runs the Latin face lacks (an arrow, Chinese) ---------------------------------------
MIXED = "abcdefghijXYZ0123—,.()'审议请求答复→"
mixed_text = text_of(st.text(alphabet=MIXED, min_size=1, max_size=8)).filter(lambda t: not is_latin(t))


def paragraph_frag_lines(text: str, style, width: float) -> list[tuple[str, float]]:
    """Each line of the Paragraph of the escaped text, with the width it counts for it."""
    paragraph = Paragraph(Lines(((text, None),)).markup(), style)
    paragraph.wrap(width, 10_000)
    found = paragraph.blPara
    if found.kind == 0:  # one run (Chinese without a space): one fragment
        return [(" ".join(words), width - spare) for spare, words in found.lines]
    return [("".join(f.text for f in line.words).strip(" "), width - line.extraSpace) for line in found.lines]


@settings(max_examples=400, deadline=None)
@given(text=mixed_text, width=st.floats(min_value=15, max_value=300))
def test_break_runs_breaks_where_paragraph_breaks(text, width):
    broken = break_runs(text, FONT, SIZE, width)
    expected = paragraph_frag_lines(text, STYLES.cell, width)
    if broken is None:  # only where a word is cut, a line squeezed, or a no-break space is held
        words = [w for w in re.split(r"[^\S\xa0]+", text) if w]
        assert (
            "\xa0" in text
            or any(text_width(w, SIZE) > width for w in words)
            or any(used > width for _, used in expected)
        )
        return
    assert [line for line, _, _ in broken] == [line for line, _ in expected]
    for (_, used, pieces), (line, expected_used) in zip(broken, expected, strict=True):
        assert abs(used - expected_used) < 1e-9
        assert "".join(piece for piece, _face in pieces) == line


mixed_parts = st.lists(
    st.tuples(st.lists(st.one_of(plain_text, mixed_text), min_size=1, max_size=2).map("\n".join), tag),
    min_size=1,
    max_size=3,
).filter(lambda parts: any(not is_latin(text) for text, _ in parts))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(parts=mixed_parts, width=st.floats(min_value=40, max_value=260), right=st.booleans())
def test_text_lines_with_runs_print_what_the_paragraph_prints_where_it_prints_it(parts, width, right):
    style = STYLES.cell_right if right else STYLES.cell
    cell = text_cell(lines(parts).parts, style, width)
    assume(isinstance(cell, TextLines))
    reference = CellParagraph(lines(parts).markup(), style)
    runs = text_runs(cell, width)
    assert runs[0]
    assert_same_print(runs, text_runs(reference, width))


@pytest.mark.parametrize(
    ("parts", "width"),
    [
        ((("US → CN", None),), 34.8),  # the annex's from-to column: two lines
        ((("US → CN", None),), 60),
        ((("CN-2006-0076", None), ("CN → US", "muted"), ("Business e-mail compromise (case 1)", None)), 140),
    ],
)
def test_an_arrow_between_sides_is_printed_as_text_lines(parts, width):
    """The investigations' "CN → US" and the annex's from-to column (a Paragraph each, once)."""
    cell = text_cell(parts, STYLES.cell, width)
    assert isinstance(cell, TextLines)
    reference = CellParagraph(Lines(parts).markup(), STYLES.cell)
    assert_same_print(text_runs(cell, width), text_runs(reference, width))
    assert break_runs("审议 → CN", BOLD_NAME, SIZE, 200) is None  # bold Chinese: a synthetic bold
