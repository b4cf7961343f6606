"""``outcomes``: the joint summary of outcomes of a meeting, its versions, both sides' agreement, the
comparison of versions and the printed copy (issue 15)."""

from __future__ import annotations

import argparse
import sys

from .framework import add_json_flag, command_group, path_arg, positive_int
from .json_shapes import outcomes_diff_json, outcomes_json
from .output import emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = command_group(sub, "outcomes", "the joint summary of outcomes of a meeting, agreed by both sides")

    p = group.add_parser("show", help="a version of a meeting's outcomes (the latest by default)")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument(
        "--version", type=positive_int, metavar="V", help="an earlier version (default: the latest)"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = group.add_parser(
        "draft",
        help="draft the outcomes from the outcome texts of the meeting's resolved (and "
        "discussed) agenda items; run again, it adds what is new and never "
        "overwrites an edited paragraph",
    )
    p.add_argument("--meeting", required=True, type=positive_int)
    p.set_defaults(handler=cmd_draft)

    p = group.add_parser("add", help="add a paragraph at the end of the draft")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--text-en", required=True, metavar="TEXT")
    p.add_argument("--text-zh", default="", metavar="TEXT")
    p.add_argument("--item", type=positive_int, metavar="ID", help="the agenda item the paragraph reports on")
    p.set_defaults(handler=cmd_add)

    p = group.add_parser("edit", help="change a paragraph of the draft")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--paragraph", required=True, type=positive_int, metavar="K")
    p.add_argument("--text-en", metavar="TEXT")
    p.add_argument("--text-zh", metavar="TEXT")
    p.set_defaults(handler=cmd_edit)

    p = group.add_parser("remove", help="take a paragraph out of the draft")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--paragraph", required=True, type=positive_int, metavar="K")
    p.set_defaults(handler=cmd_remove)

    p = group.add_parser("propose", help="freeze the draft as the version both sides are asked to agree")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.set_defaults(handler=cmd_propose)

    p = group.add_parser("agree", help="record a side's agreement to the proposed version")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--side", required=True, metavar="SIDE")
    p.add_argument("--by", metavar="NAME", help="who agreed for the side (default: you)")
    p.set_defaults(handler=cmd_agree)

    p = group.add_parser("revise", help="open a new draft version from a proposed or final one")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_revise)

    p = group.add_parser("diff", help="what changed between two versions, paragraph by paragraph")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--from", dest="version_from", required=True, type=positive_int, metavar="V")
    p.add_argument("--to", dest="version_to", required=True, type=positive_int, metavar="W")
    add_json_flag(p)
    p.set_defaults(handler=cmd_diff)

    p = group.add_parser("pdf", help="write the summary of outcomes as PDF")
    p.add_argument("--meeting", required=True, type=positive_int)
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=path_arg)
    p.add_argument("--paper", choices=["letter", "a4"], help="paper size (default: the host side's paper)")
    p.add_argument("--language", choices=["en", "zh", "bilingual"], default="bilingual")
    p.add_argument(
        "--version", type=positive_int, metavar="V", help="an earlier version (default: the latest)"
    )
    p.set_defaults(handler=cmd_pdf)


def _describe(v) -> str:
    agreed = f", agreed by {', '.join(v.agreed_by)}" if v.agreed_by else ""
    return (
        f"Outcomes of meeting {v.meeting}, version {v.version}: {v.status}{agreed} "
        f"({len(v.paragraphs)} paragraph(s))."
    )


def cmd_show(args, ctx) -> int:
    from dialogue_planner.services.outcomes import show_outcomes

    v = show_outcomes(ctx, args.meeting, args.version)
    if args.json:
        emit_json(outcomes_json(v))
        return 0
    print(_describe(v))
    if v.reason:
        print(f"Revised because: {v.reason}")
    for a in v.agreements:
        print(f"Agreed by {a.side}: {a.by}, {a.at:%Y-%m-%d %H:%M} UTC")
    print_table(
        [[p.number, p.text_en, p.text_zh, p.item or ""] for p in v.paragraphs],
        ["#", "English", "Chinese", "item"],
    )
    return 0


def cmd_draft(args, ctx) -> int:
    from dialogue_planner.services.outcomes import draft_outcomes

    r = draft_outcomes(ctx, args.meeting)
    parts = [f"{len(r.added)} paragraph(s) added"]
    if r.refreshed:
        parts.append(f"{len(r.refreshed)} brought up to date with their item's outcome")
    if r.kept:
        parts.append(f"{len(r.kept)} edited by hand kept as they are ({', '.join(map(str, r.kept))})")
    opened = f"Version {r.outcome.version} opened; " if r.created else ""
    print(f"{opened}{'; '.join(parts)}. {_describe(r.outcome)}")
    return 0


def cmd_add(args, ctx) -> int:
    from dialogue_planner.services.outcomes import add_paragraph

    v = add_paragraph(ctx, args.meeting, args.text_en, args.text_zh, args.item)
    print(f"Paragraph {len(v.paragraphs)} added. {_describe(v)}")
    return 0


def cmd_edit(args, ctx) -> int:
    from dialogue_planner.services.outcomes import edit_paragraph

    v = edit_paragraph(ctx, args.meeting, args.paragraph, text_en=args.text_en, text_zh=args.text_zh)
    print(f"Paragraph {args.paragraph} saved. {_describe(v)}")
    return 0


def cmd_remove(args, ctx) -> int:
    from dialogue_planner.services.outcomes import remove_paragraph

    v = remove_paragraph(ctx, args.meeting, args.paragraph)
    print(f"Paragraph {args.paragraph} removed. {_describe(v)}")
    return 0


def cmd_propose(args, ctx) -> int:
    from dialogue_planner.services.outcomes import propose_outcomes

    v = propose_outcomes(ctx, args.meeting)
    print(f"Version {v.version} proposed; it now needs the agreement of both sides. {_describe(v)}")
    return 0


def cmd_agree(args, ctx) -> int:
    from dialogue_planner.services.outcomes import agree_outcomes

    v = agree_outcomes(ctx, args.meeting, args.side, args.by)
    print(_describe(v))
    return 0


def cmd_revise(args, ctx) -> int:
    from dialogue_planner.services.outcomes import revise_outcomes

    v = revise_outcomes(ctx, args.meeting, args.reason)
    print(f"Version {v.version} opened as a draft (version {v.version - 1} stays as it was). {_describe(v)}")
    return 0


def cmd_diff(args, ctx) -> int:
    from dialogue_planner.services.outcomes import diff_outcomes

    d = diff_outcomes(ctx, args.meeting, args.version_from, args.version_to)
    if args.json:
        emit_json(outcomes_diff_json(d))
        return 0
    changed = d.changed
    print(
        f"Outcomes of meeting {d.meeting}, version {d.version_from} → {d.version_to}: "
        f"{len(changed)} paragraph(s) changed."
    )
    for c in changed:
        where = (
            f"{c.number_from} → {c.number_to}"
            if c.number_from and c.number_to
            else str(c.number_to or c.number_from)
        )
        print(f"paragraph {where}: {c.change}")
        for lang, old, new, moved in (
            ("en", c.en_from, c.en_to, c.en_changed),
            ("zh", c.zh_from, c.zh_to, c.zh_changed),
        ):
            if not moved:
                continue
            if old:
                print(f"  - {lang}: {old}")
            if new:
                print(f"  + {lang}: {new}")
    return 0


def cmd_pdf(args, ctx) -> int:
    from dialogue_planner.files import write_file
    from dialogue_planner.services.briefing import default_paper
    from dialogue_planner.services.outcomes import render_outcomes_pdf

    paper = args.paper or default_paper(ctx, args.meeting)
    result = render_outcomes_pdf(ctx, args.meeting, paper=paper, language=args.language, version=args.version)
    write_file(args.out, result.pdf)
    if result.replaced:
        print(
            f"warning: {result.replaced} field(s) hold characters the font lacks; printed as U+FFFD",
            file=sys.stderr,
        )
    print(
        f"wrote {args.out} ({result.pages} pages, {paper}, {args.language}, version {result.version}, "
        f"{result.status})"
    )
    return 0
