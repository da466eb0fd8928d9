"""The mix of werkvormen (advice 3): denken, besluiten and doen, as this case needs.

How the choice is made, in order (the steps are :data:`samenstellen.STAPPEN`, one module per
rule):
0. the case's own instruments: what the vraagstuk names and what its procedure brings
   (``instrument``, with the raad's own instruments in ``politiek``);
1. candidates: werkvormen the analysis may choose (``kiesbaar``) that can serve a step at or
   below the advised trede, on this schaal (``kandidaten``); no choice above the advice
   (``ontwerp.plafond``);
2. slots: broad reach (``breed``) and depth (``verdieping``) for denken, formal advice of a
   standing advisory body (``adviesorgaan``); a werkvorm for besluiten and for doen when the
   case needs them (``besluiten``, ``doen``); every sleutelspeler and every hard-to-reach group
   with a real stake must be served by at least one werkvorm (``verdieping``, ``inclusie``;
   ``voor`` names them, ``bereik`` says who a werkvorm can be for); at the end every party with
   a stake has a place before the decision (``dekking``); a note where a werkvorm
   handles the polarisation less well (``polarisatie``);
3. always a terugkoppeling and a leerarena (``terugkoppeling``);
4. budget and time: if the mix does not fit, the same slots are filled preferring cheap or
   fast werkvormen; if it still does not fit the budget, the design is made smaller without
   dropping a group (``budget``); what is left is said in a finding. Who runs and who pays is
   in ``organisator`` and ``kosten``, the calendar in ``plan``.
Every choice is deterministic (ties are broken by id) and explained in ``waarom``.
"""

from pionieren.analysis.mix.bereik import bedient, kan_voor
from pionieren.analysis.mix.budget import verloren_door_budget
from pionieren.analysis.mix.ontwerp import Keuze, fase_van, voor_het_besluit
from pionieren.analysis.mix.samenstellen import compose_mix
from pionieren.analysis.mix.terugkoppeling import leerarena_met_raad

__all__ = [
    "Keuze",
    "bedient",
    "compose_mix",
    "fase_van",
    "kan_voor",
    "leerarena_met_raad",
    "verloren_door_budget",
    "voor_het_besluit",
]
