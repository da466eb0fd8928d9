"""One decider, the same everywhere, and a promise carried out as it was made (review 51a/51b):
who adopts the participation plan, who decides a point the case gives no decider of its own,
and that the summary, the influence table and the role table agree."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from helpers import BASIS, advies_voor, maak

from pionieren.analysis.result import Advies, Rol
from pionieren.input.load import load_vraagstuk
from pionieren.input.model import Vraagstuk

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
ALLE = sorted(
    [
        *CASES.glob("*.yaml"),
        *(CASES / "beoordeling").glob("*.yaml"),
        *(CASES / "review51").glob("*.yaml"),
        *(CASES / "wachtrij").glob("*.yaml"),
        *(ROOT / "vraagstukken").glob("*.yaml"),
    ]
)


def _sleutels(advies: Advies, rol: Rol) -> list[str]:
    return [d.sleutel for t in advies.rolverdeling if t.rol is rol for d in t.delen]


def _raad_vraagt(toezegging_door: str | None, besluit_door: str = "raad") -> Vraagstuk:
    besluit: dict[str, object] = {"door": besluit_door, "procedure": "beleid"}
    if toezegging_door:
        besluit["toezegging"] = {
            "door": toezegging_door,
            "trede": "adviseren",
            "tekst": "Inwoners geven advies over de regels.",
        }
    return maak(initiatiefnemer="raad", besluit=besluit)


def test_a_college_raadsvoorstel_after_a_motie_has_the_college_adopt_the_plan() -> None:
    """Review 51a: 'het presidium stelt het participatieplan vast' for a nota the college
    prepares after a motie (a wethouder made the promise). The presidium adopts the plan only
    when the raad runs the process itself."""
    college = advies_voor(_raad_vraagt("college"))
    assert "ROL-GRIFFIE.plan" not in _sleutels(college, Rol.griffie)
    assert "ROL-COLLEGE.plan" in _sleutels(college, Rol.college)
    eigen = advies_voor(_raad_vraagt("raad"))
    assert "ROL-GRIFFIE.plan" in _sleutels(eigen, Rol.griffie)
    assert "ROL-COLLEGE.plan" not in _sleutels(eigen, Rol.college)
    # the raad started it, the college decides: the college's process and plan
    besluit = advies_voor(_raad_vraagt(None, besluit_door="college"))
    assert "ROL-GRIFFIE.plan" not in _sleutels(besluit, Rol.griffie)


def test_another_government_sets_its_own_plan_the_college_only_its_part() -> None:
    """Review 51a: 'het college stelt het participatieplan vast' for a waterschap's
    projectprocedure. The body that runs the procedure sets its plan."""
    partijen = [
        *copy.deepcopy(BASIS["belanghebbenden"]),
        {
            "naam": "Waterschap Rivierenland",
            "soort": "overheid",
            "invloed": "hoog",
            "belang": "hoog",
            "initiatiefnemer": True,
        },
    ]
    v = maak(
        initiatiefnemer="andere_overheid",
        belanghebbenden=partijen,
        kaders_open=[
            {"onderwerp": "Hoe de dijk eruitziet bij het dorp.", "ruimte": "middel"},
            {"onderwerp": "Het fietspad van de gemeente.", "ruimte": "middel", "door": "college"},
        ],
        besluit={"door": "anders", "orgaan": "het algemeen bestuur van het waterschap"},
    )
    sleutels = _sleutels(advies_voor(v), Rol.college)
    assert "ROL-COLLEGE.plan" not in sleutels
    assert "ROL-COLLEGE.deel_plan" in sleutels
    # the gemeente's own process: the college adopts the plan
    assert "ROL-COLLEGE.plan" in _sleutels(advies_voor(maak()), Rol.college)


@pytest.mark.parametrize("pad", ALLE, ids=lambda p: p.name)
def test_a_point_without_its_own_decider_has_the_main_decider(pad: Path) -> None:
    """Review 51a: a point without ``door`` fell to whoever made the promise (the college),
    while the raad decides the nota. Another decider only where the law or the description
    says so (an applicant's plan, a verkeersbesluit, a derived decider that the table marks)."""
    v = load_vraagstuk(pad)
    advies = advies_voor(v)
    besluit = advies.besluit.door
    toezegging = v.besluit.toezegging if v.besluit else None
    open_ = [o for o in advies.trede.onderwerpen if o.open]
    for punt, o in zip(v.kaders.open, open_, strict=True):
        if punt.door is not None or o.door is besluit:
            continue
        # never the promiser just because he promised
        derived = o.buiten_besluit or o.door_afgeleid
        assert toezegging is None or o.door is not toezegging.door or derived, o.onderwerp


def test_a_point_a_promise_names_keeps_the_main_decider() -> None:
    """A wethouder's promise naming one point of a nota the raad adopts: the raad still decides
    that point (the promise says how inwoners take part, not who decides)."""
    v = maak(
        initiatiefnemer="gemeente",
        kaders_open=[
            {"onderwerp": "De regels voor de loting van de starterswoningen.", "ruimte": "middel"},
            {"onderwerp": "Hoe lang de zelfbewoningsplicht geldt.", "ruimte": "middel"},
        ],
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {
                "door": "college",
                "trede": "adviseren",
                "tekst": "De wethouder zegde toe dat starters advies geven over de loting.",
            },
        },
    )
    onderwerpen = [o for o in advies_voor(v).trede.onderwerpen if o.open]
    assert [o.door.value if o.door else None for o in onderwerpen] == ["raad", "raad"]


BEEKLOON = CASES / "review51" / "loting-starterswoningen-beekloon.yaml"


def test_the_promise_route_words_are_read() -> None:
    from pionieren.analysis.mix.toezegging import route

    tekst = "dat dit advies ongewijzigd met het raadsvoorstel naar de raad gaat"
    assert route(tekst) == {
        "naar_raad": True,
        "met_voorstel": True,
        "ongewijzigd": True,
        "pen_college": False,
    }
    assert route("Het college neemt het advies mee.") == {
        "naar_raad": False,
        "met_voorstel": False,
        "ongewijzigd": False,
        "pen_college": False,
    }
    # a motie that gives the college the pen (review 56a)
    assert route("Het college schrijft de agenda samen met inwoners.")["pen_college"]


def test_a_promised_group_gives_its_advice_in_its_own_group_routed_as_promised() -> None:
    """Review 51a: the wethouder promised that 'een groep starters' advises and that the advice
    goes 'ongewijzigd met het raadsvoorstel naar de raad'; the report put it in a mixed game
    whose advice 'gaat … naar het college'."""
    v = load_vraagstuk(BEEKLOON)
    advies = advies_voor(v)
    dragers = [m for m in advies.mix if any(r.sleutel == "MIX-TOEZEGGING" for r in m.redenen)]
    assert len(dragers) == 1
    drager = dragers[0]
    assert drager.voor[0] == "Starters uit de vier kernen"
    reden = next(r for r in drager.redenen if r.sleutel == "MIX-TOEZEGGING")
    assert reden.waarden["advies"] == ["Starters uit de vier kernen"]
    assert reden.waarden["naar_raad"] and reden.waarden["ongewijzigd"]
    # without the route words, the advice goes to whoever promised, as before
    assert v.besluit is not None and v.besluit.toezegging is not None
    tekst = (
        "De wethouder zegde toe dat een groep starters uit de vier kernen advies geeft over de "
        "regels voor loting."
    )
    belofte = v.besluit.toezegging.model_copy(update={"tekst": tekst})
    zonder = v.model_copy(update={"besluit": v.besluit.model_copy(update={"toezegging": belofte})})
    reden = next(
        r for m in advies_voor(zonder).mix for r in m.redenen if r.sleutel == "MIX-TOEZEGGING"
    )
    assert not reden.waarden["naar_raad"]


def _belofte_op_het_geheel(trede: str, door: str = "raad") -> Vraagstuk:
    """The raad promised on the whole outcome (no point named); its own points allow less."""
    return maak(
        ambitie="coproduceren",
        kaders_open=[
            {"onderwerp": "Een woningbouwlocatie aan de rand van het dorp.", "ruimte": "middel"},
            {"onderwerp": "De toekomst van het buurthuis.", "ruimte": "middel"},
        ],
        besluit={
            "door": "raad",
            "procedure": "beleid",
            "toezegging": {
                "door": door,
                "trede": trede,
                "tekst": "Een plan dat volgens de spelregels tot stand kwam, stelt de raad vast "
                "zoals de inwoners het schreven.",
            },
        },
    )


def test_a_promise_already_made_is_the_floor_not_a_call_to_widen_the_kaders() -> None:
    """Review 51b (Meerwierum): the raad promised to adopt the visie as the dorp wrote it
    (coproduceren), yet the report said 'Meer kan pas als de gemeenteraad eerst de kaders
    verruimt' and 'meer dan adviseren kan de gemeente … niet waarmaken'."""
    advies = advies_voor(_belofte_op_het_geheel("coproduceren"))
    boven = [b for b in advies.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert [b.sleutel for b in boven] == ["TREDE-BOVEN-PLAFOND.toegezegd"]
    assert "ondergrens" in boven[0].tekst and "verruimt" not in boven[0].tekst
    vragen = " ".join(advies.referentiekader)
    assert "al toegezegd" in vragen and "niet waarmaken" not in vragen
    # a promise below the ambition is no floor for it: the warning stays as it was
    lager = advies_voor(_belofte_op_het_geheel("adviseren"))
    sleutels = [b.sleutel for b in lager.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert sleutels == ["TREDE-BOVEN-PLAFOND"]
    # nor is the college's promise on a decision the raad takes
    college = advies_voor(_belofte_op_het_geheel("coproduceren", door="college"))
    sleutels = [b.sleutel for b in college.bevindingen if b.regel == "TREDE-BOVEN-PLAFOND"]
    assert "TREDE-BOVEN-PLAFOND.toegezegd" not in sleutels


def test_a_motie_or_the_raads_own_promise_means_the_raad_set_its_frame() -> None:
    """Review 51b (Walduin): 'De raad heeft nog geen kaders gesteld' though the raad set its
    frame by motie. The field alone is not the only word: a motie the raad adopted on it, its
    own promise on the outcome, or the case saying it set the kaders count too, where the case
    leaves the field out (review 52b: an explicit value wins, see below)."""

    def rol_raad(v: Vraagstuk) -> bool:
        return any(b.regel == "ROL-RAAD" for b in advies_voor(v).bevindingen)

    def zonder_veld(v: Vraagstuk) -> Vraagstuk:
        data = v.model_dump(mode="json", exclude_none=True)
        del data["kaders"]["raad_kaders_gesteld"]
        return Vraagstuk.model_validate(data)

    zonder = zonder_veld(maak(besluit={"door": "raad", "procedure": "beleid"}))
    assert rol_raad(zonder)
    motie = zonder.model_copy(
        update={"aanleiding": "De raad nam in september een motie aan over dit plein."}
    )
    assert not rol_raad(motie)
    belofte = zonder_veld(
        maak(
            besluit={
                "door": "raad",
                "procedure": "beleid",
                "toezegging": {
                    "door": "raad",
                    "trede": "adviseren",
                    "tekst": "Wij wegen elk advies.",
                },
            },
        )
    )
    assert not rol_raad(belofte)
    vragen = " ".join(advies_voor(belofte).referentiekader)
    assert "Welke kaders legt de raad vooraf vast" not in vragen


HEMMERIK = CASES / "review51" / "dijkversterking-hemmerik-waalhoven.yaml"


def test_a_households_own_point_is_not_another_partys_in_the_role_table() -> None:
    """Review 51a (Hemmerik): the summary said each household decides on its garden, the role
    table 'Het algemeen bestuur … beslist zelf over ‘Hoe elke tuin …’'."""
    v = maak(
        initiatiefnemer="andere_overheid",
        kaders_open=[
            {"onderwerp": "Hoe elke tuin langs de dijk terugkomt.", "eigen_bezit": True},
            {"onderwerp": "Welk alternatief het waterschap kiest.", "ruimte": "klein"},
        ],
        besluit={"door": "anders", "procedure": "anders", "orgaan": "Waterschap Rivierland"},
    )
    rij = " ".join(t.taak for t in advies_voor(v).rolverdeling if t.rol is Rol.anderen)
    assert "alternatief" in rij
    assert "tuin" not in rij


def test_a_decider_in_the_description_that_differs_from_the_point_is_asked() -> None:
    """Review 51a (Hemmerik): the description says the gemeente decides on the ommetjes, the
    point says Rijkswaterstaat. The first conversation asks which is right."""
    punt = {
        "onderwerp": "De ommetjes en het uitkijkpunt in de uiterwaard.",
        "ruimte": "middel",
        "door": "anders",
        "partij": "Rijkswaterstaat",
    }
    tekst = "Het plein krijgt een nieuwe inrichting. De gemeente beslist over de ommetjes in de uiterwaard."
    besluit = {"door": "college", "procedure": "uitvoering"}
    v = maak(omschrijving=tekst, kaders_open=["De indeling van het plein.", punt], besluit=besluit)
    vragen = " ".join(advies_voor(v).referentiekader)
    assert "Rijkswaterstaat, zoals bij het onderwerp staat" in vragen
    # the same words, but another body decides a thing the gemeente does not: nothing to ask
    ander = maak(
        omschrijving="Het plein krijgt een nieuwe inrichting. De gemeente beslist over de "
        "vergunning, maar de buurt wil een uitkijkpunt.",
        kaders_open=["De indeling van het plein.", punt],
        besluit=besluit,
    )
    assert "zoals bij het onderwerp staat" not in " ".join(advies_voor(ander).referentiekader)


def test_an_explicit_raad_kaders_gesteld_wins_over_a_motie() -> None:
    """Review 52b (Beekloon): 'heeft de kaders gesteld' while the file says
    ``raad_kaders_gesteld: false``; a motie is an inference, the field is the case's word."""
    from helpers import DATUM

    from pionieren.analysis.facts import Feiten
    from pionieren.knowledge.load import builtin

    motie = {"aanleiding": "De raad nam in maart een motie aan over het plein."}
    gezegd = maak(kaders_raad_kaders_gesteld=False, **motie)
    data = gezegd.model_dump(mode="json", exclude_none=True)
    del data["kaders"]["raad_kaders_gesteld"]
    open_ = Vraagstuk.model_validate(data)
    assert not Feiten(gezegd, builtin(), DATUM).raad_kaders_gesteld
    assert Feiten(open_, builtin(), DATUM).raad_kaders_gesteld
    assert "stelt vooraf de kaders vast" in _raad_rij(advies_voor(gezegd))
    assert "heeft de kaders gesteld" in _raad_rij(advies_voor(open_))


def _raad_rij(advies: Advies) -> str:
    return next(t.taak for t in advies.rolverdeling if t.rol is Rol.raad)
