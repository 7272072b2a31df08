"""A modem whose last user died at the "> " prompt of AT+CMGS comes back for the next process."""

from __future__ import annotations

import serial

from modem.config import ModemConfig
from modem.modem import Modem
from modem.simulator import Simulator
from tests.desk.rig import TIMING, WAIT


def test_a_modem_left_waiting_for_a_message_body_is_recovered_at_start() -> None:
    with Simulator("sim800") as simulator:
        port = serial.serial_for_url(simulator.device_path, timeout=1)
        port.write(b"AT+CMGF=0\rAT+CMGS=26\r")  # then the process is killed before writing the body
        assert simulator.wait_for_event("command", count=2)
        port.close()
        modem = Modem(ModemConfig(name="sms-1", url=simulator.device_path), timing=TIMING)
        modem.start()
        try:
            assert modem.wait_started(WAIT)
            assert modem.status().ready, modem.status().last_error
        finally:
            modem.stop()
        assert simulator.count("body-cancelled") == 1
