"""GSM modem layer: AT channel over pyserial, SMS in PDU mode, voice calls, a pool, and a simulator.

Knows nothing of the rest of the project. The console's entry points are
:class:`modem.pool.ModemPool` (``from_entries``), :class:`modem.modem.Modem` for one port,
the events in :mod:`modem.events` and the snapshot :class:`modem.state.ModemStatus`; what an
answered call sounds like and what the officer heard, in :mod:`modem.call_audio`.
"""
