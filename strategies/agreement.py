"""How far two coders agreed beyond chance: Cohen's kappa over paired labels."""

from collections import Counter


def cohens_kappa(pairs):
    """Kappa of [(first coder's label, second coder's label)]: 1 is perfect agreement,
    0 what chance alone would give. None without pairs; 1 when both coders gave one and
    the same label throughout (chance agreement is then complete, kappa undefined)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _b in pairs)
    second = Counter(b for _a, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)
