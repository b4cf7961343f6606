"""Pack lint (issue 17): packs rendered from the demo and from hostile data, checked from the PDF itself,
page by page, as a delegate would read them.

Each page: not blank; not nearly empty unless it is the last of its section; no heading or table header
as the last thing on it; no agency group row alone at its foot; the copy number and "page X of Y" in its
footer; no word of the vocabulary split across lines; no "0%" where a share has no denominator.

The Chinese pack of translated data (the demo) is Chinese: at least 80% of its letters are Chinese
characters (``chinese_share``). Counted from the PDF's own text, whitespace removed: CJK ideographs
(U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF) against Latin letters, after taking out what is rightly Latin:
people's names (delegates, stand-ins, lead speakers, owners, the copy's recipient), agency names that have
no Chinese, the dialogue's English name (the cover prints it under the Chinese), the English the pack
prints for want of its Chinese (``domain.translation.missing_chinese``: it is marked and counted, not
hidden), acronyms and codes (runs of two capitals or more: MPS, EDT, a marking) and numbers. What is left
is the pack's own words and the data's Chinese; an English label, or a translated field printed in
English, shows up there.

The full sweep (every meeting of the demo x Letter/A4 x en/zh/bilingual, minutes on two cores) is
marked ``slow``: CI runs it after the suite (``-m slow``); the suite runs a representative subset (the first meeting, a held
meeting with overdue requests and escalations, the coming meeting, each in every language and paper)
and the hostile pack.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from dialogue_planner.domain.briefing import (
    PackAgendaItem,
    PackDelegate,
    PackDelegation,
    PackOptions,
    group_by_agency,
    order_delegation,
)
from dialogue_planner.domain.timeliness import SideTimeliness
from dialogue_planner.domain.translation import missing_chinese, pack_texts
from dialogue_planner.reports import render_pack
from dialogue_planner.reports.glossary import glossary_terms
from dialogue_planner.reports.wording import LABELS, VOCABULARY_EN, VOCABULARY_ZH, label, pick, word
from dialogue_planner.services.demo import DEMO_RESULT_ZH

from .samples import CN, US, demo_pack

TODAY = date(2026, 11, 30)
LANGUAGES = ("en", "zh", "bilingual")
PAPERS = ("letter", "a4")
MIN_CONTENT_LINES = 4  # a page other than a section's last holds at least this many lines of text
RECIPIENT = "Lint Recipient"

# Table header rows the pack prints (sections.head / review), per language: never the last thing on a page.
TABLE_HEADERS = (
    ("name", "title", "role"),
    ("reference", "raised", "raised_by", "severity", "summary", "status"),
    ("description", "owner", "due_on", "status"),
    ("reference", "from_to", "kind", "subject", "received", "due", "status"),
    ("reference", "from_to", "kind", "subject", "received", "due", "days_overdue"),
    ("commitment", "owner", "due_on", "days_overdue"),
    ("commitment", "owner", "due_on", "status"),
    ("number", "local_time", "item", "lead"),
    ("dates", "activity", "participants", "summary"),
    ("number", "item", "lead"),
    ("reference", "subject", "due", "days_overdue"),
    ("reference", "raised_by", "severity", "summary"),
)


def squeeze(text: str) -> str:
    return "".join(text.split())


# -- the packs -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_packs(tmp_path_factory):
    """Every meeting's pack of the demo, assembled once for the module: {number: BriefingPack}."""
    from dialogue_planner.services.briefing import assemble_pack
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.meetings import list_meetings
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('lint') / 'demo.sqlite'}")
    try:
        ctx = ServiceContext.connect(database)
        initialise(ctx)
        load_demo(ctx)
        packs = {m.number: assemble_pack(ctx, m.number, today=TODAY) for m in list_meetings(ctx)}
    finally:
        database.dispose()
    return packs


def hostile_pack():
    """Long texts, unbroken words, long agency names, a side with no requests (no denominator)."""
    long_heading = ("Cross-border investigation of a botnet operating through compromised routers " * 6)[:420]
    fbi = {"agency_acronym": "FBI", "agency_name_en": "Federal Bureau of Investigation " * 3}
    members = tuple(
        PackDelegate(
            f"AGENT{i:02d} Ordinary",
            title="Special Agent, Cyber Division " * (i % 3 + 1),
            role="member" if i % 2 else "expert",
            position=i,
            **fbi,
        )
        for i in range(38)
    )
    return demo_pack(
        dialogue_name_en=("Dialogue on Cybercrime and Related Issues " * 6)[:240],
        delegations=(PackDelegation(US, members), PackDelegation(CN, ())),
        agenda=tuple(
            PackAgendaItem(
                i,
                long_heading if i % 3 == 0 else f"Item {i}",
                briefing_note="Background. " * (40 if i % 4 == 0 else 3),
            )
            for i in range(1, 16)
        ),
        timeliness=(
            SideTimeliness("US", 0, 0, 0, 0, None, None, None, 0, {}),
            SideTimeliness("CN", 4, 3, 2, 1, 0.5, 12.4, 30.6, 1, {"complete": 1, "none": 1}),
        ),
    )


def options(language: str, paper: str, marking: str = "SENSITIVE BUT UNCLASSIFIED") -> PackOptions:
    return PackOptions(
        language=language,
        paper=paper,
        marking=marking,
        recipient=RECIPIENT,
        copy_number=2,
        copies_total=3,
        deterministic=True,
    )


# -- reading a page --------------------------------------------------------------------------------
def read_pages(pdf: bytes) -> tuple[list[list[str]], dict[int, list[tuple[int, str]]]]:
    """Each page's lines of text, and the bookmarks (level, title) on each page index."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = [
        [line.strip() for line in (p.extract_text() or "").splitlines() if line.strip()] for p in reader.pages
    ]
    marks: dict[int, list[tuple[int, str]]] = {}

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                marks.setdefault(reader.get_destination_page_number(item), []).append((level, item.title))

    walk(reader.outline, 0)
    return pages, marks


def furniture(pack, opts: PackOptions, page: int, total: int) -> list[str]:
    """Squeezed texts of the head and foot of a page: they are not its content."""
    lang = opts.language
    dialogue = pack.dialogue_name_zh if lang == "zh" and pack.dialogue_name_zh else pack.dialogue_name_en
    return [
        squeeze(opts.marking),
        squeeze(label("page_of", lang, x=page, y=total)),
        squeeze(label("copy_of", lang, k=opts.copy_number, n=opts.copies_total)),
        squeeze(RECIPIENT),
        squeeze(dialogue)[:40],
        squeeze(label("meeting_title", lang, n=pack.meeting.number)),
    ]


def content_lines(lines: list[str], pack, opts: PackOptions, page: int, total: int) -> list[str]:
    """The page's lines less its running head, marking and footer (the head comes first, the footer,
    drawn when the page count is known, last)."""
    noise = [n for n in furniture(pack, opts, page, total) if n]
    out = []
    for line in lines:
        s = squeeze(line)
        rest = s
        for n in noise:
            rest = rest.replace(n, "")
        if re.sub(r"[—·/，,\-–…]", "", rest):
            out.append(line)
    return out


def vocabulary_forms(lang: str) -> set[str]:
    forms = set()
    for value in set(VOCABULARY_ZH) | set(VOCABULARY_EN):
        text = word(value, lang)
        forms.update(p for p in text.split(" / ") if len(p) >= 4)
    forms.update(squeeze(label("p90_days", "zh")) for _ in (0,) if lang != "en")
    return forms


def split_word(first: str, second: str, forms: set[str]) -> str | None:
    """A vocabulary word begun at the end of one line's cell and ended at the start of the next's."""
    head_tokens, tail_tokens = first.split(), second.split()
    for form in forms:
        if " " in form:
            continue
        for k in range(2, len(form)):
            if form[:k] in head_tokens and form[k:] in tail_tokens and form not in head_tokens:
                return form
    return None


def lint(
    pack, opts: PackOptions, rendered: PackOptions | None = None, *, translated: bool = False
) -> list[str]:
    """Every lint finding of one pack (rendered with ``rendered``, default ``opts``), as 'page N: what';
    ``translated``: the data has its Chinese, so a Chinese pack must be Chinese (``chinese_share``)."""
    lang = opts.language
    result = render_pack(pack, rendered or opts)
    pages, marks = read_pages(result.pdf)
    if translated and lang == "zh":
        share, latin = chinese_share(result.pdf, pack, (opts.recipient, opts.marking))
        if share < MIN_CHINESE_SHARE:
            problems_zh = [f"the Chinese pack is {share:.0%} Chinese; Latin words: {latin}"]
        else:
            problems_zh = []
    else:
        problems_zh = []
    total = len(pages)
    problems: list[str] = []
    section_starts = {p for p, items in marks.items() if any(level == 0 for level, _ in items)}
    headings = [(p, squeeze(title)) for p, items in marks.items() for _, title in items]
    headers = {
        squeeze(" ".join(label(k, language) for k in keys))
        for keys in TABLE_HEADERS
        for language in ("en", "zh")
    }
    groups = set()
    for delegation in pack.delegations:
        ordered = order_delegation(delegation.members)
        for _, group in group_by_agency([m for m in ordered if m.role not in ("co-chair", "head")]):
            first = group[0]
            name = pick(first.agency_name_en, first.agency_name_zh or first.agency_name_en, lang)
            groups.add(squeeze(" — ".join(p for p in (first.agency_acronym, name) if p)))
    forms = vocabulary_forms(lang)
    for index, lines in enumerate(pages):
        number = index + 1
        flat = squeeze(" ".join(lines))
        if squeeze(label("page_of", lang, x=number, y=total)) not in flat:
            problems.append(f"page {number}: no 'page {number} of {total}' in the footer")
        if squeeze(label("copy_of", lang, k=opts.copy_number, n=opts.copies_total)) not in flat:
            problems.append(f"page {number}: no copy number in the footer")
        content = content_lines(lines, pack, opts, number, total)
        if not content:
            problems.append(f"page {number}: blank")
            continue
        last_of_section = number == total or (index + 1) in section_starts or index == 0
        if len(content) < MIN_CONTENT_LINES and not last_of_section:
            problems.append(f"page {number}: nearly empty ({len(content)} lines) mid-section: {content}")
        if number < total:
            tail = squeeze(content[-1])
            for page, title in headings:
                if page == index and len(title) > 3 and title.endswith(tail) and len(tail) >= 4:
                    problems.append(f"page {number}: heading '{content[-1]}' is the last thing on the page")
            if len(tail) >= 6 and any(tail in h for h in headers) and not any(tail in t for _, t in headings):
                problems.append(
                    f"page {number}: a table header '{content[-1]}' is the last thing on the page"
                )
            if tail in groups:
                problems.append(f"page {number}: the group row '{content[-1]}' is alone at the foot")
        for first, second in itertools.pairwise(lines):
            broken = split_word(first, second, forms)
            if broken:
                problems.append(f"page {number}: '{broken}' split across lines ({first!r} / {second!r})")
    problems += zero_shares(pack, pages, lang)
    return problems + problems_zh


CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_RUN = re.compile(r"[A-Za-z]+")
MIN_CHINESE_SHARE = 0.8


def chinese_share(pdf: bytes, pack, extra: tuple[str, ...] = ()) -> tuple[float, list[str]]:
    """The share of Chinese characters among the letters of the pack's own text (the module's rule),
    and the most frequent Latin words counted against it."""
    text = squeeze(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    rightly_latin = [t.english for t in missing_chinese(pack)] + [pack.dialogue_name_en, *extra]
    for delegation in pack.delegations:
        for m in delegation.members:
            rightly_latin += [m.name, m.represented_by] + ([] if m.agency_name_zh else [m.agency_name_en])
    rightly_latin += [i.lead for i in pack.agenda] + [a.owner for a in pack.actions]
    # Contacts: names without Chinese, e-mail addresses.
    rightly_latin += [c.email for c in pack.contacts] + [c.name for c in pack.contacts if not c.name_zh]
    rightly_latin += [t.en for t in glossary_terms(pack)]  # the glossary's English column
    for known in sorted({squeeze(s) for s in rightly_latin if s}, key=len, reverse=True):
        text = text.replace(known, "")
    words = [w for w in LATIN_RUN.findall(text) if not (len(w) >= 2 and w.isupper())]
    cjk, latin = len(CJK.findall(text)), sum(map(len, words))
    common = [w for w, _ in Counter(words).most_common(8)]
    return cjk / max(1, cjk + latin), common


def zero_shares(pack, pages: list[list[str]], lang: str) -> list[str]:
    """A side with no answers due or given has no on-time share: its cell says '–', never '0%'."""
    row_label = label("on_time_share", lang, sep="\n").split("\n")[0]
    bare = [
        i
        for i, t in enumerate(pack.timeliness)
        if getattr(t, "on_time_share", None) is None and not t.responded
    ]
    if not bare:
        return []
    found = []
    for lines in pages:
        for line in lines:
            if line.startswith(row_label):
                cells = line[len(row_label) :].split()
                for i in bare:
                    if i < len(cells) and cells[i].endswith("%"):
                        found.append(f"'{line}': a share without a denominator")
    return found


# -- the sweep -------------------------------------------------------------------------------------
def representative(packs: dict) -> list[int]:
    numbers = sorted(packs)
    reviewed = [n for n in numbers if packs[n].overdue_requests and packs[n].escalations]
    coming = [n for n in numbers if packs[n].meeting.status in ("planned", "confirmed")]
    chosen = {numbers[0], (reviewed or numbers)[-1], (coming or numbers)[0]}
    return sorted(chosen)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_representative_demo_packs_pass_the_lint(demo_packs, language, paper):
    problems = []
    for number in representative(demo_packs):
        problems += [
            f"meeting {number}: {p}"
            for p in lint(demo_packs[number], options(language, paper), translated=True)
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_every_demo_pack_passes_the_lint(demo_packs, language, paper):
    problems = []
    for number, pack in sorted(demo_packs.items()):
        problems += [f"meeting {number}: {p}" for p in lint(pack, options(language, paper), translated=True)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_hostile_pack_passes_the_lint(language, paper):
    problems = lint(hostile_pack(), options(language, paper, marking=("RESTRICTED HANDLING " * 10).strip()))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_pack_with_every_new_section_passes_the_lint(language, paper):
    """Outcomes of the previous meeting, since the last meeting, commitments, running order, meeting texts."""
    from .test_pack_sections import full_pack

    problems = lint(full_pack(), options(language, paper))
    assert not problems, "\n".join(problems)


# -- the lint itself can fail ----------------------------------------------------------------------
def test_the_lint_finds_a_missing_copy_number_and_a_split_word():
    assert split_word("US-1 Acknowledge 2026", "d Open", {"Acknowledged"}) == "Acknowledged"
    assert split_word("Acknowledged", "Open", {"Acknowledged"}) is None
    numbered = options("en", "letter")
    unnumbered = replace(numbered, copy_number=None, copies_total=None, recipient="")
    found = lint(demo_pack(), numbered, rendered=unnumbered)
    assert any("no copy number" in p for p in found)
    assert not lint(demo_pack(), numbered)


def test_a_share_without_denominator_is_a_dash():
    pack = hostile_pack()
    for language in LANGUAGES:
        pages, _ = read_pages(render_pack(pack, options(language, "a4")).pdf)
        assert not zero_shares(pack, pages, language)
        text = "\n".join("\n".join(p) for p in pages)
        assert "–" in text


def test_long_marking_wraps_whole_on_every_page_and_keeps_the_copy_number():
    marking = "SENSITIVE BUT UNCLASSIFIED — FOR THE DELEGATIONS ONLY — " * 3 + "END OF MARKING"
    pack = demo_pack()
    pages, _ = read_pages(render_pack(pack, options("en", "letter", marking=marking)).pdf)
    for lines in pages:
        flat = squeeze(" ".join(lines))
        assert flat.count(squeeze(marking)) >= 2  # top and bottom, whole (and on the cover)
        assert "…" not in flat
        assert squeeze(label("copy_of", "en", k=2, n=3)) in flat


def test_vocabulary_has_a_chinese_term_of_its_own_for_every_word():
    terms = list(VOCABULARY_ZH.values())
    assert len(terms) == len(set(terms)), sorted(t for t in terms if terms.count(t) > 1)
    assert set(LABELS)  # the labels load


def test_a_missing_glyph_names_the_field_as_a_user_knows_it_and_an_override_is_reported():
    from dialogue_planner.reports import FontCoverageError

    pack = demo_pack(
        agenda=(PackAgendaItem(12, "Title 😀"),),
        delegations=(PackDelegation(US, (PackDelegate("EVIL\u202eLIAME"),)),),
    )
    with pytest.raises(FontCoverageError) as caught:
        render_pack(pack, PackOptions())
    message = str(caught.value)
    assert 'agenda item 12, title "Title 😀"' in message
    assert "delegation of United States, delegate 1, name" in message
    assert "U+202E" in message and "direction override" in message
    replaced = render_pack(pack, PackOptions(), replace_missing_glyphs=True)
    assert "\ufffd" in "".join("".join(p) for p in read_pages(replaced.pdf)[0])


def test_bookmarks_open_and_metadata_in_the_pack_language():
    reader = pypdf.PdfReader(io.BytesIO(render_pack(demo_pack(), PackOptions(language="zh")).pdf))
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines" and root["/Lang"] == "zh-CN"
    assert "简报" in reader.metadata.title and "简报" in reader.metadata.subject
    assert (
        reader.metadata.author == demo_pack().dialogue_name_zh
    )  # never the login (no secretariat: the dialogue)
    assert "Prepared" not in "".join(read_pages(render_pack(demo_pack(), options("en", "a4")).pdf)[0][0])


def test_the_chinese_share_rule_tells_a_chinese_pack_from_an_english_one(demo_packs):
    """The demo's Chinese pack of the coming meeting passes; its English pack, and a Chinese pack of the
    same data stripped of its Chinese but not marked (as if a field bypassed the marking), do not."""
    pack = demo_packs[max(n for n, p in demo_packs.items() if p.meeting.status == "confirmed")]
    zh = render_pack(pack, options("zh", "a4")).pdf
    share, _ = chinese_share(zh, pack, (RECIPIENT,))
    assert share >= MIN_CHINESE_SHARE
    english, words = chinese_share(render_pack(pack, options("en", "a4")).pdf, pack, (RECIPIENT,))
    assert english < 0.2 and words
    unmarked = replace(
        pack,
        agenda=tuple(replace(i, title_zh=i.title, briefing_note_zh=i.briefing_note) for i in pack.agenda),
    )
    assert chinese_share(render_pack(unmarked, options("zh", "a4")).pdf, unmarked, (RECIPIENT,))[0] < share


def test_the_chinese_share_holds_with_the_investigation_texts_translated(demo_packs):
    """The demo's progress reports and results have their Chinese (issue 17): the coming meeting's Chinese
    pack prints them, counts none of them untranslated, and stays at least 80 % Chinese."""
    pack = demo_packs[max(n for n, p in demo_packs.items() if p.meeting.status == "confirmed")]
    found = [i for item in pack.agenda for i in item.investigations] + list(pack.investigations)
    assert any(i.progress for i in found) and any(i.result for i in found)
    assert all(all(i.progress_zh) and (i.result_zh or not i.result) for i in found)
    texts = pack_texts(pack)
    assert any(", progress report of " in t.where for t in texts) and any(t.field == "result" for t in texts)
    assert not [t for t in missing_chinese(pack) if t.field == "result" or t.field.startswith("progress")]
    zh = render_pack(pack, options("zh", "a4")).pdf
    text = squeeze(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(zh)).pages))
    assert "已查明嫌疑人" in text and DEMO_RESULT_ZH[:7] in text and "Twosuspectsarrested" not in text
    share, words = chinese_share(zh, pack, (RECIPIENT,))
    assert share >= MIN_CHINESE_SHARE, words
    # the same pack with the investigation texts in English only: they are marked and counted instead
    bare = replace(
        pack,
        agenda=tuple(
            replace(
                item,
                investigations=tuple(replace(i, progress_zh=(), result_zh="") for i in item.investigations),
            )
            for item in pack.agenda
        ),
    )
    assert len(missing_chinese(bare)) > len(missing_chinese(pack))
