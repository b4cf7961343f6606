"""The real 2015–2017 record, entered through the commands (shared by the tests of this folder)."""

from __future__ import annotations


def build_record(cli):
    for day, host, city in (("2015-12-01", "US", "Washington"), ("2016-06-14", "CN", "Beijing"),
                            ("2016-12-07", "US", "Washington")):
        cli("meetings", "add", "--date", day, "--host", host, "--city", city, "--status", "held")
    # backfilling: a meeting entered as held takes its agenda and outcomes directly
    item = cli("agenda", "add", "--meeting", 1, "--title", "Guidelines for requesting assistance", "--json")
    cli("agenda", "resolve", item["id"], "--outcome", "Guidelines agreed; hotline to be tested")
    cli("dialogues", "add", "--name-en", "U.S.-China Law Enforcement and Cybersecurity Dialogue", "--code", "LECD",
        "--established", "2017-04-07", "--meetings-per-year", 1)
    cli("dialogues", "end", "CYBERCRIME", "--on", "2017-04-07", "--successor", "LECD")
    cli("--dialogue", "LECD", "meetings", "add", "--date", "2017-10-04", "--host", "US", "--city", "Washington",
        "--status", "held")
    return item
