"""What can go wrong talking to a modem, as exceptions callers can tell apart."""

from __future__ import annotations


class ModemError(Exception):
    """Base of the modem layer's failures."""


class PortLost(ModemError):
    """The serial port is gone (unplugged, closed, EOF): the modem is offline until it returns."""


class CommandTimeout(ModemError):
    """No final result within the command's time limit."""


class PromptTimeout(ModemError):
    """``AT+CMGS`` got no ``> `` prompt: the body was not written and the prompt was cancelled with ESC."""


class ChannelClosed(ModemError):
    """The channel was closed on purpose."""


class NumberRejected(ValueError):
    """A phone number that may not reach the modem; the message names the offending part."""
