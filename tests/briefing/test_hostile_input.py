"""Hostile input renders, or is refused with a message that says exactly what to fix."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.briefing import (
    BriefingPack,
    PackAgendaItem,
    PackDelegate,
    PackDelegation,
    PackMeeting,
    PackOptions,
)
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.text import LINE_BREAKS_AND_TABS, control_characters
from dialogue_planner.reports import FontCoverageError, check_pack, render_pack
from dialogue_planner.reports.fonts import covered_codepoints

from .pdf_reading import all_text, outline, page_texts
from .samples import CN, US, demo_pack


def squeeze(s: str) -> str:
    return "".join(s.split())


def test_markup_characters_print_as_typed():
    nasty = PackDelegate(
        'AT&T <Zhang> "Wei" O\'Brien',
        "张<伟>",
        "Chief & <b>Boss</b>",
        "A&B",
        "Agency <script>",
        role="co-chair",
    )
    pack = demo_pack(
        dialogue_name_en='R&D <Dialogue> "2015"',
        delegations=(PackDelegation(US, (nasty,)),),
        agenda=(
            PackAgendaItem(
                1, "Tom & Jerry <i>not italic</i>", briefing_note="a < b && c > d; 'x'", owner="<owner/>"
            ),
        ),
    )
    result = render_pack(
        pack,
        PackOptions(marking="SECRET & <NOFORN>", recipient="<Recipient> & co", copy_number=1, copies_total=1),
    )
    text = all_text(result.pdf)
    for s in (
        'AT&T <Zhang> "Wei" O\'Brien',
        "张<伟>",
        "Chief & <b>Boss</b>",
        "Tom & Jerry <i>not italic</i>",
        "a < b && c > d; 'x'",
        "<owner/>",
        "SECRET & <NOFORN>",
        "<Recipient> & co",
        'R&D <Dialogue> "2015"',
    ):
        assert s in text, s
    assert "AT&T;" not in text and "&amp;" not in text and "&lt;" not in text
    assert "1. Tom & Jerry <i>not italic</i>" in [t for _, t, _ in outline(result.pdf)]


def test_two_thousand_character_titles_and_unbroken_words_wrap_and_split():
    long_title = ("Cross-border investigation of a botnet " * 60)[:2000]
    unbroken = "X" * 2000
    pack = demo_pack(
        dialogue_name_en=("Dialogue " * 50)[:400],
        agenda=(
            PackAgendaItem(1, long_title, title_zh="议题" * 1000, briefing_note=("Note. " * 2000)),
            PackAgendaItem(2, unbroken, owner=unbroken),
        ),
        delegations=(
            PackDelegation(
                US, (PackDelegate(unbroken[:120], title=unbroken[:200], agency_name_en=unbroken[:300]),)
            ),
        ),
    )
    result = render_pack(pack, PackOptions(language="bilingual"))
    assert result.pages > 8
    text = squeeze(all_text(result.pdf))
    assert squeeze(long_title) in text
    assert unbroken[:300] in text
    titles = [t for _, t, _ in outline(result.pdf)]
    agenda_marks = [t for t in titles if t.startswith("1. ") or t.startswith("2. ")]
    assert all(len(t) <= 120 for t in agenda_marks) and agenda_marks[0].endswith("…")


def test_right_to_left_text_and_emoji_are_reported_before_rendering():
    pack = demo_pack(
        delegations=(
            PackDelegation(
                US, (PackDelegate("COHEN שלום", title="Analyst"), PackDelegate("SMITH Ann 😀", title="عربي"))
            ),
        )
    )
    with pytest.raises(FontCoverageError) as caught:
        render_pack(pack, PackOptions(recipient="Ann 🙂"))
    missing = {m.field: m.characters for m in caught.value.missing}
    assert missing["pack.delegations[0].members[0].name"] == tuple("שלום")
    assert missing["pack.delegations[0].members[1].name"] == ("😀",)
    assert missing["pack.delegations[0].members[1].title"] == tuple("عربي")
    assert missing["options.recipient"] == ("🙂",)
    message = str(caught.value)
    assert (
        "delegation of United States, delegate 2, name \"SMITH Ann 😀\": '😀' (U+1F600 GRINNING FACE)"
        in message
    )
    assert "U+05E9 HEBREW LETTER SHIN" in message
    assert isinstance(caught.value, ValidationError)


def test_missing_characters_can_be_replaced_visibly_on_request():
    pack = demo_pack(delegations=(PackDelegation(US, (PackDelegate("SMITH Ann 😀"),)),))
    result = render_pack(pack, PackOptions(), replace_missing_glyphs=True)
    assert [m.field for m in result.replaced] == ["pack.delegations[0].members[0].name"]
    assert "SMITH Ann \ufffd" in all_text(result.pdf)


def test_check_pack_finds_nothing_in_a_clean_pack_and_ignores_line_breaks_and_joiners():
    assert check_pack(demo_pack(), PackOptions()) == []
    pack = demo_pack(meeting=replace(demo_pack().meeting, logistics="line\nbreak\ttab\u200dzwj\r\n"))
    assert check_pack(pack, PackOptions()) == []


def test_empty_fields_no_agenda_no_delegation_nothing_to_review():
    meeting = PackMeeting(
        number=1,
        window="",
        status="planned",
        host_side_code="",
        city="",
        venue="",
        time_zone="UTC",
        start=date(2015, 12, 1),
        end=date(2015, 12, 1),
    )
    pack = BriefingPack(dialogue_name_en="", dialogue_name_zh="", sides=(), meeting=meeting)
    result = render_pack(pack, PackOptions(language="en"))
    text = all_text(result.pdf)
    for s in (
        "No delegation has been named for this meeting yet.",
        "No agenda items have been set for this meeting yet.",
        "The secretariat has not entered logistics for this meeting yet.",
        "No requests were received in this period.",
        "No request is overdue.",
        "No escalations were raised in this period.",
        "No commitments are open.",
        "No request is open.",
    ):
        assert s in text, s
    assert "Escalations since the previous meeting" not in text and "Escalations" in text
    assert f"Page {result.pages} of {result.pages}" in page_texts(result.pdf)[-1]


def test_a_side_without_members_says_so():
    pack = demo_pack(delegations=(PackDelegation(US, ()), PackDelegation(CN, ())))
    text = all_text(render_pack(pack, PackOptions(language="zh")).pdf)
    assert text.count("该方尚未确定代表。") == 2


def test_timeliness_without_any_requests_or_quality():
    from dialogue_planner.domain.timeliness import SideTimeliness

    empty = (
        SideTimeliness("US", 0, 0, 0, 0, None, None, None, 0, {}),
        SideTimeliness("ZZ", 3, 1, 1, 0, None, None, None, 3, {"odd-word": 1}),
    )
    result = render_pack(demo_pack(timeliness=empty), PackOptions())
    text = all_text(result.pdf)
    assert "ZZ" in text and "Odd word" in text and "0%" in text


def test_unknown_time_zone_is_a_clear_message_not_a_crash():
    pack = demo_pack(meeting=replace(demo_pack().meeting, time_zone="Nowhere/Town"))
    with pytest.raises(ValidationError, match="time zone 'Nowhere/Town' is unknown"):
        render_pack(pack, PackOptions())


drawable = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=80
).filter(lambda s: all(ord(c) in covered_codepoints() for c in s))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=drawable, title=drawable, note=drawable, marking=st.text(max_size=40))
@example(name="", title="", note="", marking="\r").via("a line break in the marking folds, found in CI")
@example(name="", title="", note="", marking="\x1b[31m").via("an escape sequence is refused")
def test_any_drawable_text_renders_and_reads_back(name, title, note, marking):
    pack = demo_pack(
        delegations=(PackDelegation(CN, (PackDelegate(name, title=title, role="co-chair"),)),),
        agenda=(PackAgendaItem(1, title or "x", briefing_note=note),),
    )
    # A marking is printed on every page, on one line: its line breaks and tabs fold into spaces, other
    # control characters are refused.
    if control_characters(marking, allowed=LINE_BREAKS_AND_TABS):
        with pytest.raises(ValidationError, match="marking contains control characters"):
            PackOptions(marking=marking)
        return
    options = PackOptions(marking=marking)
    if check_pack(pack, options):
        with pytest.raises(FontCoverageError):
            render_pack(pack, options)
        return
    text = squeeze(all_text(render_pack(pack, options).pdf))
    for s in (name, title, note):
        assert squeeze(s)[:40] in text


def test_huge_unspaced_chinese_text_in_headings_tables_and_notes():
    from dialogue_planner.domain.briefing import PackEscalation

    escalation = PackEscalation("ESC-1", date(2016, 1, 1), "US", "high", "摘" * 500, "open", "中" * 20000)
    member = PackDelegate(
        "N" * 120,
        "名" * 120,
        "职" * 200,
        "A" * 32,
        "B" * 300,
        "机" * 300,
        role="co-chair",
        attended=False,
        represented_by="R" * 120,
    )
    pack = demo_pack(
        escalations=(escalation,),
        delegations=(PackDelegation(US, (member,)),),
        agenda=(
            PackAgendaItem(1, "题" * 2000, briefing_note="注" * 30000, owner="O" * 200),
            PackAgendaItem(2, "two"),
        ),
    )
    result = render_pack(pack, PackOptions(language="zh"))
    marks = outline(result.pdf)
    first, second = (m for m in marks if m[1].startswith(("1. ", "2. ")))
    assert first[1].startswith("1. 题题题") and first[1].endswith("…") and second[1] == "2. two"
    pages = page_texts(result.pdf)
    assert "题题题" in pages[first[2]] and "2. two" in pages[second[2]]
    assert sum(p.count("中") for p in pages) >= 20000
