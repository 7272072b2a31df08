"""Everything the desk needs to know about its district, gathered once.

SMS parts are counted by the modem layer's own codec, so "two parts" means what the modem will send.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from console.calendar import BusinessCalendar
from console.config import DistrictConfig
from console.config_templates import Language
from console.desk.case_code import district_prefix
from console.desk.ladder import LadderPolicy
from console.domain import BusinessHours, Thresholds

SYSTEM_ACTOR = "system"
DEFAULT_RING_SECONDS = 45.0  # an officer's phone rings this long before the call counts as unanswered
DEFAULT_TALK_SECONDS = 120.0  # an instruction call is hung up after this long


@dataclass(frozen=True)
class DeskSettings:
    district: DistrictConfig
    calendar: BusinessHours
    case_prefix: str
    policy: LadderPolicy
    language: Language
    ring_seconds: float = DEFAULT_RING_SECONDS
    talk_seconds: float = DEFAULT_TALK_SECONDS
    split_parts: Callable[[str], Sequence[str]] = field(default=lambda text: _sms_parts(text))

    @classmethod
    def for_district(
        cls,
        district: DistrictConfig,
        *,
        calendar: BusinessHours | None = None,
        case_prefix: str | None = None,
        policy: LadderPolicy | None = None,
        language: Language | None = None,
        ring_seconds: float = DEFAULT_RING_SECONDS,
        talk_seconds: float = DEFAULT_TALK_SECONDS,
    ) -> DeskSettings:
        return cls(
            district=district,
            calendar=calendar or BusinessCalendar.from_config(district),
            case_prefix=case_prefix or district_prefix(district.code),
            policy=policy or LadderPolicy(district.thresholds),
            language=language or district.messages.default_language,
            ring_seconds=ring_seconds,
            talk_seconds=talk_seconds,
        )

    @property
    def thresholds(self) -> Thresholds:
        return self.policy.thresholds


def _sms_parts(text: str) -> Sequence[str]:
    from modem.pdu import split_text  # the PDU codec only when a message is split (not for the first screen)

    return split_text(text)[1]
