"""Check one column, by heading and by a sample of its values, for personal identifiers."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from inspection_desktop.domain.pir import allowed_values as allowed
from inspection_desktop.domain.pir import value_patterns as patterns
from inspection_desktop.domain.pir.dates import is_exact_age, parse_uk_date
from inspection_desktop.domain.pir.headers import allowed_named_by, identifier_named_by
from inspection_desktop.domain.pir.kinds import AllowedKind, IdentifierKind
from inspection_desktop.domain.pir.masking import masked_example
from inspection_desktop.domain.pir.names import NameList, looks_like_name, name_shape
from inspection_desktop.domain.pir.verdicts import ColumnStatus, ColumnVerdict, Finding

# Distinct values looked at per column: enough to be sure, few enough for 20,000 rows in well
# under a second. Values are weighted by how often they occur, so shares are of all rows.
SAMPLE_SIZE = 800
OLDEST_AGE = 27  # aftercare reaches 26, so a date of birth is at most 27 years back
HINTED_SHARE = 0.05  # when the heading already names the identifier, a little evidence is enough


@dataclass(frozen=True)
class _Rule:
    kind: IdentifierKind
    matches: Callable[[str], bool]
    evidence: str
    min_share: float


_RULES = (
    _Rule(IdentifierKind.CHI_NUMBER, patterns.chi_in, "10 digits, valid date and check digit", 0.5),
    _Rule(
        IdentifierKind.CANDIDATE_NUMBER,
        patterns.candidate_number_in,
        "9 digits with a valid check digit",
        0.5,
    ),
    _Rule(
        IdentifierKind.CANDIDATE_NUMBER,
        patterns.candidate_number_in_email,
        "inside email addresses",
        0.2,
    ),
    _Rule(
        IdentifierKind.NI_NUMBER,
        patterns.ni_number_in,
        "two letters, six digits and a letter A to D",
        0.2,
    ),
    _Rule(IdentifierKind.EMAIL, patterns.email_in, "email addresses", 0.2),
    _Rule(IdentifierKind.PHONE, patterns.phone_number_in, "UK phone numbers", 0.4),
    _Rule(IdentifierKind.ADDRESS, patterns.street_address_in, "house number and street", 0.2),
    _Rule(IdentifierKind.POSTCODE, patterns.postcode_in, "full UK postcodes", 0.2),
    _Rule(IdentifierKind.EXACT_AGE, is_exact_age, "ages to the month", 0.5),
)


@dataclass(frozen=True)
class _Sample:
    values: tuple[str, ...]
    weights: tuple[int, ...]
    total: int
    distinct: int

    def share(self, matches: Callable[[str], bool]) -> tuple[float, str]:
        """The weighted share of values that match, and the first value that did."""
        hit, first = 0, ""
        for value, weight in zip(self.values, self.weights, strict=True):
            if matches(value):
                hit += weight
                first = first or value
        return (hit / self.total if self.total else 0.0), first


def _sample(values: Sequence[str]) -> _Sample:
    counts = Counter(v.strip() for v in values)
    counts.pop("", None)
    distinct = list(counts)
    if len(distinct) > SAMPLE_SIZE:
        step = len(distinct) / SAMPLE_SIZE
        distinct = [distinct[int(i * step)] for i in range(SAMPLE_SIZE)]
    weights = tuple(counts[v] for v in distinct)
    return _Sample(tuple(distinct), weights, sum(weights), len(counts))


def check_column(
    index: int, heading: str, values: Sequence[str], *, names: NameList, today: dt.date
) -> ColumnVerdict:
    """Decide whether one column holds personal identifiers, saying why, with masked examples."""
    sample = _sample(values)
    named = identifier_named_by(heading)
    allowed_heading = allowed_named_by(heading)
    findings: list[Finding] = []
    if sample.total:
        for rule in _RULES:
            share, first = sample.share(rule.matches)
            threshold = HINTED_SHARE if named is rule.kind else rule.min_share
            if share >= threshold and share > 0:
                findings.append(
                    Finding(rule.kind, rule.evidence, share, masked_example(first, rule.kind))
                )
        birth_hint = named is IdentifierKind.DATE_OF_BIRTH or allowed_heading in (
            AllowedKind.AGE_IN_YEARS,
            AllowedKind.AGE_BAND,
        )
        for found in (_dates_of_birth(sample, today, birth_hint), _names(sample, names, named)):
            if found is not None:
                findings.append(found)
        if (free := _free_text(sample)) is not None and not findings:
            findings.append(free)
    findings.sort(key=lambda f: -f.share)
    if named is not None and all(f.kind is not named for f in findings):
        heading_only = Finding(named, f'the heading "{heading.strip()}" names one', 0.0)
        findings.append(heading_only)
    if findings:
        flagged = ColumnStatus.FLAGGED
        return ColumnVerdict(index, heading, flagged, tuple(findings), None, sample.total)
    kind = _allowed_kind(sample, allowed_heading)
    status = ColumnStatus.ALLOWED if kind is not None else ColumnStatus.NOT_RECOGNISED
    return ColumnVerdict(index, heading, status, (), kind, sample.total)


def _dates_of_birth(sample: _Sample, today: dt.date, hinted: bool) -> Finding | None:
    dated: list[tuple[dt.date, int, str]] = []
    for value, weight in zip(sample.values, sample.weights, strict=True):
        if (day := parse_uk_date(value, today)) is not None:
            dated.append((day, weight, value))
    date_weight = sum(weight for _, weight, _ in dated)
    share = date_weight / sample.total
    if not dated or share < (HINTED_SHARE if hinted else 0.5):
        return None
    earliest = _years_before(today, OLDEST_AGE)
    plausible = [d for d in dated if earliest <= d[0] <= today]
    plausible_weight = sum(weight for _, weight, _ in plausible)
    if not hinted:
        if plausible_weight < 0.8 * date_weight:
            return None
        years = sorted(d[0].toordinal() for d in plausible)
        median_age_years = (today.toordinal() - statistics.median(years)) / 365.25
        if (years[-1] - years[0]) / 365.25 < 3 or median_age_years < 2:
            return None  # recent dates close together: referrals or registrations, not births
    chosen = plausible or dated
    low, high = min(d[0] for d in chosen).year, max(d[0] for d in chosen).year
    evidence = f"dates from {low} to {high}" if low != high else f"dates in {low}"
    return Finding(
        IdentifierKind.DATE_OF_BIRTH,
        evidence,
        share,
        masked_example(chosen[0][2], IdentifierKind.DATE_OF_BIRTH),
    )


def _years_before(today: dt.date, years: int) -> dt.date:
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return today.replace(year=today.year - years, day=day)


def _names(sample: _Sample, names: NameList, named: IdentifierKind | None) -> Finding | None:
    shaped, _ = sample.share(lambda v: name_shape(v) is not None)
    known, first = sample.share(lambda v: looks_like_name(v, names))
    hinted = named is IdentifierKind.NAME
    if hinted and shaped >= 0.5:
        return Finding(
            IdentifierKind.NAME,
            "words shaped like names",
            shaped,
            masked_example(first or _first_shaped(sample), IdentifierKind.NAME),
        )
    # A handful of labels repeated down a long list is a category, however name-like the words.
    if sample.total >= 50 and sample.distinct < 20:
        return None
    if shaped >= 0.6 and known >= 0.3:
        return Finding(
            IdentifierKind.NAME,
            "known first names or surnames",
            known,
            masked_example(first, IdentifierKind.NAME),
        )
    return None


def _first_shaped(sample: _Sample) -> str:
    return next((v for v in sample.values if name_shape(v) is not None), "")


def _free_text(sample: _Sample) -> Finding | None:
    long_share, first = sample.share(lambda v: len(v.split()) >= 6)
    if long_share < 0.3:
        return None
    return Finding(
        IdentifierKind.FREE_TEXT,
        "sentences, which often hold names and other details",
        long_share,
        masked_example(first, IdentifierKind.FREE_TEXT),
    )


_ALLOWED_CHECKS: tuple[tuple[AllowedKind, Callable[[str], bool], float], ...] = (
    (AllowedKind.CASE_REFERENCE, allowed.is_case_reference, 0.8),
    (AllowedKind.SIBLING_GROUP, allowed.is_sibling_group, 0.8),
    (AllowedKind.AGE_BAND, allowed.is_age_band, 0.8),
    (AllowedKind.GENDER, allowed.is_gender, 0.8),
    (AllowedKind.LEGAL_STATUS, allowed.is_legal_status, 0.6),
    (AllowedKind.TEAM, allowed.is_team_label, 0.6),
)


def _allowed_kind(sample: _Sample, by_heading: AllowedKind | None) -> AllowedKind | None:
    if by_heading is AllowedKind.AGE_IN_YEARS:
        share, _ = sample.share(allowed.is_age_in_years)
        if share >= 0.8 or not sample.total:
            return AllowedKind.AGE_IN_YEARS
    elif by_heading is not None:
        return by_heading
    if not sample.total:
        return None
    for kind, matches, threshold in _ALLOWED_CHECKS:
        share, _ = sample.share(matches)
        if share >= threshold:
            return kind
    return None
