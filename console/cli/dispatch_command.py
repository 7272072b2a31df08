"""``samvad-setu dispatch``: the desk's engines without the window, on the machine that holds the modems.

It sends the outbox through the modems, climbs the escalation ladder on the
business calendar, and turns officers' SMS replies and missed calls into
confirmations, while operators log and instruct from their windows against the
same database. ``--simulate`` puts simulated modems and simulated officers in
place of the configured ports, for the demo and operator training.

    samvad-setu dispatch --district hardoi --database postgresql+psycopg://center@db/hardoi
    samvad-setu dispatch --district hardoi --config demo.toml --simulate --speed 10
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

from console.cli import CommandError
from console.cli.database_access import open_database
from console.clock import SystemClock
from console.config import DistrictConfig, available_districts, load_district_config, user_districts_folder
from console.config_reader import ConfigError
from console.desk.confirmations import IncomingHandled
from console.desk.engine_events import IncomingDecided, LadderStepTaken, OutboxRowFinished, StepTaken
from console.desk.engines import Engines
from console.events import EnginesFailed
from console.phone import display
from db.database import Database
from db.engine import DatabaseConfigError, DatabaseTarget, resolve_database_target
from db.errors import StorageError
from db.repositories.outbox import OutboxRecord

DEFAULT_DISTRICT = "hardoi"


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "dispatch", help="send the outbox through the modems and run the escalation ladder (headless)"
    )
    parser.add_argument("--district", default=DEFAULT_DISTRICT, help=f"district code (default: {DEFAULT_DISTRICT})")
    parser.add_argument("--database", metavar="URL", help="sqlite:///path or postgresql+psycopg://… (default: config)")
    parser.add_argument("--config", metavar="FILE", type=Path, help="a machine's settings file merged over the district's")
    parser.add_argument("--simulate", action="store_true", help="simulated modems and officers instead of the ports")
    parser.add_argument("--speed", type=float, default=1.0, help="with --simulate: simulated seconds per second")
    parser.add_argument("--worker", help="this dispatcher's name in the outbox (default: host:dispatch:district)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    config = _config(args.district, args.config)
    unset = config.unset_machine_settings()
    if "center.number" in unset:
        where = args.config or user_districts_folder() / f"{args.district}.toml"
        raise CommandError(
            f"center.number is not set: officers could not be told how to confirm. Edit {where} and add\n"
            '  [center]\n  number = "+91 5852 234567"   # the number officers ring back, as the center answers it'
        )
    if "modems" in unset and not args.simulate:
        raise CommandError("no [[modems]] are configured: list the ports, or use --simulate")
    target = _target(args.district, args.database, config)
    database = open_database(target)
    try:
        return _dispatch(args, config, database, target)
    except StorageError as error:  # a database that cannot be written, or gone, said in one line
        raise CommandError(f"{target.describe()}: {error}") from None
    finally:
        database.dispose()


def _dispatch(args: argparse.Namespace, config: DistrictConfig, database: Database, target: DatabaseTarget) -> int:
    worker = args.worker or f"{socket.gethostname()}:dispatch:{args.district}"
    engines = Engines.build(database, config, district=args.district, clock=SystemClock(), worker=worker,
                            simulate=args.simulate, speed=args.speed)
    runtime = engines.runtime
    events = runtime.events
    events.subscribe(OutboxRowFinished, lambda event: _print_outbox(event.record))
    events.subscribe(LadderStepTaken, lambda event: _print_step(event.step))
    events.subscribe(IncomingDecided, lambda event: _print_incoming(event.handled))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    events.subscribe(EnginesFailed, lambda _event: stop.set())
    try:
        uncertain = engines.start()
        _say(f"dispatching for {config.name_en} as {worker} with {len(engines.modems)} modem(s)"
             + (" (simulated)" if engines.simulated else "") + f"; database {database.backend}")
        if uncertain:
            _say(f"{len(uncertain)} outbox row(s) were in flight at the last stop and wait for an operator: "
                 + ", ".join(map(str, uncertain)))
        stop.wait()
    finally:
        _say("stopping")
        engines.stop()
    if runtime.failure is not None:
        raise CommandError(str(runtime.failure))
    return 0


def _config(code: str, override: Path | None) -> DistrictConfig:
    if code not in available_districts():
        raise CommandError(f"unknown district {code!r}; known: {', '.join(available_districts())}")
    if override is not None and not override.is_file():
        raise CommandError(f"--config {override}: no such file")
    try:
        return load_district_config(code, override_path=override)
    except ConfigError as error:
        raise CommandError(f"broken configuration:\n{error}") from None


def _target(district: str, url: str | None, config: DistrictConfig) -> DatabaseTarget:
    try:
        return resolve_database_target(district=district, cli_url=url, config_url=config.database_url or None)
    except DatabaseConfigError as error:
        raise CommandError(str(error)) from None


def _print_outbox(record: OutboxRecord) -> None:
    via = f" via {record.modem_name}" if record.modem_name else ""
    error = f" ({record.last_error_class}: {record.last_error})" if record.last_error_class else ""
    heard = ""
    if record.audio_heard is not None:  # an answered call: what the officer heard
        heard = f", heard {record.audio_heard}" + (f" x{record.audio_plays}" if record.audio_plays else "") \
            + (f" (fell back: {record.audio_fallback})" if record.audio_fallback else "")
    _say(f"outbox {record.id} {record.kind.value} to {display(record.to_number)}: {record.status.value}{via}{heard}"
         f"{error}")


def _print_step(step: StepTaken) -> None:
    _say(f"case {step.case_code}: {step.action.value}" + (f" refused ({step.problem})" if step.problem else ""))


def _print_incoming(handled: IncomingHandled) -> None:
    detail = f" ({handled.detail})" if handled.detail else ""
    _say(f"incoming {handled.incoming_id}: {handled.verdict.value}{detail}")


def _say(line: str) -> None:
    print(line, file=sys.stdout, flush=True)
