"""Referentiekader (advice 1): the questions for the opening conversation, for this case."""

from __future__ import annotations

from pionieren import text
from pionieren.analysis.decision import BESLISSER_NAAM
from pionieren.analysis.facts import Feiten
from pionieren.analysis.level import kan_verruimen
from pionieren.analysis.registry import regel
from pionieren.analysis.result import BelanghebbendeAdvies, BesluitAdvies, TredeAdvies


@regel(
    "REFERENTIEKADER",
    "referentiekader",
    "Vragen voor het eerste gesprek",
    """Advies 1 uit het boek: begin met een gesprek tussen raad, college, organisatie en
    inwoners, en maak samen een referentiekader. pionieren zet de vragen klaar, ingevuld voor dit
    vraagstuk: wat ligt vast, wat is open, wie beslist, wat gebeurt er met de uitkomst, en hoe en
    wanneer horen mensen terug. Dat zijn ook de vier kernvragen van THiNK! en de 'heldere keuzes
    vooraf' van de Nationale ombudsman.""",
    ["pionieren-2017", "think-vpng", "ombudsman-spelregels-2009", "vpng-podcast-think"],
)
def referentiekader(
    f: Feiten, trede: TredeAdvies, analyse: list[BelanghebbendeAdvies], besluit: BesluitAdvies
) -> list[str]:
    v = f.vraagstuk
    k = v.kaders
    vragen = []
    if k.vast:
        vragen.append(
            f"Wat ligt vast ({len(k.vast)} {'punt' if len(k.vast) == 1 else 'punten'}, zie de "
            "analyse)? Weet iedereen dit, en is het volledig?"
        )
    else:
        vragen.append(
            "Wat ligt vast (wetten, budget, eerdere besluiten)? Dat is nog niet "
            "beschreven; schrijf het samen op."
        )
    if k.besluit_al_genomen:
        vragen.append(
            "Het besluit is al genomen. Wat kunnen inwoners nog wel beïnvloeden, "
            "bijvoorbeeld in de uitvoering, en hoe zeggen we dat eerlijk?"
        )
    elif k.open:
        vragen.append(
            f"Wat is open voor invloed ({len(k.open)} "
            f"{'onderwerp' if len(k.open) == 1 else 'onderwerpen'})? Zijn dit echte keuzes, en "
            "mogen inwoners ook andere punten inbrengen?"
        )
    else:
        vragen.append("Wat is er echt nog te kiezen? Dat is nog niet beschreven.")
    wanneer = f", uiterlijk op {text.datum(k.besluit_uiterlijk)}" if k.besluit_uiterlijk else ""
    if besluit.door is None:
        vragen.append(
            f"Wie neemt het besluit{wanneer}, en volgens welke procedure? Dat staat nog niet "
            "vast in het vraagstuk. Spreek het af en zeg het aan iedereen die meedoet."
        )
    else:
        bron = "volgens de wet" if besluit.herkomst == "wet" else "volgens het vraagstuk"
        vragen.append(
            f"Wie beslist, en wanneer? {bron[0].upper()}{bron[1:]} beslist "
            f"{BESLISSER_NAAM[besluit.door]}{wanneer}. Weet iedereen dat, ook wie meedoet?"
        )
    vragen.append(
        "Wat gebeurt er met de uitkomst? Staan raad en college achter de toezegging per "
        "onderwerp (zie de samenvatting)?"
    )
    if trede.gevraagd and trede.gevraagd.rang > trede.advies.rang:
        if kan_verruimen(f, besluit):
            vragen.append(
                f"De ambitie is {trede.gevraagd.value}, de kaders laten "
                f"{trede.maximaal.value} toe. Maakt de gemeente de ruimte groter, of stellen we "
                "de ambitie bij en zeggen we dat open?"
            )
        else:
            vragen.append(
                f"De ambitie is {trede.gevraagd.value}, maar meer dan {trede.advies.value} kan "
                "de gemeente hier niet waarmaken. Hoe zeggen we dat open tegen inwoners?"
            )
    if not k.raad_kaders_gesteld:
        vragen.append("Welke kaders legt de raad vooraf vast, en wanneer?")
    moeilijk = [p.naam for p in f.inclusiegroepen]
    if moeilijk:
        vragen.append(
            f"Hoe bereiken we {text.opsomming(moeilijk)}, en wie kan ons daarbij "
            "helpen (welzijn, sleutelfiguren, zelforganisaties)?"
        )
    if k.budget_euro is not None:
        vragen.append(
            f"Is het budget van {text.euro(k.budget_euro)} genoeg, en wie betaalt "
            "ambtelijke uren en vergoedingen voor deelnemers?"
        )
    if f.initiatief_van_anderen:
        vragen.append(
            "Wat heeft de initiatiefnemer van de gemeente nodig, en wat laat de "
            "gemeente bewust los?"
        )
    vragen.append("Wanneer is de participatie klaar, en hoe kijken we samen terug (leerarena)?")
    return vragen
