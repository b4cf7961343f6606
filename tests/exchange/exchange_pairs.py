"""Helpers of the exchange tests: two sides' contexts, a round of packages, a dump of every table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dialogue_planner.services import exchange
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.setup import initialise
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.models import Base


@dataclass
class Pair:
    us: ServiceContext
    cn: ServiceContext
    tmp: object
    count: int = 0

    def send(self, sender: ServiceContext, receiver: ServiceContext, since: int | None = None):
        """Export from one side, import on the other; the import's result."""
        self.count += 1
        path = self.tmp / f"package-{self.count}.zip"
        exchange.export_package(sender, path, since=since)
        return exchange.import_package(receiver, path)

    def us_to_cn(self):
        return self.send(self.us, self.cn)

    def cn_to_us(self):
        return self.send(self.cn, self.us)


def side_context(url: str, side: str) -> ServiceContext:
    database = open_database(url)
    context = ServiceContext.connect(database)
    initialise(context)
    exchange.set_own_side(context, side)
    return context


def trust_each_other(a: ServiceContext, b: ServiceContext) -> None:
    ka, kb = exchange.init_keys(a), exchange.init_keys(b)
    exchange.trust_key(a, kb.side, kb.public_key, kb.fingerprint)
    exchange.trust_key(b, ka.side, ka.public_key, ka.fingerprint)


def dump(ctx: ServiceContext) -> dict:
    """Every row of every table (to show that a refused package changed nothing)."""
    with ctx.read() as s:
        return {
            table.name: sorted(map(repr, s.execute(select(table)).all()))
            for table in Base.metadata.sorted_tables
        }
