"""One rule of the analysis as one unit: id, theme, title, explanation, sources and the function
that applies it.

Why: a burgemeester or raadslid must be able to see why the advice says what it says. Every
statement in an Advies names the rule that produced it, and ``pionieren regels`` lists every
rule like an entry in a public algorithm register. Keeping the text and the function in one
object means neither can be added, renamed or dropped without the other.

A theme module makes its rules with the :func:`regel` decorator. The decorator registers
nothing: the name of the function then holds the :class:`Regel`, and calling it applies the
function. The one list of all rules is :data:`pionieren.analysis.registry.REGISTER`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Thema(StrEnum):
    """The themes of the analysis, in the order ``pionieren regels`` lists them."""

    poort = "poort"
    belanghebbenden = "belanghebbenden"
    trede = "trede"
    rollen = "rollen"
    mix = "mix"
    referentiekader = "referentiekader"
    lessen = "lessen"
    wet = "wet"
    leerarena = "leerarena"

    @property
    def titel(self) -> str:
        """The heading of the theme in the rule register."""
        return _TITELS[self]


_TITELS = {
    Thema.poort: "Poort: is participatie hier zinvol?",
    Thema.belanghebbenden: "Belanghebbenden",
    Thema.trede: "Trede op de participatieladder",
    Thema.rollen: "Rolverdeling",
    Thema.mix: "Mix van werkvormen",
    Thema.referentiekader: "Referentiekader (het eerste gesprek)",
    Thema.lessen: "Lessen en dilemma's",
    Thema.wet: "Wettelijke kaders",
    Thema.leerarena: "Leerarena en evaluatie",
}


@dataclass(frozen=True)
class Regel(Generic[P, R]):
    """One rule: its id, theme, title, plain-Dutch explanation, sources, and the pure function
    that applies it (``toepassen``). Calling the rule calls that function."""

    id: str
    thema: Thema
    titel: str
    uitleg: str
    bronnen: tuple[str, ...]
    toepassen: Callable[P, R]

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.toepassen(*args, **kwargs)


def regel(
    id: str, thema: Thema, titel: str, uitleg: str, bronnen: list[str]
) -> Callable[[Callable[P, R]], Regel[P, R]]:
    """Make the decorated function a rule. The explanation is written as one paragraph."""

    def maak(functie: Callable[P, R]) -> Regel[P, R]:
        return Regel(
            id=id,
            thema=thema,
            titel=titel,
            uitleg=" ".join(uitleg.split()),
            bronnen=tuple(bronnen),
            toepassen=functie,
        )

    return maak
