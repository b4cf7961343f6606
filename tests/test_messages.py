"""Service messages carry their English template and arguments, so the application can show them in Chinese
while the command line, the logs and the tests read the English."""

from __future__ import annotations

import pickle
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import Message, fields, msg, render
from dialogue_planner.gui import i18n

CHINESE = {"No meeting {number} in {code}.": "{code}中没有第{number}次会议。"}


def test_a_message_is_its_english_text_and_keeps_template_and_arguments():
    m = msg("No meeting {number} in {code}.", number=7, code="CYBER")
    assert m == "No meeting 7 in CYBER." and isinstance(m, str)
    assert (m.template, m.args) == ("No meeting {number} in {code}.", {"number": 7, "code": "CYBER"})
    assert m.rendered(lambda t: CHINESE.get(t, t)) == "CYBER中没有第7次会议。"
    again = pickle.loads(pickle.dumps(m))  # crosses threads and processes as a Message
    assert isinstance(again, Message) and again.args == m.args


def test_an_error_shows_translated_and_stays_one_line_in_both_languages():
    exc = ValidationError(msg("No meeting {number} in {code}.", number=7, code="A\nB\x1b[31m"))
    assert exc.message == "No meeting 7 in A\\nB\\x1b[31m." and str(exc) == exc.message
    assert exc.translated(lambda t: CHINESE.get(t, t)) == "A\\nB\\x1b[31m中没有第7次会议。"
    plain = ValidationError("Plain text.")
    assert plain.template is None and plain.translated(lambda t: "翻译") == "Plain text."


def test_a_translation_with_other_fields_falls_back_to_the_english():
    assert render("Meeting {number}.", {"number": 3}, lambda t: "第{numbr}次会议。") == "Meeting 3."


def test_a_message_argument_that_is_itself_a_message_is_translated_too():
    inner = msg("No meeting {number} in {code}.", number=2, code="X")
    outer = msg("Cannot do that: {why}", why=inner)
    table = {**CHINESE, "Cannot do that: {why}": "无法执行：{why}"}
    assert outer.rendered(lambda t: table.get(t, t)) == "无法执行：X中没有第2次会议。"


@given(st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), st.text(max_size=20), max_size=4))
def test_any_arguments_render_in_english_exactly_as_format_does(args):
    template = " ".join("{" + k + "}" for k in args) + " {{literal}}"
    assert render(template, args, lambda t: t) == template.format(**args)


def test_every_catalogued_translation_uses_only_the_fields_of_its_english():
    ts = i18n.catalogue(i18n.MESSAGES_AREA, "zh_CN")
    problems = []
    for message in ET.parse(ts).getroot().iter("message") if ts.exists() else ():
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if translation and not fields(translation) <= fields(source):
            problems.append(f"{source!r} -> {translation!r}")
    assert not problems, "\n".join(problems)


def test_an_audit_summary_keeps_its_template_and_reads_back_translatable(any_ctx):
    from dialogue_planner.domain.messages import from_stored
    from dialogue_planner.domain.vocabulary import Role
    from dialogue_planner.services.audit import list_audit

    with any_ctx.write(Role.SECRETARIAT) as tx:
        tx.audit(
            "meeting.note",
            entity="meeting",
            entity_id=1,
            summary=msg("No meeting {number} in {code}.", number=7, code="X"),
        )
        tx.audit("meeting.note", entity="meeting", entity_id=2, summary="plain English")
    plain, newest = list_audit(any_ctx, entity="meeting")[:2]  # newest first
    shown = from_stored(newest.summary_message, newest.summary)
    assert newest.summary == "No meeting 7 in X." and isinstance(shown, Message)
    assert shown.rendered(lambda t: CHINESE.get(t, t)) == "X中没有第7次会议。"
    assert (
        plain.summary_message is None and from_stored(plain.summary_message, plain.summary) == "plain English"
    )
    assert from_stored({"template": "{missing}"}, "English kept") == "English kept"  # damaged: the English


def test_a_service_error_reaches_a_chinese_window_in_chinese(qapp, ctx):
    """The operations path translates the error it delivers; the error reporter shows it translated."""
    from datetime import date

    from dialogue_planner.gui.kit import words
    from dialogue_planner.gui.kit.ops import Ops
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.services.requests import add_request

    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        reporter = ErrorReporter(interactive=False)
        ops = Ops(reporter.report)
        seen = []
        ops.run(
            add_request,
            ctx,
            from_side="US",
            to_side="CN",
            kind="assistance",
            subject="  ",
            received_on=date(2016, 3, 1),
            on_error=lambda exc: seen.append(exc.message) or True,
        )
        ops.run(
            add_request,
            ctx,
            from_side="US",
            to_side="CN",
            kind="assistance",
            subject="",
            received_on=date(2016, 3, 1),
        )
        assert ops.wait_idle()
        assert seen == ["协助请求需要主题。"]
        assert reporter.shown == [("known", "协助请求需要主题。")]
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        words.reset_cache()
