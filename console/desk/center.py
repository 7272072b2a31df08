"""A whole center in one object: the running system (:mod:`console.desk.engines`, as ``dispatch`` builds it) and
the window's service over it.

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
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from console.clock import Clock, SystemClock, TrainingClock
from console.config import APPLICATION_NAME, CallAudioMode, load_district_config
from console.desk.desk import Desk
from console.desk.engines import Engines
from console.desk.opening import workstation_name
from console.desk.runtime import DeskRuntime
from console.desk.settings import DeskSettings
from console.desk.window_adapter import DeskService
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
    """The running system (:class:`Engines`, built as ``dispatch`` builds it) and the window's service over it."""

    engines: Engines
    service: DeskService

    @property
    def database(self) -> Database:
        return self.engines.database

    @property
    def desk(self) -> Desk:
        return self.engines.desk

    @property
    def runtime(self) -> DeskRuntime:
        return self.engines.runtime

    @property
    def feed(self) -> ChangeFeed:
        return self.engines.feed

    @property
    def simulated(self) -> SimulatedCenter | None:
        return self.engines.simulated

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
        calendar = DeskSettings.for_district(config).calendar
        if training:
            from console.demo.training import training_start

            with database.reading() as work:
                recorded_until = work.escalations.latest_event_at()
            clock = TrainingClock(training_start(calendar, (clock or SystemClock()).now(), recorded_until))
            log.info("training clock starts at %s", clock.start.isoformat())
        clock = clock or SystemClock()
        if simulate:
            from console.demo.seed import ensure_demo_database

            ensure_demo_database(database, clock=clock, calendar=calendar, district=district)
        engines = Engines.build(database, config, district=district, clock=clock, simulate=simulate, speed=speed,
                                realtime=not lockstep, worker=f"{socket.gethostname()}:console:{district}")
        runtime, modems = engines.runtime, engines.modems
        service = DeskService(engines.desk, session, feed=engines.feed,
                              modem_statuses=lambda: [m.status() for m in modems],
                              demo_logins=demo_logins() if simulate else (),
                              workstation=workstation_name(), end_call=runtime.end_call)
        return cls(engines, service)

    def start(self, *, run_ladder: bool = True) -> list[int]:
        """Start the simulators (if any), the change feed and the desk's engines; the rows left uncertain.

        ``run_ladder=False`` leaves the ladder to whoever calls ``runtime.scheduler.tick()`` (a driven clock)."""
        return self.engines.start(run_ladder=run_ladder)

    def stop(self) -> None:
        self.service.sign_out()
        self.engines.stop()
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


def write_demo_settings(folder: Path, audio: CallAudioMode = CallAudioMode.RECORDED) -> Path:
    """``audio``: what the demo's officers hear when they answer; the district's clip, played twice, by default."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo-machine.toml"
    path.write_text(DEMO_SETTINGS.format(center=DEMO_CENTER_NUMBER, audio=audio.value), encoding="utf-8")
    return path
