"""Reading a password on the command line: one line from stdin (scripts), or asked twice without echo."""

from __future__ import annotations

import getpass
import sys

from console.cli import CommandError


def read_new_password(from_stdin: bool, prompt: str = "New password") -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CommandError("--password-stdin: standard input is empty; give the password as one line")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CommandError("no terminal to ask for the password: pipe it in with --password-stdin")
    try:
        first = getpass.getpass(f"{prompt}: ")
        second = getpass.getpass(f"{prompt} again: ")
    except EOFError:
        raise CommandError("no password given") from None
    if first != second:
        raise CommandError("the two passwords differ; nothing was changed")
    return first
