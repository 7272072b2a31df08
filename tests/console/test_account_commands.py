"""``db init``, ``user …`` and ``audit verify`` as IT runs them: real processes, one line and exit 1 on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'center.sqlite3'}"


def test_it_sets_up_a_center_from_the_command_line(url: str) -> None:
    init = run("db", "init", "--database", url, "--admin", "it.sharma", "--password-stdin", stdin="Admin-password-1\n")
    assert init.returncode == 0, init.stderr
    assert "admin 'it.sharma' created" in init.stdout
    added = run("user", "add", "asha", "--role", "operator", "--name", "Asha Verma", "--password-stdin",
                "--database", url, stdin="Chai-at-eleven\n")
    assert added.returncode == 0 and "Added operator 'asha' (Asha Verma)" in added.stdout
    listing = run("user", "list", "--database", url)
    assert listing.returncode == 0
    assert [line.split()[:3] for line in listing.stdout.splitlines()[1:]] == [
        ["asha", "operator", "active"], ["it.sharma", "admin", "active"]]
    verified = run("audit", "verify", "--database", url)
    assert verified.returncode == 0 and "Record intact" in verified.stdout and "Chain head: " in verified.stdout


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("user", "add", "it.sharma", "--role", "operator", "--name", "X", "--password-stdin"), "Long-enough-1\n",
     "already exists"),
    (("user", "add", "ravi", "--role", "boss", "--name", "Ravi", "--password-stdin"), "Long-enough-1\n",
     "unknown role 'boss'"),
    (("user", "add", "ravi", "--role", "operator", "--name", "Ravi", "--password-stdin"), "short\n",
     "at least 10 characters"),
    (("user", "passwd", "nobody", "--password-stdin"), "Long-enough-1\n", "no user 'nobody'"),
    (("user", "disable", "nobody"), "", "no user 'nobody'"),
    (("user", "disable", "it.sharma"), "", "last active admin"),
    (("db", "init", "--admin", "again", "--password-stdin"), "Long-enough-1\n", "already has accounts"),
    (("user", "add", "ravi", "--role", "operator", "--name", "Ravi"), "", "--password-stdin"),
])
def test_bad_input_gets_one_line_and_exit_1(url: str, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], stdin: str,
                                            message: str) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Admin-password-1\n"))
    assert main(["db", "init", "--database", url, "--admin", "it.sharma", "--password-stdin"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main([*args, "--database", url]) == 1
    error = capsys.readouterr().err
    assert message in error and len(error.strip().splitlines()) == 1 and "Traceback" not in error


def test_a_bad_database_url_is_one_line() -> None:
    done = run("user", "list", "--database", "mysql://x/y")
    assert done.returncode != 0 and "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.postgres
def test_db_init_on_postgresql(postgres_database_factory) -> None:  # type: ignore[no-untyped-def]
    url: URL = postgres_database_factory()
    text_url = url.render_as_string(hide_password=False)
    done = run("db", "init", "--database", text_url, "--admin", "it.sharma", "--password-stdin",
               stdin="Admin-password-1\n")
    assert done.returncode == 0, done.stderr
    assert run("audit", "verify", "--database", text_url).returncode == 0
