"""A whole center in one object: storage, the desk, its engines and the window's service.

What the window's start-up (``samvad-setu`` and ``--demo``) needs:

    center = Center.open("hardoi", session=session)      # or open_demo_center(session)
    center.start()
    ...                                                   # the window over center.service
    center.stop()

With ``simulate`` the configured ports are replaced by simulated modems and
simulated officers; :func:`write_demo_settings` writes the machine settings a
demo needs (the center's number, one SMS and one voice modem), and
:func:`seed_demo_roster` fills an empty database with the demo district.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from console.clock import Clock, SystemClock, TrainingClock
from console.config import APPLICATION_NAME, CallAudioMode, load_district_config
from console.desk.desk import Desk
from console.desk.modems import district_clip, modems_from_config, sent_today
from console.desk.runtime import DeskRuntime
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.views import OperatorSession
from db.database import Database
from db.engine import resolve_database_target
from db.feed import ChangeFeed

if TYPE_CHECKING:
    from console.desk.simulation import SimulatedCenter

log = logging.getLogger(__name__)

DEMO_CENTER_NUMBER = "+915852230000"  # fictional, like the demo district's numbers
DEMO_SETTINGS = """# Samvad Setu demo: machine settings for simulated modems (written by the demo)
[center]
number = "{center}"

[[modems]]
name = "demo-sms"
url = "simulated"
roles = ["sms"]
daily_sms_cap = 1000

[[modems]]
name = "demo-voice"
url = "simulated"
roles = ["voice"]
audio = "{audio}"
"""


@dataclass
class Center:
    database: Database
    desk: Desk
    runtime: DeskRuntime
    service: DeskService
    feed: ChangeFeed
    simulated: SimulatedCenter | None = None

    @classmethod
    def open(
        cls,
        district: str,
        *,
        session: OperatorSession | None = None,
        database_url: str | None = None,
        override_path: Path | None = None,
        simulate: bool = False,
        speed: float = 1.0,
        clock: Clock | None = None,
        training: bool = False,
        lockstep: bool = False,
    ) -> Center:
        """``training``: run on a :class:`TrainingClock` that starts inside office hours (the demo's default);
        ``lockstep``: simulated modems that move only with the (fake) clock, see :class:`SimulatedCenter`."""
        config = load_district_config(district, override_path=override_path)
        if simulate and database_url is None:
            from console.demo.seed import demo_database_target  # the demo's modules only for the demo

            target = demo_database_target(district)  # the demo never touches a real district's file
        else:
            target = resolve_database_target(district=district, cli_url=database_url,
                                             config_url=config.database_url or None)
        # The demo (simulated) makes its database like ``demo create``, and a configured district's embedded file is
        # made on its first start; a path someone typed or configured must already hold the district.
        database = Database.open(target, create=simulate or target.source == "default")
        settings = DeskSettings.for_district(config)
        if training:
            from console.demo.training import training_start

            with database.reading() as work:
                recorded_until = work.escalations.latest_event_at()
            clock = TrainingClock(training_start(settings.calendar, (clock or SystemClock()).now(), recorded_until))
            log.info("training clock starts at %s", clock.start.isoformat())
        clock = clock or SystemClock()
        desk = Desk(database, settings, clock)
        simulated = None
        if simulate:
            from console.demo.seed import ensure_demo_database
            from console.desk.simulation import SimulatedCenter, demo_officers

            ensure_demo_database(database, clock=clock, calendar=desk.settings.calendar, district=district)
            roster = desk.reload_roster()
            simulated = SimulatedCenter(config.modems, demo_officers(roster.officers.values()),
                                        desk.settings.case_prefix, clock=clock, epoch=clock.now(), speed=speed,
                                        sent=sent_today(database, clock), realtime=not lockstep,
                                        clip=district_clip(district))
            modems = simulated.modems
        else:
            modems = modems_from_config(config.modems, clock=clock, sent=sent_today(database, clock))
        feed = database.change_feed(others_only=True)  # this process's own writes are told by their commits
        worker = f"{socket.gethostname()}:console:{district}"
        runtime = DeskRuntime(desk, modems, worker=worker, feed=feed)
        service = DeskService(desk, session, feed=feed, modem_statuses=lambda: [m.status() for m in modems],
                              demo_logins=demo_logins() if simulate else (),
                              workstation=workstation_name(), end_call=runtime.end_call)
        return cls(database, desk, runtime, service, feed, simulated)

    def start(self, *, run_ladder: bool = True) -> list[int]:
        """Start the simulators (if any), the change feed and the desk's engines; the rows left uncertain.

        ``run_ladder=False`` leaves the ladder to whoever calls ``runtime.scheduler.tick()`` (a driven clock)."""
        if self.simulated is not None:
            self.simulated.start()
        self.feed.start()
        return self.runtime.start(run_ladder=run_ladder)

    def stop(self) -> None:
        self.service.sign_out()
        self.runtime.stop()
        self.feed.close()
        if self.simulated is not None:
            self.simulated.close()
        self.database.dispose()


def open_demo_center(
    session: OperatorSession | None = None, *, district: str = "hardoi", clock: Clock | None = None,
    speed: float = 1.0, training: bool = True,
) -> Center:
    """The demo district with simulated modems and officers, its settings in the user's config folder.

    It runs on the training clock (inside office hours) unless ``training`` is False (``--real-clock``).
    Without ``session`` the demo signs in as its first demo operator by itself (no password: its people are
    synthetic); the window offers to switch to the demo supervisor.
    """
    folder = Path(platformdirs.user_config_dir(APPLICATION_NAME, appauthor=False)) / "demo"
    center = Center.open(district, session=session, override_path=write_demo_settings(folder),
                         simulate=True, speed=speed, clock=clock, training=training)
    if session is None:
        center.service.sign_in_as(demo_logins()[0])
    return center


def demo_logins() -> tuple[str, ...]:
    from console.demo.seed import DEMO_USERS

    return tuple(login for login, _role in DEMO_USERS)


def workstation_name() -> str:
    """This window among the center's: the machine and the process (two windows on one machine differ)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def write_demo_settings(folder: Path, audio: CallAudioMode = CallAudioMode.RECORDED) -> Path:
    """``audio``: what the demo's officers hear when they answer; the district's clip, played twice, by default."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo-machine.toml"
    path.write_text(DEMO_SETTINGS.format(center=DEMO_CENTER_NUMBER, audio=audio.value), encoding="utf-8")
    return path
