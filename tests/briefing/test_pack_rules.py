"""The pure rules of a pack: options, ordering of delegations, carry-over wording, labels, times."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.briefing import (
    PackDelegate,
    PackMeeting,
    PackOptions,
    PackSide,
    group_by_agency,
    meeting_times,
    order_delegation,
)
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.meetings import ordinal
from dialogue_planner.domain.vocabulary import PaperSize
from dialogue_planner.reports.wording import LABELS, Bi, carry_history, format_date, label, word

from .samples import CN, US


def test_options_parse_paper_and_language():
    options = PackOptions(paper="Letter", language="bilingual")
    assert options.paper is PaperSize.LETTER
    assert options.language == "bilingual"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"paper": "a3"}, "Unknown paper size 'a3'"),
        ({"language": "fr"}, "Unknown language 'fr'"),
        ({"copy_number": 1}, "needs both"),
        ({"copy_number": 0, "copies_total": 3}, "Copy 0 does not exist"),
        ({"copy_number": 4, "copies_total": 3}, "Copy 4 does not exist"),
        ({"copy_number": 1, "copies_total": 501}, "between 1 and 500"),
        ({"marking": "X" * 201}, "keep it to 200"),
    ],
)
def test_bad_options_are_refused_with_a_clear_message(kwargs, message):
    with pytest.raises(ValidationError, match=message):
        PackOptions(**kwargs)


def test_for_copy_keeps_the_other_options():
    base = PackOptions(paper="letter", language="zh", marking="LIMITED", deterministic=True)
    copy = base.for_copy(2, 5, "ZHANG Wei")
    assert (copy.paper, copy.language, copy.marking, copy.deterministic) == ("letter", "zh", "LIMITED", True)
    assert (copy.copy_number, copy.copies_total, copy.recipient, copy.numbered) == (2, 5, "ZHANG Wei", True)
    assert not base.numbered


@pytest.mark.parametrize(
    "n, text",
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (111, "111th"),
    ],
)
def test_ordinals(n, text):
    assert ordinal(n) == text


def test_carry_history_wording():
    assert carry_history(2, 2, 4, "en") == "first raised at the 2nd meeting, carried twice"
    assert carry_history(2, 2, 4, "zh") == "第2次会议首次提出，已延续两次"
    assert carry_history(1, 1, 2, "en") == "first raised at the 1st meeting, carried once"
    assert carry_history(1, 5, 6, "en") == "first raised at the 1st meeting, carried 5 times"
    assert carry_history(None, 0, 3, "en") == "new at this meeting"
    assert carry_history(3, 0, 3, "bilingual") == "new at this meeting / 本次会议新议题"
    assert carry_history(1, 0, 3, "en") == "first raised at the 1st meeting"


@settings(max_examples=60)
@given(
    first=st.one_of(st.none(), st.integers(1, 40)),
    carried=st.integers(0, 40),
    language=st.sampled_from(["en", "zh", "bilingual"]),
)
def test_carry_history_always_says_something(first, carried, language):
    text = carry_history(first, carried, 41, language)
    assert text
    if carried:
        assert (str(carried) in text) or ("once" in text or "twice" in text or "次" in text)


def test_labels_in_each_language():
    assert label("agenda", "en") == "Agenda"
    assert label("agenda", "zh") == "议程"
    assert label("agenda", "bilingual") == "Agenda / 议程"
    assert label("agenda", "bilingual", sep="\n") == "Agenda\n议程"
    assert label("meeting_title", "en", n=3) == "3rd meeting"
    assert label("meeting_title", "zh", n=3) == "第3次会议"
    assert label("delegation_of", "bilingual", side=Bi("China", "中国")) == "Delegation of China / 中国代表团"
    assert label("page_of", "zh", x=2, y=9) == "第2页，共9页"


def test_every_label_has_both_languages():
    for key, (en, zh) in LABELS.items():
        assert en.strip() and zh.strip(), key
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh) or zh == en, key


def test_words_and_dates():
    assert word("co-chair", "en") == "Co-chair"
    assert word("co-chair", "zh") == "共同主席"
    assert word("note-taker", "bilingual") == "Note-taker / 记录员"
    assert word("something-new", "zh") == "something-new"  # unknown words print as stored
    assert format_date(date(2015, 12, 1), "en") == "1 Dec 2015"
    assert format_date(date(2015, 12, 1), "zh") == "2015年12月1日"
    assert format_date(None, "en") == "—"


def member(name, role="member", agency="FBI", agency_role="", position=0):
    return PackDelegate(
        name,
        agency_acronym=agency,
        agency_name_en=agency,
        agency_role=agency_role,
        role=role,
        position=position,
    )


def test_delegation_puts_co_chairs_and_head_first_then_lead_agency_then_others():
    members = [
        member("E", "member", "FBI"),
        member("D", "member", "DOJ", "co-chair", 2),
        member("C", "head", "MPS"),
        member("B", "co-chair", "DOJ", "co-chair"),
        member("A", "interpreter", "DOJ", "co-chair", 1),
        member("F", "expert", "ABC"),
        member("G", "co-chair", "DHS", "co-chair"),
    ]
    ordered = [m.name for m in order_delegation(members)]
    assert ordered[:3] == ["G", "B", "C"]  # co-chairs (by agency), then the head
    assert ordered[3:5] == ["D", "A"]  # the co-chair agency's members: member before interpreter
    assert ordered[5:] == ["F", "E"]  # then the other agencies by acronym
    groups = group_by_agency(order_delegation(members)[3:])
    assert [(g, [m.name for m in ms]) for g, ms in groups] == [
        ("DOJ", ["D", "A"]),
        ("ABC", ["F"]),
        ("FBI", ["E"]),
    ]


@settings(max_examples=50)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["co-chair", "head", "member", "expert", "interpreter", "note-taker", "advisor"]),
            st.sampled_from(["DHS", "DOJ", "FBI", ""]),
            st.integers(0, 5),
        ),
        max_size=25,
    )
)
def test_ordering_keeps_everyone_and_leaders_first(spec):
    members = [member(f"P{i}", role, agency, position=pos) for i, (role, agency, pos) in enumerate(spec)]
    ordered = order_delegation(members)
    assert sorted(m.name for m in ordered) == sorted(m.name for m in members)
    leaders = [m.role in ("co-chair", "head") for m in ordered]
    assert leaders == sorted(leaders, reverse=True)


def test_meeting_time_in_both_zones():
    meeting = PackMeeting(
        1,
        "2015-H2",
        "held",
        "US",
        "Washington",
        "",
        "America/New_York",
        date(2015, 12, 1),
        date(2015, 12, 2),
        time(10, 0),
        time(16, 0),
    )
    times = meeting_times(meeting, (US, CN))
    assert [(s.code, o.strftime("%Y-%m-%d %H:%M")) for s, o, _ in times] == [
        ("US", "2015-12-01 10:00"),
        ("CN", "2015-12-01 23:00"),
    ]
    assert times[1][2].strftime("%Y-%m-%d %H:%M") == "2015-12-03 05:00"


def test_meeting_without_time_has_no_zone_lines_and_bad_zones_are_clear():
    meeting = PackMeeting(1, "", "planned", "US", "", "", "Mars/Olympus", date(2016, 1, 1), date(2016, 1, 1))
    assert meeting_times(meeting, (US, CN)) == []
    timed = PackMeeting(
        1, "", "planned", "US", "", "", "Mars/Olympus", date(2016, 1, 1), date(2016, 1, 1), time(9, 0)
    )
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        meeting_times(timed, (US, CN))
    with pytest.raises(ValidationError, match="side XX"):
        meeting_times(
            PackMeeting(
                1, "", "planned", "US", "", "", "UTC", date(2016, 1, 1), date(2016, 1, 1), time(9, 0)
            ),
            (PackSide("XX", "X", time_zone="Nowhere/City"),),
        )
