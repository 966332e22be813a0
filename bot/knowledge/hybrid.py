"""Hybrid search: what is known about each shortlisted passage, and the score made of it.

The shortlist is the dense and BM25 rankings fused by reciprocal rank, and the sections
whose asked questions (``bot.knowledge.asked``) are nearest the question. Reciprocal-rank
scores only say how two lists agree, not whether a passage answers, so each
shortlisted passage is scored afresh, on a scale a threshold can apply to:

    cosine + coverage_weight * coverage - unknown_weight * drift
           + cue_weight * cue + type_weight * type_match - site_weight * site_missing
           + asked_weight * asked

- cosine: the passage's with the question moved by the question map
  (``bot.knowledge.adapter``), when the knowledge base has asked questions to learn it;
- coverage: the share of the question's content words the passage contains, each
  weighted by its IDF over the passages, so words every passage has ("knee", "hip")
  count for next to nothing and the question's rarer words decide;
- drift: how much closer the question gets to the passage once the words no passage
  uses are taken out. It is large when those words carry the topic ("is glucosamine
  good for knees": without "glucosamine" it reads like the passage) and small when
  they are chat ("my mate reckons"), which the sentence model already passes over;
- cue: 1 for the section the wording asks for ("how many ..." -> Dose) of an exercise
  the question names;
- type_match: 1 for a section of the type the question asks for ("how do I ..." ->
  steps, "does it work" -> evidence, "is that normal" -> warning, else explanation);
- asked: the cosine of the question with the nearest question people asked that the
  passage's section answered, when it is at least ``asked_min`` and nearer than any
  question the knowledge base does not answer (else 0): near questions, in the same
  everyday words, are asked for the same thing;
- site_missing: when the question says where it hurts and the passage never names that
  place, in the question's words or the documents' ("bum": "buttock"), that place's IDF
  as a share of the most an IDF can be. Missing "ankle", which few passages name, weighs;
  missing "knee", which half of them name, hardly does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.knowledge.adapter import adapt
from bot.knowledge.cues import REGION, asked_type, cued_sections, pain_sites
from bot.knowledge.dense import cosines, search_dense
from bot.knowledge.encoder import encode
from bot.knowledge.index import KnowledgeIndex
from bot.knowledge.lexical import bm25_scores, bm25_top, tokenize
from bot.knowledge.terms import Term, Vocabulary, words
from bot.settings import Settings

# A place named in few enough passages that its IDF is at least this share of the most
# an IDF can be is uncommon ("ankle"); "knee" and "hip", named everywhere, are not.
UNCOMMON_SITE = 0.5
# This many of the sections nearest by their asked questions join the shortlist.
NEAREST_SECTIONS = 5


@dataclass(frozen=True)
class Evidence:
    """One question against its shortlist; each array has a value per row in ``rows``."""

    rows: list[int]
    cosine: np.ndarray
    coverage: np.ndarray
    drift: np.ndarray
    cue: np.ndarray
    type_match: np.ndarray
    site_missing: np.ndarray
    asked: np.ndarray
    off_site: np.ndarray  # bool: never speaks of pain in an uncommon place the question names
    # The cosines of the nearest asked question that a section answered, and of the
    # nearest that none did (0 when there is none).
    nearest_answered: float = 0.0
    nearest_unanswered: float = 0.0


@dataclass(frozen=True)
class Weights:
    coverage: float
    unknown: float
    cue: float
    site: float
    type: float = 0.0
    asked: float = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Weights:
        return cls(
            settings.coverage_weight,
            settings.unknown_weight,
            settings.cue_weight,
            settings.site_weight,
            settings.type_weight,
            settings.asked_weight,
        )

    def score(self, evidence: Evidence) -> np.ndarray:
        return (
            evidence.cosine
            + self.coverage * evidence.coverage
            - self.unknown * evidence.drift
            + self.cue * evidence.cue
            + self.type * evidence.type_match
            - self.site * evidence.site_missing
            + self.asked * evidence.asked
        )


def gather(query: str, index: KnowledgeIndex, settings: Settings) -> Evidence:
    """Shortlist passages for ``query`` and measure each (one model call)."""
    vocabulary = index.vocabulary
    # The lexical features read the documents' words for lay phrases; the model reads as typed.
    lexical_query = index.lay_terms.rewrite(query)
    terms = vocabulary.terms(lexical_query)
    unknown = {term.text for term in terms if not vocabulary.variants(term.text)}
    without_unknown = _remove(query, [t for t in vocabulary.terms(query) if t.text in unknown])
    vectors = encode([query, without_unknown] if without_unknown else [query])
    # Passages are compared with the question moved towards its answers; asked questions,
    # with the question as the model reads it, like them.
    moved = adapt(vectors, index.adapter)

    dense_ranking = search_dense(index.dense, moved[0], settings.fusion_depth)
    lexical_ranking = bm25_top(
        bm25_scores(index.lexical, tokenize([lexical_query])[0]), settings.fusion_depth
    )
    asked = {
        key: cosine
        for key, cosine in index.asked.similarity(vectors[0]).items()
        if cosine >= settings.asked_min
    }
    fused = reciprocal_rank_fusion(
        [[row for row, _ in dense_ranking], lexical_ranking], settings.rrf_k
    )
    rows = fused[: settings.rerank_depth]
    # The sections of the nearest asked questions join the shortlist, behind it.
    shortlisted = set(rows)
    rows += [
        row
        for key in list(asked)[:NEAREST_SECTIONS]
        for row in index.section_rows[key]
        if row not in shortlisted
    ]
    cosine = cosines(index.dense, moved[0], rows)
    drift = (
        np.maximum(cosines(index.dense, moved[1], rows) - cosine, 0.0)
        if without_unknown
        else np.zeros(len(rows))
    )
    return Evidence(
        rows=rows,
        cosine=cosine,
        coverage=_coverage(vocabulary, terms, rows),
        drift=drift,
        cue=_cue(lexical_query, index, terms, rows),
        type_match=_type_match(query, index, rows),
        site_missing=_site_missing(query, index, rows),
        asked=np.array([asked.get(index.passages[row].section_key, 0.0) for row in rows]),
        off_site=_off_site(query, index, rows),
        **index.asked.nearest(vectors[0]),
    )


def judged(
    evidence: Evidence, scores: np.ndarray, min_cosine: float, asked_weight: float
) -> np.ndarray:
    """The scores the threshold judges. Shared words make a passage an answer only where
    the sentence model finds it near in meaning ("how much does a knee replacement cost"
    shares "cost" with a note on bands), and text on knees does not answer "can hip
    problems cause ankle pain?". Such a passage keeps its place in the ranking but scores
    at most its cosine. A question near one its section answered is near in meaning too,
    however far the prose: "why do you ask my age?" and the note on the questions."""
    near_asked = (evidence.asked > 0) & (asked_weight > 0)
    far = ((evidence.cosine < min_cosine) & ~near_asked) | evidence.off_site
    return np.where(far, np.minimum(scores, evidence.cosine), scores)


def reciprocal_rank_fusion(rankings: list[list[int]], k: int) -> list[int]:
    """Rows ordered by the sum of 1 / (k + rank) over the rankings they appear in."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, 1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (k + rank)
    return sorted(fused, key=lambda row: (-fused[row], row))


def _coverage(vocabulary: Vocabulary, terms: list[Term], rows: list[int]) -> np.ndarray:
    if not terms:
        return np.zeros(len(rows))
    found = np.array([vocabulary.containing(term.text) for term in terms])
    weights = np.array([vocabulary.idf(int(count)) for count in found.sum(axis=1)])
    if not weights.any():  # only words every passage has ("hip pain?"): count them equally
        weights = np.ones(len(terms))
    return weights @ found[:, rows] / weights.sum()


def _cue(query: str, index: KnowledgeIndex, terms: list[Term], rows: list[int]) -> np.ndarray:
    sections = cued_sections(query)
    cue = np.zeros(len(rows))
    if not sections:
        return cue
    vocabulary = index.vocabulary
    for i, row in enumerate(rows):
        passage = index.passages[row]
        if passage.section.lower() in sections:
            title = {word for _, _, word in words(passage.title)}
            cue[i] = any(vocabulary.variants(term.text) & title for term in terms)
    return cue


def _type_match(query: str, index: KnowledgeIndex, rows: list[int]) -> np.ndarray:
    wanted = asked_type(query)
    return np.array([float(index.passages[row].type == wanted) for row in rows])


def _site_missing(query: str, index: KnowledgeIndex, rows: list[int]) -> np.ndarray:
    """A place is named in the documents' words too: "bum cheek" by "buttock"."""
    vocabulary = index.vocabulary
    missing = np.zeros(len(rows))
    for site in pain_sites(query):
        named = np.logical_or.reduce(
            [
                vocabulary.containing(word)
                for word in {site, *(w for _, _, w in words(index.lay_terms.rewrite(site)))}
            ]
        )
        rarity = vocabulary.idf(int(named.sum())) / vocabulary.idf(0)
        missing = np.maximum(missing, rarity * ~named[rows])
    return missing


def _off_site(query: str, index: KnowledgeIndex, rows: list[int]) -> np.ndarray:
    """Whether each passage fails to speak of pain in an uncommon place the question says
    hurts, outside the knees and hips the documents are about: "ankle", named in few
    passages, must be named there as hurting, not in "move the band down to your ankles"."""
    vocabulary = index.vocabulary
    uncommon = [
        site
        for site in pain_sites(query) - REGION
        if vocabulary.idf(int(vocabulary.containing(site).sum()))
        >= UNCOMMON_SITE * vocabulary.idf(0)
    ]
    if not uncommon:
        return np.zeros(len(rows), dtype=bool)
    spoken = [index.pain_sites[row] for row in rows]
    return np.array(
        [not all(vocabulary.variants(site) & said for site in uncommon) for said in spoken]
    )


def _remove(query: str, terms: list[Term]) -> str:
    """``query`` without ``terms``; empty if there are none or no word would be left."""
    spans = sorted(span for term in terms for span in term.spans)
    kept, start = [], 0
    for begin, end in spans:
        kept.append(query[start:begin])
        start = end
    kept.append(query[start:])
    rest = re.sub(r"\s+", " ", "".join(kept)).strip()
    return rest if spans and words(rest) else ""
