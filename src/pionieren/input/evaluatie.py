"""The evaluatie: how a participation process went, as a validated model.

Why: the book's fifth advice is a leerarena, a standing place to look back and learn. That needs
a record per process that a civil servant fills in within minutes and that a program can count:
which werkvormen were used (with participants, cost and weeks), which groups were reached, whether
people heard back, whether the decision followed the outcome, and the lessons. Like the vraagstuk,
the format is a contract: fields may be added (optional), never renamed; unknown keys are refused.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictBool, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from pionieren.input.model import Aantal, Datum, Model, Schaal15, Tekst
from pionieren.vocabulary import JaDeelsNee, Modus

MAX_WERKVORMEN = 1_000
MAX_GROEPEN = 10_000
MAX_WEKEN = 520
"""Ten years: a process that took longer is a typo (or a programme of its own)."""

WerkvormId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]


def _fout(melding: str) -> PydanticCustomError:
    return PydanticCustomError("waarde", "invalid", {"melding": melding})


class Periode(Model):
    """When the process ran; without ``tot`` it is still running."""

    van: Datum = Field(description="Wanneer het proces begon (JJJJ-MM-DD).")
    tot: Datum | None = Field(
        default=None,
        description="Wanneer het proces klaar was (JJJJ-MM-DD). Leeg: het proces loopt nog.",
    )

    @model_validator(mode="after")
    def _van_voor_tot(self) -> Periode:
        if self.tot is not None and self.tot < self.van:
            raise PydanticCustomError(
                "datum_volgorde", "tot is before van", {"van": str(self.van), "tot": str(self.tot)}
            )
        return self


class GebruikteWerkvorm(Model):
    """A werkvorm that was actually used, with what it reached and cost."""

    id: WerkvormId = Field(
        description="Id uit de werkvormencatalogus (pionieren werkvormen), of de id van een "
        "eigen werkvorm uit het vraagstuk."
    )
    deelnemers: Aantal = Field(description="Hoeveel mensen echt meededen.")
    deelnemers_gepland: Aantal | None = Field(
        default=None,
        description="Niet verplicht: hoeveel deelnemers u had verwacht. Leeg: het minimum uit "
        "de werkvormencatalogus.",
    )
    kosten_euro: Aantal = Field(
        description="Wat de werkvorm echt kostte, in hele euro's (zonder punt)."
    )
    weken: Annotated[int, Field(strict=True, ge=0, le=MAX_WEKEN)] = Field(
        description="Hoeveel weken de werkvorm echt duurde, met de voorbereiding."
    )
    gepland: StrictBool = Field(
        default=True,
        description="Stond de werkvorm in het plan? false: hij kwam er tijdens het proces bij.",
    )
    toelichting: Tekst | None = Field(default=None, description="Niet verplicht: hoe het ging.")


class NietGedaan(Model):
    """A planned werkvorm that did not take place."""

    id: WerkvormId = Field(description="Id van de geplande werkvorm die niet doorging.")
    waarom: Tekst | None = Field(default=None, description="Waarom de werkvorm niet doorging.")


class BereikteGroep(Model):
    """Whether one stakeholder of the vraagstuk was reached."""

    naam: Tekst = Field(
        description="Naam van de belanghebbende, precies zoals in het vraagstuk (of nieuw: true)."
    )
    bereikt: JaDeelsNee = Field(description="Is deze groep bereikt: ja, deels of nee.")
    nieuw: StrictBool = Field(
        default=False,
        description="true als deze groep niet in het vraagstuk stond maar tijdens het proces "
        "in beeld kwam.",
    )
    toelichting: Tekst | None = Field(
        default=None, description="Niet verplicht: hoe u de groep bereikte, of waarom niet."
    )


class Terugkoppeling(Model):
    """Whether people heard back what was done with their input, and when."""

    gegeven: StrictBool = Field(
        description="Hoorden de deelnemers wat er met hun inbreng is gedaan? true of false."
    )
    datum: Datum | None = Field(
        default=None, description="Wanneer de terugkoppeling kwam (JJJJ-MM-DD); nodig bij true."
    )
    hoe: Tekst | None = Field(
        default=None, description="Niet verplicht: hoe (een brief, een avond, de website)."
    )

    @model_validator(mode="after")
    def _datum_bij_gegeven(self) -> Terugkoppeling:
        if self.gegeven and self.datum is None:
            raise _fout(
                "bij 'gegeven: true' hoort een datum: wanneer hoorden de deelnemers het? "
                "Schrijf 'datum: JJJJ-MM-DD' onder terugkoppeling"
            )
        if not self.gegeven and self.datum is not None:
            raise _fout(
                "er staat een datum, maar 'gegeven: false'. Kwam de terugkoppeling wel? "
                "Schrijf dan 'gegeven: true'; anders haalt u de datum weg"
            )
        return self


class BesluitUitkomst(Model):
    """The decision at the end, and whether it followed what participation brought."""

    datum: Datum | None = Field(default=None, description="Wanneer het besluit viel (JJJJ-MM-DD).")
    volgt_uitkomst: JaDeelsNee = Field(
        description="Volgde het besluit de uitkomst van de participatie: ja, deels of nee."
    )
    waarom: Tekst | None = Field(
        default=None,
        description="Waarom het besluit de uitkomst (deels) niet volgde; nodig bij deels en nee.",
    )

    @model_validator(mode="after")
    def _waarom_bij_afwijking(self) -> BesluitUitkomst:
        if self.volgt_uitkomst is not JaDeelsNee.ja and self.waarom is None:
            raise _fout(
                f"bij 'volgt_uitkomst: {self.volgt_uitkomst.value}' hoort 'waarom': deelnemers "
                "en raad willen weten waarom het besluit afwijkt. Schrijf het in één of twee zinnen"
            )
        return self


class Tevredenheid(Model):
    """Satisfaction from 1 (very unhappy) to 5 (very happy); every part is optional."""

    deelnemers: Schaal15 | None = Field(
        default=None, description="Tevredenheid van de deelnemers, 1 (zeer ontevreden) tot 5."
    )
    raad: Schaal15 | None = Field(
        default=None, description="Tevredenheid van de gemeenteraad, 1 tot 5."
    )
    organisatie: Schaal15 | None = Field(
        default=None, description="Tevredenheid van de ambtelijke organisatie, 1 tot 5."
    )


class OnderwerpUitkomst(Model):
    """One open point: what participants brought in and what was done with it."""

    onderwerp: Tekst = Field(description="Het onderwerp, zoals onder kaders.open in het vraagstuk.")
    inbreng: Tekst | None = Field(default=None, description="Wat deelnemers erover inbrachten.")
    gedaan: Tekst = Field(description="Wat er met die inbreng is gedaan.")
    waarom: Tekst | None = Field(
        default=None, description="Waarom, vooral als iets niet is overgenomen."
    )


class Les(Model):
    """One lesson, for samen denken, besluiten or doen."""

    les: Tekst = Field(description="De les in één of twee zinnen.")
    modus: Modus = Field(description="Waar de les over gaat: denken, besluiten of doen.")


class Evaluatie(Model):
    """How one participation process went, linked to its vraagstuk file."""

    vraagstuk: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)
    ] = Field(
        description="Het vraagstukbestand van dit proces, als pad vanaf dit bestand "
        "(zoals ../marktplein.yaml)."
    )
    periode: Periode = Field(description="Wanneer het proces liep.")
    werkvormen: list[GebruikteWerkvorm] = Field(
        default_factory=list,
        max_length=MAX_WERKVORMEN,
        description="De werkvormen die echt zijn gebruikt.",
    )
    niet_gedaan: list[NietGedaan] = Field(
        default_factory=list, description="Geplande werkvormen die niet doorgingen."
    )
    belanghebbenden: list[BereikteGroep] = Field(
        default_factory=list,
        max_length=MAX_GROEPEN,
        description="Per belanghebbende uit het vraagstuk: bereikt of niet.",
    )
    terugkoppeling: Terugkoppeling = Field(
        description="Of de deelnemers hoorden wat er met hun inbreng is gedaan, en wanneer."
    )
    besluit: BesluitUitkomst | None = Field(
        default=None, description="Het besluit; leeg zolang het er nog niet is."
    )
    onderwerpen: list[OnderwerpUitkomst] = Field(
        default_factory=list,
        description="Per onderwerp: wat deelnemers inbrachten en wat ermee is gedaan.",
    )
    tevredenheid: Tevredenheid | None = Field(
        default=None, description="Niet verplicht: tevredenheid van 1 tot 5."
    )
    lessen: list[Les] = Field(default_factory=list, description="Wat u heeft geleerd.")

    @property
    def afgerond(self) -> bool:
        """The process is finished: it has an end date."""
        return self.periode.tot is not None
