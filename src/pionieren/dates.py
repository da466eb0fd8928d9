"""Which date a report carries: ``--datum``, else SOURCE_DATE_EPOCH, else today.

Why: the same input must give the same bytes, also in CI a year later. SOURCE_DATE_EPOCH is the
reproducible-builds convention (seconds since 1970, UTC). Without either, the date is today's
date where the user is (local time), not in UTC.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime

from pionieren.errors import UsageError, UserError

_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(tekst: str) -> date:
    """Only JJJJ-MM-DD: not 20261128, not a week date such as 2026-W48-6."""
    try:
        if not _ISO_DATUM.fullmatch(tekst):
            raise ValueError(tekst)
        return date.fromisoformat(tekst)
    except ValueError:
        raise UserError(
            f"'{tekst}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, zoals 2027-06-30."
        ) from None


def _plausible(dag: date, bron: str) -> date:
    from pionieren.input.model import EERSTE_JAAR, LAATSTE_JAAR

    if not EERSTE_JAAR <= dag.year <= LAATSTE_JAAR:
        raise UserError(
            f"{bron}: het jaar {dag.year} kan niet kloppen. Geef een datum tussen {EERSTE_JAAR} "
            f"en {LAATSTE_JAAR}."
        )
    return dag


def report_date(
    datum: str | None = None, environ: Mapping[str, str] | None = None, today: date | None = None
) -> date:
    if datum:
        # A wrong --datum is a wrong use of the command (exit 2), not a wrong input file.
        try:
            return _plausible(parse_date(datum), f"--datum {datum}")
        except UserError as e:
            raise UsageError(str(e)) from None
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise UserError(
                f"SOURCE_DATE_EPOCH is '{epoch}', maar moet een aantal seconden zijn (een heel "
                "getal), zoals 1767225600."
            )
        try:
            dag = datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            raise UserError(
                f"SOURCE_DATE_EPOCH is '{epoch[:30]}': dat is geen datum die pionieren kan tonen "
                "(na het jaar 9999). Geef een aantal seconden sinds 1970, zoals 1767225600."
            ) from None
        return _plausible(dag, f"SOURCE_DATE_EPOCH={epoch}")
    # The local date: a report made at 00:30 in Amsterdam carries today's date, not yesterday's.
    return today or datetime.now().astimezone().date()
