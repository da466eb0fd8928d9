"""What a raadslid reads: no rule codes in the summary, and only sources the text cites.

The length and the share of boilerplate are measured by ``benchmarks/rapportmaat.py``; this test
uses its functions for what must always hold, over every example and development case.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CODE = re.compile(r"\b[A-Z]{3,}(?:-[A-Z0-9]+)+\b")


@cache
def _maat() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "rapportmaat", ROOT / "benchmarks" / "rapportmaat.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _rapporten() -> dict[str, str]:
    return dict(_maat().reports(date(2026, 11, 28)))


def _cases() -> list[str]:
    return [p.stem for p in _maat().case_files()]


@pytest.mark.parametrize("naam", _cases())
def test_summary_has_no_rule_codes(naam: str) -> None:
    tekst = _rapporten()[naam]
    samenvatting = tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
    assert not _CODE.findall(samenvatting)
    assert "IAP2" not in samenvatting


@pytest.mark.parametrize("naam", _cases())
def test_every_listed_source_is_cited_in_the_text(naam: str) -> None:
    tekst = _rapporten()[naam]
    romp, _, rest = tekst.partition("\n## Bronnen\n")
    # the case's own papers (Stukken uit het vraagstuk) are listed apart, behind no claim
    lijst = rest.split("\n## ", 1)[0].split("**Stukken uit het vraagstuk**")[0]
    regels = [r for r in lijst.splitlines() if r.startswith("- ")]
    assert regels, "a report without any cited source"
    korte = []
    for regel in regels:
        kort = re.match(r"- \*\*(.+?)\*\*: ", regel)
        assert kort, regel
        korte.append(kort.group(1))
        k = kort.group(1)
        # a practice example is cited as one: '(voorbeeld: Pure Energie z.j.)'
        assert any(
            f"{voor}{k}{na}" in romp
            for voor in ("(", "; ", "(voorbeeld: ", "; voorbeeld: ")
            for na in ");"
        ), regel
    # two works with the same short reference get a letter, so each reference is unique
    assert len(korte) == len(set(korte))


def test_measure_counts_words_and_shared_runs() -> None:
    maat = _maat()
    assert maat.words("| a | **b** | – c.") == ["a", "b", "c"]
    gedeeld = "een twee drie vier vijf zes"
    aandelen, totaal = maat.shared_share([f"{gedeeld} x", f"y {gedeeld}"])
    assert aandelen == [6 / 7, 6 / 7] and totaal == pytest.approx(6 / 7)
    aandelen, _ = maat.shared_share(["a b c d e f", "g h i j k l"])
    assert aandelen == [0.0, 0.0]


def test_reports_stay_short_and_specific() -> None:
    """Issue 9's measures over every example and development case: a median of at most 1,800
    words, and at most 15 % of the words in 6-word runs that all reports share."""
    import statistics

    maat = _maat()
    teksten = list(_rapporten().values())
    assert statistics.median(len(maat.words(t)) for t in teksten) <= 1800
    _, gedeeld = maat.shared_share(teksten)
    assert gedeeld <= 0.15


@pytest.mark.parametrize("naam", _cases())
def test_the_summary_names_one_amount_to_set_aside(naam: str) -> None:
    """A bestuurder reads one amount, with its basis, not only a wide range; a budget that is
    too small is never answered with 'set aside more' (the design shrinks instead)."""
    samenvatting = _rapporten()[naam].split("## Samenvatting voor bestuurders", 1)[1]
    samenvatting = samenvatting.split("\n## ", 1)[0]
    budget = re.search(r"\*\*Budget\.\*\* (.*)", samenvatting)
    assert budget, "no budget line"
    regel = budget.group(1)
    assert regel.startswith(
        (
            "Er is nog geen budget.",
            "Voor het budget vallen weg: ",
            "Voor het budget komt er geen ",
            # a part held smaller so that the design fits, said once (review 49)
            "Voor het budget: ",
            "Het ontwerp kost ",
            "De gemeente betaalt hier zelf geen",
            "Het budget (",
            "Schat de kosten zelf",
            # the hard limit drops steps itself and says so first (review 46a)
            "Het budget is een grens.",
        )
    )
    # a short budget leads to a smaller design, never to 'set aside more than the budget'
    if regel.startswith("Er is nog geen budget."):
        assert "(met 20 % onvoorzien): trek dat uit." in regel and "het budget is" not in regel
    if "te weinig" in regel:
        assert "Trek " not in regel


@pytest.mark.parametrize("naam", _cases())
def test_the_budget_line_adds_up_with_the_cost_table(naam: str) -> None:
    """One sum (review 22): a budget called enough must not sit next to a design whose upper
    cost lies above it without saying so; the initiator's share is not a catalogue range in
    the tens of thousands; the works are not presented as extra cost; and a short budget is
    never answered by asking for the difference."""
    rapport = _rapporten()[naam]
    samenvatting = rapport.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
    budget = re.search(r"\*\*Budget\.\*\* (.*)", samenvatting)
    assert budget
    # the summary's two sentences and the rest of the paragraph in hoofdstuk 1, read together
    regel = " ".join(re.findall(r"^\*\*Budget\.\*\* (.*)", rapport, re.M))
    from pionieren.pipeline import advise
    from pionieren.text import euro

    (pad,) = [p for p in _maat().case_files() if p.stem == naam]
    md = advise(pad, datum="2026-11-28").advies.middelen
    # the budget carries the initiator's part too when both pay from it (betaler: beide)
    from pionieren.input.load import load_vraagstuk

    samen = load_vraagstuk(pad).kaders.betaler == "beide"
    laag = md.kosten_min_euro + (md.kosten_initiatiefnemer_min_euro if samen else 0)
    hoog = md.kosten_max_euro + (md.kosten_initiatiefnemer_max_euro if samen else 0)
    # review 40, 42d: one number, the estimate with a fifth for the unforeseen, and the
    # shortfall on it when it does not fit
    from pionieren.analysis.mix.kosten import met_onvoorzien

    schatting = met_onvoorzien(laag, hoog)
    if md.budget_euro is not None and regel.startswith(("Het ontwerp kost ", "Om ")):
        # the range is in the table of section 1 (its top may equal the budget, which is named)
        if hoog != md.budget_euro:
            assert euro(hoog) not in regel, regel
        assert "–" not in regel.split("naar schatting", 1)[-1].split(")")[0], regel
        assert f"naar schatting {euro(schatting)}" in regel, regel
        if md.budget_euro < schatting and "; dan past het." in regel:
            # a smaller form of the dearest part makes it fit: that cap, not a shortfall
            assert "te weinig" not in regel and "hoogstens" in regel, regel
        elif md.budget_euro < schatting:
            assert f"{euro(schatting - md.budget_euro)} te weinig" in regel, regel
    assert "eigen participatie (€" not in regel
    assert "uit het projectbudget" not in regel
    assert "vraag het verschil" not in rapport
    assert "kostte de gemeente" not in rapport


_FASE = re.compile(
    r"^- (Voorbereiden|Ophalen|Verdiepen|Toetsen|Besluit|Terugkoppelen|Uitwerken na het besluit"
    r"|Uitvoeren|Evalueren) \(",
    re.MULTILINE,
)


@pytest.mark.parametrize("naam", _cases())
def test_the_summary_speaks_in_dates_and_topics_not_in_counts_or_phase_labels(naam: str) -> None:
    """Review 48e: 'Adviseren (3 punten)', 'Wat vastligt (5 punten, hoofdstuk 3): informeren'
    and a phase label next to the dates of each step read as internal codes. A step of the
    design starts with its dates; a toezegging names its level without counting points."""
    samenvatting = _rapporten()[naam].split("## Samenvatting voor bestuurders", 1)[1]
    samenvatting = samenvatting.split("\n## ", 1)[0]
    assert not re.search(r"\(\d+ punt(en)?\b", samenvatting), naam
    assert "Wat vastligt (" not in samenvatting
    assert not _FASE.search(samenvatting), _FASE.search(samenvatting)


@pytest.mark.parametrize("naam", _cases())
def test_no_stock_caution_with_a_source_that_does_not_carry_it(naam: str) -> None:
    """Review 48e: 'een persona vervangt geen gesprek (RIVM Loket Gezond Leven)' behind talks
    with ervaringsdeskundigen, and Gemert-Bakel's 'losse meldingen' behind any schouw (of three
    locations, of a route); a developer's page is cited as an example, not as an authority."""
    tekst = _rapporten()[naam]
    assert "persona" not in tekst
    assert "losse meldingen verdringen" not in tekst
    assert "(Pure Energie" not in tekst and "; Pure Energie" not in tekst
    assert "Kijk wat de participatieverordening" not in tekst
    # a form of the griffie with nothing but its name gets no paragraph of its own
    assert not re.search(r"^\*\*[^*]+\*\* \(door de griffie, voor de raad; [^)]*\)\.$", tekst, re.M)


@pytest.mark.parametrize("naam", _cases())
def test_the_source_list_says_once_where_the_links_go(naam: str) -> None:
    tekst = _rapporten()[naam]
    bronnen = tekst.partition("\n## Bronnen\n")[2].split("\n## ", 1)[0]
    assert bronnen.strip().startswith("Alle links gaan naar de eigen site van de uitgever")
    assert bronnen.count("Alle links gaan naar") == 1


def _stappen(tekst: str, kop: str) -> list[str]:
    """The bullet lines right under a bold heading such as '**De belangrijkste stappen.**'."""
    if kop not in tekst:
        return []
    blok = tekst.split(kop, 1)[1].split("\n\n", 2)
    lijst = blok[1] if len(blok) > 1 else ""
    return [r for r in lijst.splitlines() if r.startswith("- ")]


#: The longest summary may not grow past this. Issue 9's target is 350 words (one page); the
#: longest were about 450 (a long influence table, five key steps); round 54 (four key steps,
#: one werkvorm per topic, a long question without its opening sentence) brought them to 391;
#: round 55 (three key steps, a long decider once for rows in a row, no later decision in the
#: decision step) to 374: lower this as the summary gets shorter.
# Round 58 raised it to 415 on purpose (reviews 57c and 58a: every bestuurlijk moment of the
# case and the promised step are key steps; a topic is no longer cut off mid-phrase). Round 44
# of issue 9 (a key step names no letter, a werkvorm in the table no note in brackets, the raad's
# decision step without the application date) brought it to 408.
GRENS_SAMENVATTING = 408


def test_no_summary_grows_past_the_longest_now() -> None:
    """Issue 9: a one-page summary for bestuurders. Each fact once: the other deciders by name
    (their points in the table), no werkvormen repeated row after row, no date twice."""
    maat = _maat()
    lengte = {n: len(maat.words(maat.summary(t))) for n, t in _rapporten().items()}
    assert max(lengte.values()) <= GRENS_SAMENVATTING, max(lengte.items(), key=lambda x: x[1])


#: The long cases (benchmarks/rapportmaat.py 'lange zaken') may not grow past these. Issue 9's
#: target is under 2,400 words; round 53 reached a median of 2,813 and a longest of 3,485 on
#: its own branch (was 2,842 and 3,546); after merging the other round-53 changes (new reach,
#: law and promise sentences) 2,832 and 3,492; round 54 (shorter summary, other parties' topics
#: by the table) 2,815 and 3,440 on its own branch; after merging the other round-54 changes
#: (separate sessions, facts first, own werkvormen, law sentences) 2,820 and 3,442; round 55
#: (a later decision named once, a choice's promise quoted once) 2,788 and 3,434 on its own
#: branch; round 56 (realistic costs of the case's own instrument and the rounds after the
#: decision, the conditions that block routes, the legal corrections) grew them to 2,798 and
#: 3,463 (Lindenoord +75: the mosques' 85 family visits are costed and the design says what
#: does not fit); round 58 (vast: the table says once 'controleer de schoolkalender' for the
#: voorjaars- and herfstvakantie, whose dates OCW only advises) 2,799 and 3,466: lower these as
#: the reports get shorter.
# After merging the other round-58 changes (full topics, every moment a key step) the median
# fell to 2,780 and the longest rose to 3,485 (dijkversterking). Round 44 of issue 9 (long
# topics below the ambition counted, not quoted again; a second round before a later decision
# by reference to the first; no sentence twice in a werkvorm's paragraph) 2,766 and 3,439.
# Round 66: a reaction round without a formal inspraak procedure is answered in the report
# with the proposal, not 'in de reactienota' (+3 words), and the choice in dijkversterking is
# weighed in two forms ('en meer'): the longest is 3,444; each worry is quoted whole once.
GRENS_LANG_MEDIAAN = 2766
GRENS_LANG_MAX = 3445


def test_no_long_case_grows_past_the_longest_now() -> None:
    """Issue 9: the long cases say each fact once (the payer of the cost table, the law of a
    role, the advice for every group reached via a party with a stake, a promise per word)."""
    import statistics

    maat = _maat()
    lang = maat.reports(date(2026, 11, 28), maat.long_case_files())
    lengte = {n: len(maat.words(t)) for n, t in lang.items()}
    assert max(lengte.values()) <= GRENS_LANG_MAX, max(lengte.items(), key=lambda x: x[1])
    assert statistics.median(lengte.values()) <= GRENS_LANG_MEDIAAN


@pytest.mark.parametrize("naam", _cases())
def test_the_summary_names_the_key_steps_and_chapter_1_the_rest_once(naam: str) -> None:
    """Issue 9: the summary's list of 8-15 dated steps repeated the table of hoofdstuk 1 and
    made the summary two pages. It names at most five key steps (with the decision); every
    other step stands once, in hoofdstuk 1 (the werkvormen with their dates in its table)."""
    tekst = _rapporten()[naam]
    samenvatting = tekst.split("## Samenvatting voor bestuurders", 1)[1].split("\n## ", 1)[0]
    ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
    kern = _stappen(samenvatting, "**De belangrijkste stappen.**")
    andere = _stappen(ontwerp, "**De andere stappen.**")
    assert 1 <= len(kern) <= 5, kern
    # a key step names at most three werkvormen; the rest stand in the table (review 49b)
    for r in kern:
        assert r.split(": ", 1)[-1].count(";") <= 3, r
    assert not set(kern) & set(andere)
    assert "**Het ontwerp.**" not in samenvatting and "- Start:" not in samenvatting
    # the dates of each werkvorm are in the table of hoofdstuk 1
    assert "| wanneer | werkvorm |" in ontwerp


def test_every_step_of_the_plan_is_in_the_report() -> None:
    """Nothing a reviewer relies on is lost when the summary shrinks: each dated step of the
    plan is in the summary's key steps, in the list of hoofdstuk 1, or (a werkvorm without
    more to say) a row with its dates in the table of hoofdstuk 1."""
    from pionieren.analysis.engine import analyse
    from pionieren.input.load import load_vraagstuk
    from pionieren.knowledge.load import builtin
    from pionieren.pipeline import advise_file
    from pionieren.report.data import KERN_MAX, kernstappen
    from pionieren.text import datum, periode

    for naam in ("woningbouw-sportpark", "buurtbus-kreekdorpen-schelderode"):
        paden = [p for p in _maat().case_files() if p.stem == naam] or [
            ROOT / "tests" / "cases" / "beoordeling" / f"{naam}.yaml"
        ]
        advies = analyse(load_vraagstuk(paden[0]), builtin(), date(2026, 11, 28))
        kern = kernstappen(advies)
        # every moment of the case is a key step since round 58 (review 57c: the summary
        # left out the commissie and the college's own moments); at most five, as above
        assert 1 <= len(kern) <= max(KERN_MAX, 5)
        assert any(advies.planning[i].fase.value == "besluit" for i in kern)
        tekst = advise_file(paden[0], paden[0].name, builtin(), date(2026, 11, 28), "md")
        rapport = tekst.rapport.decode("utf-8")
        for p in advies.planning:
            if p.start is None or p.eind is None or p.fase.value == "voorbereiden":
                continue
            assert periode(p.start, p.eind) in rapport or datum(p.start) in rapport, p


def test_the_summary_leaves_the_points_to_arrange_and_the_promises_to_hoofdstuk_1() -> None:
    """Issue 9: the summary ran to 600-1,050 words, mostly the points to arrange before the
    invitation and the promises to ask for, quoted in full. They stand once, at the start of
    hoofdstuk 1; the summary's first step points there. No summary is two pages any more."""
    maat = _maat()
    for naam, tekst in _rapporten().items():
        samenvatting = maat.summary(tekst)
        ontwerp = tekst.split("\n## 1.", 1)[1].split("\n## ", 1)[0]
        assert "**Vóór de uitnodiging regelen.**" not in samenvatting, naam
        assert "toezeggen" not in samenvatting and "Open keuze:" not in samenvatting, naam
        if "**Vóór de uitnodiging regelen.**" in ontwerp:
            assert "de knelpunten (hoofdstuk 1)" in samenvatting, naam
        assert tekst.count("**Vóór de uitnodiging regelen.**") <= 1, naam
        assert len(maat.words(samenvatting)) <= 700, naam
