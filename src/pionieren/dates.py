"""Which date a report carries: ``--datum``, else SOURCE_DATE_EPOCH, else today.

Why: the same input must give the same bytes, also in CI a year later. SOURCE_DATE_EPOCH is the
reproducible-builds convention (seconds since 1970, UTC).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

from pionieren.errors import UserError


def parse_date(tekst: str) -> date:
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise UserError(
            f"'{tekst}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, zoals 2027-06-30."
        ) from None


def report_date(
    datum: str | None = None, environ: Mapping[str, str] | None = None, today: date | None = None
) -> date:
    if datum:
        return parse_date(datum)
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise UserError(
                f"SOURCE_DATE_EPOCH is '{epoch}', maar moet een aantal seconden zijn (een heel "
                "getal), zoals 1767225600."
            )
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return today or datetime.now(tz=UTC).date()
