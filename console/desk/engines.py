"""The running system, built in one place: the desk, its modems (configured ports, or simulated modems and
officers), the change feed and the desk's engines (dispatcher, ladder, incoming).

Used by the window's start-up and the demo (:class:`console.desk.center.Center` adds the window's service) and by
the headless ``samvad-setu dispatch``; each only adds what is its own (the window's service, the printing of
outcomes, signals)::

    engines = Engines.build(database, config, district="hardoi", clock=clock, worker="host:dispatch:hardoi")
    engines.start()
    ...
    engines.stop()            # the database stays open: its owner disposes of it
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.clock import Clock
from console.config import DistrictConfig
from console.desk.desk import Desk
from console.desk.modems import district_clip, modems_from_config, sent_today
from console.desk.runtime import DeskRuntime
from console.desk.settings import DeskSettings
from db.database import Database
from db.feed import ChangeFeed
from modem.modem import Modem

if TYPE_CHECKING:
    from console.desk.simulation import SimulatedCenter


@dataclass
class Engines:
    database: Database
    desk: Desk
    modems: tuple[Modem, ...]
    runtime: DeskRuntime
    feed: ChangeFeed
    simulated: SimulatedCenter | None = None  # simulated modems and officers in place of the ports

    @classmethod
    def build(
        cls,
        database: Database,
        config: DistrictConfig,
        *,
        district: str,
        clock: Clock,
        worker: str,
        simulate: bool = False,
        speed: float = 1.0,
        realtime: bool = True,
    ) -> Engines:
        """Nothing starts yet. Each SIM's count of the day is carried over from the outbox; ``simulate`` puts the
        district's officers behind simulated modems (``realtime=False``: in lockstep with a fake clock)."""
        desk = Desk(database, DeskSettings.for_district(config), clock)
        sent = sent_today(database, clock)
        simulated = None
        modems: list[Modem]
        if simulate:
            from console.desk.simulation import SimulatedCenter, demo_officers  # the simulators only when simulated

            roster = desk.reload_roster()
            simulated = SimulatedCenter(config.modems, demo_officers(roster.officers.values()),
                                        desk.settings.case_prefix, clock=clock, epoch=clock.now(), speed=speed,
                                        sent=sent, realtime=realtime, clip=district_clip(district))
            modems = list(simulated.modems)
        else:
            modems = modems_from_config(config.modems, clock=clock, sent=sent)
        feed = database.change_feed(others_only=True)  # this process's own writes are told by their commits
        runtime = DeskRuntime(desk, modems, worker=worker, feed=feed)
        return cls(database, desk, tuple(modems), runtime, feed, simulated)

    def start(self, *, run_ladder: bool = True) -> list[int]:
        """Start the simulators (if any), the change feed and the engines; the outbox rows left uncertain.

        ``run_ladder=False`` leaves the ladder to whoever calls ``runtime.scheduler.tick()`` (a driven clock)."""
        if self.simulated is not None:
            self.simulated.start()
        self.feed.start()
        return self.runtime.start(run_ladder=run_ladder)

    def stop(self) -> None:
        """Stop the engines (the tries in hand are recorded), the feed and the simulators."""
        self.runtime.stop()
        self.feed.close()
        if self.simulated is not None:
            self.simulated.close()
