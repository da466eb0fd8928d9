"""The public holidays of the Netherlands and carnival, computed for any year.

The holidays are the ``algemeen erkende feestdagen`` of the Algemene termijnenwet (art. 3): New
Year's Day, Easter Monday, Ascension Day, Whit Monday, both Christmas days, King's Day and the
fifth of May, with Good Friday made equal to them (art. 3 lid 2). The Sundays of Easter and
Whitsun are Sundays anyway. Carnival is the Sunday to Tuesday before Ash Wednesday; it is kept
mainly in Limburg and Noord-Brabant, so only the south (vakantieregio zuid) counts it.
Computed, not listed: Easter follows the Gregorian computus (Meeus/Jones/Butcher).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def pasen(jaar: int) -> date:
    """Easter Sunday in ``jaar`` (Gregorian calendar)."""
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    maand, dag = divmod(h + el - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def _koningsdag(jaar: int) -> date:
    # 27 April; on a Sunday the day before (Wet van 2013 over de viering van Koningsdag)
    d = date(jaar, 4, 27)
    return d - timedelta(days=1) if d.weekday() == 6 else d


@lru_cache(maxsize=64)
def feestdagen(jaar: int) -> dict[date, str]:
    """The public holidays of ``jaar`` by date, with their Dutch names."""
    p = pasen(jaar)
    return {
        date(jaar, 1, 1): "Nieuwjaarsdag",
        p - timedelta(days=2): "Goede Vrijdag",
        p: "Eerste Paasdag",
        p + timedelta(days=1): "Tweede Paasdag",
        _koningsdag(jaar): "Koningsdag",
        date(jaar, 5, 5): "Bevrijdingsdag",
        p + timedelta(days=39): "Hemelvaartsdag",
        p + timedelta(days=49): "Eerste Pinksterdag",
        p + timedelta(days=50): "Tweede Pinksterdag",
        date(jaar, 12, 25): "Eerste Kerstdag",
        date(jaar, 12, 26): "Tweede Kerstdag",
    }


def carnaval(jaar: int) -> tuple[date, date]:
    """Carnival in ``jaar``: the Sunday to Tuesday before Ash Wednesday (46 days before Easter)."""
    aswoensdag = pasen(jaar) - timedelta(days=46)
    return aswoensdag - timedelta(days=3), aswoensdag - timedelta(days=1)


def feestdag(d: date) -> str:
    """The name of the public holiday on ``d``, or an empty string."""
    return feestdagen(d.year).get(d, "")


def vrije_dag(d: date, zuid: bool = False) -> str:
    """Why ``d`` is no working day (weekend, a public holiday, carnival in the south), or ''."""
    if naam := feestdag(d):
        return naam
    if zuid:
        van, tot = carnaval(d.year)
        if van <= d <= tot:
            return "carnaval"
    return "weekend" if d.weekday() >= 5 else ""


def werkdag_voor(d: date, zuid: bool = False) -> date:
    """``d`` when it is a working day, else the last working day before it."""
    while vrije_dag(d, zuid):
        d -= timedelta(days=1)
    return d


def werkdag_na(d: date, zuid: bool = False) -> date:
    """``d`` when it is a working day, else the first working day after it."""
    while vrije_dag(d, zuid):
        d += timedelta(days=1)
    return d
