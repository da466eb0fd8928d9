"""The rule register: every rule has a stable id, a title, a plain-Dutch explanation and sources.

Why: a burgemeester or raadslid must be able to see why the advice says what it says. Every
statement in an Advies names the rule that produced it, and ``pionieren regels`` lists every
rule like an entry in a public algorithm register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Regel:
    """One rule: its id, theme, title, plain-Dutch explanation, sources and, for rules that are
    one function, the function that applies it (``toepassen``). Rules that are one step of a
    larger function (the mix) have no function of their own."""

    id: str
    thema: str
    titel: str
    uitleg: str
    bronnen: tuple[str, ...]
    toepassen: Callable[..., object] | None = None


REGELS: dict[str, Regel] = {}

THEMAS = {
    "poort": "Poort: is participatie hier zinvol?",
    "belanghebbenden": "Belanghebbenden",
    "trede": "Trede op de participatieladder",
    "rollen": "Rolverdeling",
    "mix": "Mix van werkvormen",
    "referentiekader": "Referentiekader (het eerste gesprek)",
    "lessen": "Lessen en dilemma's",
    "wet": "Wettelijke kaders",
    "leerarena": "Leerarena en evaluatie",
}


def registreer(id: str, thema: str, titel: str, uitleg: str, bronnen: list[str]) -> Regel:
    """Register a rule whose logic is one step of a larger function (such as the mix)."""
    if thema not in THEMAS:
        raise ValueError(f"unknown theme {thema!r}")
    if id in REGELS:
        raise ValueError(f"rule id {id!r} registered twice")
    REGELS[id] = Regel(
        id=id, thema=thema, titel=titel, uitleg=" ".join(uitleg.split()), bronnen=tuple(bronnen)
    )
    return REGELS[id]


def regel(id: str, thema: str, titel: str, uitleg: str, bronnen: list[str]) -> Callable[[F], F]:
    """Register a rule. Used as a decorator on the function that applies it."""
    registreer(id, thema, titel, uitleg, bronnen)

    def wrap(functie: F) -> F:
        REGELS[id] = replace(REGELS[id], toepassen=functie)
        return functie

    return wrap


def alle() -> dict[str, Regel]:
    """Every rule of the analysis, also when only a saved advice is being rendered.

    Why: rules register themselves when their theme's module is loaded. Rendering an advice
    read back from JSON must not depend on whether the analysis happened to run first.
    """
    from pionieren.analysis import engine  # noqa: F401  (loads every theme)

    return REGELS


def rule(id: str) -> Regel:
    return REGELS[id] if id in REGELS else alle()[id]


def rules_markdown() -> str:
    """The rule register as a Markdown page (docs/regels.md), like an algorithm register."""
    regels = sorted(alle().values(), key=lambda r: (list(THEMAS).index(r.thema), r.id))
    uit = [
        "# Regels van de analyse",
        "",
        "<!-- Gemaakt met `pionieren regels --formaat md`; niet met de hand bewerken. -->",
        "",
        f"De analyse van pionieren bestaat uit {len(regels)} regels. Elke uitspraak in een advies "
        "noemt de regel waar zij uit volgt. De bronnen staan in het bronnenregister "
        "(`pionieren bronnen`).",
    ]
    thema = None
    for r in regels:
        if r.thema != thema:
            thema = r.thema
            uit += ["", f"## {THEMAS[thema]}"]
        uit += [
            "",
            f"### {r.id}: {r.titel}",
            "",
            r.uitleg,
            "",
            f"Bronnen: {', '.join(f'`{b}`' for b in r.bronnen)}",
        ]
    return "\n".join(uit) + "\n"
