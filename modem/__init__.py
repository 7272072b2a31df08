"""GSM modem layer: AT channel over pyserial, SMS in PDU mode, voice calls, and a simulator.

Knows nothing of the rest of the project. Which modem sends what, and when another may try,
is the console's dispatcher's (``console.desk.dispatcher``). The entry points are
:class:`modem.modem.Modem` for one port,
the events in :mod:`modem.events` and the snapshot :class:`modem.state.ModemStatus`; what an
answered call sounds like and what the officer heard, in :mod:`modem.call_audio`.
"""
