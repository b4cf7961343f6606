"""Two secretariats, one database each, exchanging packages both ways over several rounds (issue 20)."""

from __future__ import annotations

import json
import os
import stat
from datetime import date

import pytest

from dialogue_planner.domain.errors import DialogueError, ValidationError
from dialogue_planner.interchange.exchange_package import key_file
from dialogue_planner.services import exchange
from dialogue_planner.services.meetings import add_meeting
from dialogue_planner.services.outcomes import add_paragraph, agree_outcomes, propose_outcomes, show_outcomes
from dialogue_planner.services.requests import add_request, get_request, respond


def _log(ctx, received=date(2016, 3, 1), subject="Botnet command servers"):
    return add_request(
        ctx, from_side="US", to_side="CN", kind="information", subject=subject, received_on=received
    )


def test_a_request_logged_by_one_side_appears_on_the_other_and_its_response_comes_back(pair):
    ref = _log(pair.us).reference
    first = pair.us_to_cn()
    assert (first.created, first.differences) == (1, 0)
    theirs = get_request(pair.cn, ref)
    assert theirs.request.subject == "Botnet command servers"
    assert theirs.request.received_on == date(2016, 3, 1)

    respond(pair.cn, ref, on=date(2016, 3, 20), quality="partial", note="IP addresses attached")
    back = pair.cn_to_us()
    assert back.added_events == 1
    ours = get_request(pair.us, ref)
    assert ours.request.first_response_on == date(2016, 3, 20)
    assert ours.request.latest_quality == "partial"
    assert ours.request.status == "responded"
    assert [u.kind for u in ours.history] == ["response"]
    assert exchange.list_differences(pair.us) == []

    # CN still holds US's first package (status open) until the next round settles it by itself.
    assert {d.field for d in exchange.list_differences(pair.cn)} >= {"status"}
    third = pair.us_to_cn()
    assert third.added_events == 0  # the response is not echoed back as a second one
    assert exchange.list_differences(pair.cn) == []
    assert [u.kind for u in get_request(pair.cn, ref).history] == ["response"]


def test_a_request_the_other_side_sent_is_created_with_their_reference(pair):
    add_request(
        pair.cn,
        from_side="CN",
        to_side="US",
        kind="assistance",
        subject="Phishing kit",
        received_on=date(2016, 4, 2),
    )
    result = pair.cn_to_us()
    assert result.created == 1
    assert get_request(pair.us, "CN-2016-0001").request.to_side == "US"
    # A request of this side logged afterwards takes the next number of its own side.
    assert _log(pair.us).reference == "US-2016-0001"


def test_a_differing_received_date_is_listed_and_resolved(pair):
    _log(pair.us, received=date(2016, 3, 1))
    _log(pair.cn, received=date(2016, 3, 3))  # CN logged the same request with the day it reached them
    pair.us_to_cn()
    (diff,) = [d for d in exchange.list_differences(pair.cn) if d.field == "received_on"]
    assert (diff.record, diff.ours, diff.theirs) == ("request US-2016-0001", "2016-03-03", "2016-03-01")
    before = get_request(pair.cn, "US-2016-0001").request.response_due_on

    settled = exchange.resolve_difference(pair.cn, diff.id, accept_theirs=True)
    assert settled.ours == "2016-03-01"
    after = get_request(pair.cn, "US-2016-0001").request
    assert after.received_on == date(2016, 3, 1)
    assert after.response_due_on < before  # the due dates follow the received date
    assert exchange.list_differences(pair.cn) == []
    with pytest.raises(ValidationError, match="already settled"):
        exchange.resolve_difference(pair.cn, diff.id, keep_ours=True)


def test_keep_ours_is_said_in_the_next_package_and_agreed_as_sets_both(pair):
    _log(pair.us, subject="Botnet command servers")
    _log(pair.cn, subject="Botnet C2 servers")
    pair.us_to_cn()
    (diff,) = exchange.list_differences(pair.cn)
    assert diff.field == "subject"
    exchange.resolve_difference(pair.cn, diff.id, keep_ours=True)
    assert exchange.list_differences(pair.cn) == []
    pair.cn_to_us()
    (mine,) = exchange.list_differences(pair.us)
    assert (mine.ours, mine.theirs, mine.their_resolution) == (
        "Botnet command servers",
        "Botnet C2 servers",
        "kept",
    )

    settled = exchange.resolve_difference(pair.us, mine.id, agreed_as="Botnet command-and-control servers")
    assert settled.ours == "Botnet command-and-control servers"
    assert exchange.list_differences(pair.us) == []
    with pytest.raises(DialogueError, match="No difference 10000"):
        exchange.resolve_difference(pair.us, 10_000, keep_ours=True)


def test_agreed_as_checks_the_value_as_the_field_takes_it(pair):
    _log(pair.us, received=date(2016, 3, 1))
    _log(pair.cn, received=date(2016, 3, 3))
    pair.us_to_cn()
    (diff,) = exchange.list_differences(pair.cn)
    for bad in ("yesterday", "", "2016-02-30"):
        with pytest.raises(ValidationError):
            exchange.resolve_difference(pair.cn, diff.id, agreed_as=bad)
    exchange.resolve_difference(pair.cn, diff.id, agreed_as="2016-03-02")
    assert get_request(pair.cn, "US-2016-0001").request.received_on == date(2016, 3, 2)


def test_outcome_agreement_by_both_sides_through_packages_reaches_final_on_both(pair):
    for ctx in (pair.us, pair.cn):
        add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", today=date(2015, 11, 1))
    add_paragraph(pair.us, 1, "Both sides reviewed the timeliness of responses.", "双方审查了答复的及时性。")
    add_paragraph(pair.us, 1, "The hotline will be tested each quarter.", "热线每季度测试一次。")
    propose_outcomes(pair.us, 1)
    pair.us_to_cn()
    on_cn = show_outcomes(pair.cn, 1)
    assert on_cn.status == "proposed"
    assert [p.text_en for p in on_cn.paragraphs][1] == "The hotline will be tested each quarter."

    agree_outcomes(pair.cn, 1, "CN", by="Secretariat of CN")
    result = pair.cn_to_us()
    assert result.agreements == 1
    assert show_outcomes(pair.us, 1).status == "proposed"
    agree_outcomes(pair.us, 1, "US", by="Secretariat of US")
    assert show_outcomes(pair.us, 1).status == "final"
    pair.us_to_cn()
    assert show_outcomes(pair.cn, 1).status == "final"
    assert exchange.list_differences(pair.us) == exchange.list_differences(pair.cn) == []


def test_an_agreement_to_another_text_does_not_count(pair):
    for ctx in (pair.us, pair.cn):
        add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", today=date(2015, 11, 1))
    add_paragraph(pair.us, 1, "Text of the United States.")
    propose_outcomes(pair.us, 1)
    add_paragraph(pair.cn, 1, "Text of China.")
    propose_outcomes(pair.cn, 1)
    agree_outcomes(pair.cn, 1, "CN")
    result = pair.cn_to_us()
    assert result.agreements == 0
    assert any("texts differ" in note for note in result.notes)
    assert show_outcomes(pair.us, 1).status == "proposed"


def test_since_sends_only_what_changed(pair):
    _log(pair.us, subject="First")
    pair.us_to_cn()
    _log(pair.us, subject="Second", received=date(2016, 3, 5))
    path = pair.tmp / "since.zip"
    result = exchange.export_package(pair.us, path, since=1)
    assert result.counts["requests"] == 1
    with pytest.raises(DialogueError, match="no package number 9"):
        exchange.export_package(pair.us, pair.tmp / "x.zip", since=9)


def test_keys_live_outside_the_database_in_a_protected_file(pair):
    path = key_file("US")
    assert path.exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    info = exchange.show_keys(pair.us)
    assert len(info.fingerprint.split()) == 16 and all(len(g) == 4 for g in info.fingerprint.split())
    with pytest.raises(ValidationError, match="already exists"):
        exchange.init_keys(pair.us)


def test_trust_is_refused_when_the_fingerprint_does_not_match(pair):
    info = exchange.show_keys(pair.cn)
    wrong = "0000" + info.fingerprint[4:]
    with pytest.raises(ValidationError, match="does not match"):
        exchange.trust_key(pair.us, "CN", info.public_key, wrong)
    with pytest.raises(ValidationError, match="own side"):
        exchange.trust_key(pair.us, "US", info.public_key, info.fingerprint)
    with pytest.raises(ValidationError, match="64 hexadecimal"):
        exchange.trust_key(pair.us, "CN", "not a key", info.fingerprint)
    # Typed with other spacing or case, the same fingerprint is accepted.
    assert (
        exchange.trust_key(pair.us, "CN", info.public_key, info.fingerprint.replace(" ", "").lower()).side
        == "CN"
    )


def test_a_database_of_both_sides_does_not_exchange(ctx, tmp_path):
    assert exchange.own_side(ctx) == "both"
    with pytest.raises(ValidationError, match="both sides"):
        exchange.init_keys(ctx)
    with pytest.raises(ValidationError, match="Unknown side"):
        exchange.set_own_side(ctx, "XX")


def test_the_side_stays_once_packages_were_exchanged(pair):
    pair.us_to_cn()
    with pytest.raises(ValidationError, match="can no longer change"):
        exchange.set_own_side(pair.cn, "US")


def test_command_line_json_fields(pair, capsys, monkeypatch):
    from dialogue_planner.cli import main

    db_path = pair.tmp / "us.sqlite"
    assert main(["--db", str(db_path), "exchange", "keys", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown) == ["side", "fingerprint", "public_key"]
    assert shown["side"] == "US"
    _log(pair.us, received=date(2016, 3, 1))
    _log(pair.cn, received=date(2016, 3, 3))
    pair.cn_to_us()
    assert main(["--db", str(db_path), "exchange", "differences", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert list(row) == ["id", "record", "field", "ours", "theirs"]
    assert (row["ours"], row["theirs"]) == ("2016-03-01", "2016-03-03")
    assert main(["--db", str(db_path), "exchange", "resolve", str(row["id"]), "--keep-ours"]) == 0
    assert "settled" in capsys.readouterr().out
    assert main(["--db", str(db_path), "exchange", "side", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"side": "US"}


def test_the_timeliness_report_says_how_many_records_are_still_disputed(pair, capsys):
    from dialogue_planner.cli import main

    db_path = pair.tmp / "cn.sqlite"
    _log(pair.us, received=date(2016, 3, 1), subject="One")
    _log(pair.cn, received=date(2016, 3, 3), subject="Two")
    pair.us_to_cn()
    assert exchange.disputed_count(pair.cn) == 2 and exchange.disputed_records(pair.cn) == 1
    assert (
        main(["--db", str(db_path), "requests", "report", "--from", "2016-01-01", "--to", "2016-12-31"]) == 0
    )
    assert "1 records still disputed with the other side" in capsys.readouterr().out
    for d in exchange.list_differences(pair.cn):
        exchange.resolve_difference(pair.cn, d.id, keep_ours=True)
    assert (
        main(["--db", str(db_path), "requests", "report", "--from", "2016-01-01", "--to", "2016-12-31"]) == 0
    )
    assert "disputed" not in capsys.readouterr().out


def test_the_command_line_refuses_a_bad_package_in_one_line_and_sets_the_side_at_init(pair, capsys, tmp_path):
    from dialogue_planner.cli import main

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    db_path = pair.tmp / "cn.sqlite"
    assert main(["--db", str(db_path), "exchange", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a readable package" in err
    assert main(["--db", str(db_path), "exchange", "import", str(tmp_path / "missing.zip")]) == 1
    assert "could not be read" in capsys.readouterr().err

    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "init", "--side", "cn"]) == 0
    assert "secretariat of side CN" in capsys.readouterr().out
    assert main(["--db", str(other), "exchange", "side", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"side": "CN"}
    assert main(["--db", str(other), "init", "--side", "Mars"]) == 1
    assert "Unknown side 'Mars': use one of CN, US, or both." in capsys.readouterr().err


def _comparable(record) -> dict:
    values = dict(record.__dict__)
    for name in ("id", "version", "requesting_agency", "responding_agency", "requesting_agency_id"):
        values.pop(name, None)
    values.pop("responding_agency_id", None)
    return values


def test_every_kind_of_history_and_awkward_text_crosses_unchanged(pair):
    from datetime import datetime, timezone

    from dialogue_planner.services.escalations import add_escalation, list_escalations
    from dialogue_planner.services.requests import update_status

    today = date(2016, 12, 31)
    subjects = ['AT&T <Zhang> "quoted" & co', "勒索软件攻击 — 服务器日志", "=cmd|' /C calc'!A0"]
    refs = [
        add_request(
            pair.us,
            from_side="US",
            to_side="CN",
            kind="evidence",
            subject=subject,
            received_on=date(2016, 5, 2 + i),
            description="line one\nline two\t(tab)",
        ).reference
        for i, subject in enumerate(subjects)
    ]
    update_status(pair.us, refs[0], status="acknowledged", on=date(2016, 5, 4), today=today)
    respond(pair.us, refs[0], on=date(2016, 5, 20), quality="complete", today=today)
    update_status(pair.us, refs[0], status="closed", on=date(2016, 6, 1), note="Done 完成", today=today)
    update_status(pair.us, refs[1], status="withdrawn", on=date(2016, 5, 9), note="Duplicate", today=today)
    update_status(pair.us, refs[1], status="open", on=date(2016, 5, 10), note="Reopened", today=today)
    update_status(
        pair.us, refs[2], status="progress", on=date(2016, 5, 11), note="Servers seized", today=today
    )
    add_escalation(
        pair.us,
        side="US",
        summary="No answer on the botnet 僵尸网络",
        at=datetime(2016, 6, 1, 14, 30, tzinfo=timezone.utc),
        about=[refs[2]],
        severity="high",
        now=datetime(2016, 12, 31, tzinfo=timezone.utc),
    )

    result = pair.us_to_cn()
    assert result.created == 4 and result.differences == 0
    for ref in refs:
        ours, theirs = get_request(pair.us, ref), get_request(pair.cn, ref)
        assert _comparable(theirs.request) == _comparable(ours.request)
        assert [(u.kind, u.on, u.quality, u.note) for u in theirs.history] == [
            (u.kind, u.on, u.quality, u.note) for u in ours.history
        ]
    (esc,) = list_escalations(pair.cn)
    assert (esc.summary, esc.severity) == ("No answer on the botnet 僵尸网络", "high")
    assert get_request(pair.cn, refs[2]).escalations == (esc.reference,)
    assert pair.cn_to_us().differences == 0
    assert pair.us_to_cn().added_events == 0


def test_the_pack_says_how_many_records_are_still_disputed(pair):
    import io

    from pypdf import PdfReader

    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.reports import render_pack
    from dialogue_planner.services.briefing import assemble_pack

    for ctx in (pair.us, pair.cn):
        add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 1))
    _log(pair.us, received=date(2016, 3, 1))
    _log(pair.cn, received=date(2016, 3, 3))
    pair.us_to_cn()
    pack = assemble_pack(pair.cn, 1, today=date(2016, 6, 1))
    assert pack.extra["disputed_records"] == 1
    result = render_pack(pack, PackOptions(language="en"))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    assert "1 records still disputed with the other side" in " ".join(text.split())
    assert assemble_pack(pair.us, 1, today=date(2016, 6, 1)).extra["disputed_records"] == 0


def test_a_key_others_may_read_or_a_missing_key_is_refused(pair):
    path = key_file("US")
    if os.name == "posix":
        path.chmod(0o644)
        with pytest.raises(ValidationError, match="may be read by others"):
            exchange.export_package(pair.us, pair.tmp / "x.zip")
        path.chmod(0o600)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
    with pytest.raises(ValidationError, match="damaged"):
        exchange.show_keys(pair.us)
    path.unlink()
    with pytest.raises(ValidationError, match="no signing key for side US"):
        exchange.export_package(pair.us, pair.tmp / "x.zip")
    assert exchange.exchange_state(pair.us).key is None
    assert not (pair.tmp / "x.zip").exists()


def test_a_differing_outcome_paragraph_is_listed_and_taken_into_a_draft_only(pair):
    for ctx in (pair.us, pair.cn):
        add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", today=date(2015, 11, 1))
    add_paragraph(pair.us, 1, "The sides agreed to meet twice a year.", "双方同意每年会晤两次。")
    add_paragraph(pair.cn, 1, "The sides agreed to meet every six months.", "双方同意每年会晤两次。")
    pair.us_to_cn()
    (diff,) = exchange.list_differences(pair.cn)
    assert (diff.kind, diff.key, diff.field) == ("outcome", "M1/v1/p1", "text_en")
    assert diff.theirs == "The sides agreed to meet twice a year."
    exchange.resolve_difference(pair.cn, diff.id, accept_theirs=True)
    assert show_outcomes(pair.cn, 1).paragraphs[0].text_en == "The sides agreed to meet twice a year."

    add_paragraph(pair.us, 1, "A second paragraph.")
    propose_outcomes(pair.us, 1)
    add_paragraph(pair.cn, 1, "Another second paragraph.")
    propose_outcomes(pair.cn, 1)
    pair.us_to_cn()
    (second,) = exchange.list_differences(pair.cn)
    assert second.key == "M1/v1/p2"
    with pytest.raises(ValidationError, match="is proposed: open a revision"):
        exchange.resolve_difference(pair.cn, second.id, accept_theirs=True)


def test_an_escalation_crosses_and_its_differing_status_is_settled(pair, capsys):
    from datetime import datetime, timezone

    from dialogue_planner.cli import main
    from dialogue_planner.services.escalations import add_escalation, get_escalation, set_escalation_status

    esc = add_escalation(
        pair.cn,
        side="CN",
        summary="Hotline test call unanswered",
        at=datetime(2016, 7, 1, 2, 0, tzinfo=timezone.utc),
        severity="low",
        now=datetime(2016, 12, 31, tzinfo=timezone.utc),
    )
    assert pair.cn_to_us().created == 1
    assert get_escalation(pair.us, esc.reference).summary == "Hotline test call unanswered"
    set_escalation_status(pair.cn, esc.reference, "acknowledged")
    pair.cn_to_us()
    (diff,) = exchange.list_differences(pair.us)
    assert (diff.kind, diff.field, diff.ours, diff.theirs) == ("escalation", "status", "open", "acknowledged")
    with pytest.raises(ValidationError, match="not a status"):
        exchange.resolve_difference(pair.us, diff.id, agreed_as="lost")
    exchange.resolve_difference(pair.us, diff.id, accept_theirs=True)
    assert get_escalation(pair.us, esc.reference).status == "acknowledged"

    assert main(["--db", str(pair.tmp / "us.sqlite"), "exchange", "packages", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["direction"], r["sender_side"], r["sequence"]) for r in rows] == [
        ("in", "CN", 1),
        ("in", "CN", 2),
    ]
