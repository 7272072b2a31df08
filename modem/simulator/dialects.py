"""How each modem family talks: identity strings, boot noise, error words, call URCs, storage habits.

The values copy the shapes seen on real SIMCom, Quectel and Huawei units (padding
and prefixes included) so the client's tolerance is tested, not assumed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ReportRouting(enum.Enum):
    AS_CONFIGURED = "as-configured"  # +CNMI <ds>=1 gives +CDS, 2 gives +CDSI
    DIRECT = "direct"  # +CDS whenever reports are enabled at all
    STORED = "stored"  # +CDSI and storage whatever <ds> says


class CallUrcs(enum.Enum):
    NONE = "none"  # poll AT+CLCC
    SIMCOM = "simcom"  # VOICE CALL: BEGIN / END: hhmmss, MISSED_CALL:
    SIMCOM_MISSED_ONLY = "simcom-missed-only"
    HUAWEI = "huawei"  # ^ORIG, ^CONF, ^CONN, ^CEND


class AudioFamily(enum.Enum):
    """Clip storage and playback into a call, by maker."""

    NONE = "none"
    SIMCOM = "simcom"  # AT+CCMXPLAY / AT+CCMXSTOP, flash C:/ via AT+CFTRANRX, AT+FSLS, AT+FSATTRI, AT+FSDEL
    QUECTEL = "quectel"  # AT+QPSND / AT+QAUDPLAY, UFS via AT+QFUPL, AT+QFLST, AT+QFDEL, AT+QFLDS


@dataclass(frozen=True)
class Chatter:
    """A URC the modem repeats on its own, e.g. Huawei ^RSSI until ``AT^CURC=0``."""

    interval_seconds: float
    template: str  # {rssi} is replaced by the current signal


@dataclass(frozen=True)
class Dialect:
    name: str
    manufacturer: str
    model: str
    revision: str
    imei: str
    identity_prefix: bool  # "+CGMR: ..." instead of a bare line
    information: tuple[str, ...]  # ATI lines
    boot_urcs: tuple[tuple[float, str], ...]
    sms_ready_gate: bool  # SMS commands refused until the "SMS Ready" URC
    unsupported_reply: str
    unsupported: frozenset[str]
    lte: bool
    report_routing: ReportRouting
    report_memory: str
    empty_read_is_ok: bool  # AT+CMGR on an empty index: OK (SIM800) or +CMS ERROR: 321
    call_urcs: CallUrcs
    clcc_extra: str  # trailing fields after "<number>",<type>
    default_cmee: int
    first_message_reference: int
    ring_interval_seconds: float
    chatter: tuple[Chatter, ...] = ()
    chatter_silenced_by_curc: bool = False
    extra_commands: frozenset[str] = field(default_factory=frozenset)
    audio: AudioFamily = AudioFamily.NONE


SIM800 = Dialect(
    name="sim800",
    manufacturer="SIMCOM_Ltd",
    model="SIMCOM_SIM800L",
    revision="Revision:1418B04SIM800L24",
    imei="868345031234567",
    identity_prefix=False,
    information=("SIM800 R14.18",),
    boot_urcs=((0.0, "RDY"), (0.3, "+CFUN: 1"), (0.8, "+CPIN: READY"), (3.0, "Call Ready"), (5.0, "SMS Ready")),
    sms_ready_gate=True,
    unsupported_reply="ERROR",
    unsupported=frozenset({"+CEREG", "+CHUP", "^CURC", "^CVOICE", "^USSDMODE", "+QINDCFG"}),
    lte=False,
    report_routing=ReportRouting.DIRECT,
    report_memory="SR",
    empty_read_is_ok=True,
    call_urcs=CallUrcs.SIMCOM_MISSED_ONLY,
    clcc_extra=',""',
    default_cmee=0,
    first_message_reference=1,
    ring_interval_seconds=3.0,
    extra_commands=frozenset({"+CFUN", "+DDET"}),
)

SIM7600 = Dialect(
    name="sim7600",
    manufacturer="SIMCOM INCORPORATED",
    model="SIMCOM_SIM7600E-H",
    revision="LE20B04SIM7600M22",
    imei="862636051234567",
    identity_prefix=True,
    information=("Manufacturer: SIMCOM INCORPORATED", "Model: SIMCOM_SIM7600E-H", "Revision: LE20B04SIM7600M22"),
    boot_urcs=((0.0, "RDY"), (0.5, "+CPIN: READY"), (4.0, "SMS DONE"), (6.0, "PB DONE")),
    sms_ready_gate=False,
    unsupported_reply="ERROR",
    unsupported=frozenset({"^CURC", "^CVOICE", "^USSDMODE", "+QINDCFG"}),
    lte=True,
    report_routing=ReportRouting.AS_CONFIGURED,
    report_memory="SR",
    empty_read_is_ok=False,
    call_urcs=CallUrcs.SIMCOM,
    clcc_extra=',""',
    default_cmee=0,
    first_message_reference=0,
    ring_interval_seconds=3.0,
    extra_commands=frozenset({"+CFUN", "+DDET"}),
    audio=AudioFamily.SIMCOM,
)

EC25 = Dialect(
    name="ec25",
    manufacturer="Quectel",
    model="EC25",
    revision="EC25EFAR06A03M4G",
    imei="866758041234567",
    identity_prefix=False,
    information=("Quectel", "EC25", "Revision: EC25EFAR06A03M4G"),
    boot_urcs=(
        (0.0, "RDY"),
        (0.4, "+CFUN: 1"),
        (0.9, "+CPIN: READY"),
        (1.2, "+QUSIM: 1"),
        (3.0, "+QIND: SMS DONE"),
        (5.0, "+QIND: PB DONE"),
    ),
    sms_ready_gate=False,
    unsupported_reply="ERROR",
    unsupported=frozenset({"^CURC", "^CVOICE", "^USSDMODE"}),
    lte=True,
    report_routing=ReportRouting.AS_CONFIGURED,
    report_memory="SR",
    empty_read_is_ok=False,
    call_urcs=CallUrcs.NONE,
    clcc_extra=',"",0',
    default_cmee=1,
    first_message_reference=12,
    ring_interval_seconds=4.0,
    chatter=(Chatter(10.0, '+QIND: "csq",{rssi},99'),),
    extra_commands=frozenset({"+CFUN", "+QINDCFG"}),
    audio=AudioFamily.QUECTEL,
)

HUAWEI = Dialect(
    name="huawei",
    manufacturer="huawei",
    model="E173",
    revision="11.126.85.00.209",
    imei="351234567890123   ",  # trailing padding seen on E-series sticks
    identity_prefix=False,
    information=("Manufacturer: huawei", "Model: E173", "Revision: 11.126.85.00.209", "IMEI: 351234567890123"),
    boot_urcs=((0.0, "^BOOT:20386726,0,0,0,72"), (1.0, "^SRVST:2"), (2.0, "^SIMST:1")),
    sms_ready_gate=False,
    unsupported_reply="COMMAND NOT SUPPORT",
    unsupported=frozenset({"+CEREG", "+CRC", "+QINDCFG", "+CVHU"}),
    lte=False,
    report_routing=ReportRouting.STORED,
    report_memory="SM",
    empty_read_is_ok=False,
    call_urcs=CallUrcs.HUAWEI,
    clcc_extra="",
    default_cmee=0,
    first_message_reference=255,  # wraps on the first message: catches clients that expect 1..255
    ring_interval_seconds=5.0,
    chatter=(Chatter(5.0, "^RSSI:{rssi}"), Chatter(7.0, "^MODE:5,4")),
    chatter_silenced_by_curc=True,
    extra_commands=frozenset({"^CURC", "^CVOICE", "^DDSETEX", "^USSDMODE"}),
)

DIALECTS: dict[str, Dialect] = {dialect.name: dialect for dialect in (SIM800, SIM7600, EC25, HUAWEI)}
