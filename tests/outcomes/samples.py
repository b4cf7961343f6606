"""A summary of outcomes as records, for rendering without a database (tests and the benchmark)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from dialogue_planner.domain.briefing import PackSide
from dialogue_planner.domain.outcomes import (
    OutcomeAgreementRecord,
    OutcomeParagraphRecord,
    OutcomeVersionRecord,
)
from dialogue_planner.reports.outcomes import OutcomesDocument

SIDES = (
    PackSide("US", "United States of America", "美利坚合众国", "America/New_York", "letter"),
    PackSide("CN", "People's Republic of China", "中华人民共和国", "Asia/Shanghai", "a4"),
)

EN = (
    "Both sides agreed to keep the hotline for the escalation of requests open at all times and to test it "
    "every quarter, with the results reported to the next meeting of the dialogue (paragraph {n}). "
)
ZH = "双方同意热线全天候保持畅通，每季度测试一次，并向对话下次会议报告测试结果（第{n}段）。"


def document(
    paragraphs: int = 40,
    *,
    status: str = "proposed",
    agreed: tuple[str, ...] = ("US",),
    version: int = 2,
    reason: str = "The Chinese side asked for a clearer paragraph 3",
) -> OutcomesDocument:
    at = datetime(2016, 6, 15, 9, 30, tzinfo=timezone.utc)
    names = {"US": "Jeh Johnson", "CN": "Guo Shengkun"}
    outcome = OutcomeVersionRecord(
        meeting=2,
        version=version,
        status=status,
        reason=reason,
        created_by="secretariat",
        created_at=at,
        agreements=tuple(OutcomeAgreementRecord(side, names[side], at, version) for side in agreed),
        paragraphs=tuple(
            OutcomeParagraphRecord(
                n, EN.format(n=n) * (1 + n % 3), ZH.format(n=n) * (1 + n % 3), item=n, lineage=str(n)
            )
            for n in range(1, paragraphs + 1)
        ),
    )
    return OutcomesDocument(
        dialogue_name_en="U.S.–China High-Level Joint Dialogue on Fighting Cybercrime and Related Issues",
        dialogue_name_zh="中美打击网络犯罪及相关事项高级别联合对话",
        meeting=2,
        start=date(2016, 6, 14),
        end=date(2016, 6, 14),
        city="Beijing",
        sides=SIDES,
        outcome=outcome,
    )
