import pytest

from strategies.agreement import cohens_kappa


def test_kappa_of_a_textbook_table():
    # 50 items: both yes 20, yes/no 5, no/yes 10, both no 15. Observed 0.7, chance 0.5.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohens_kappa(pairs) == pytest.approx(0.4)


def test_kappa_of_three_labels():
    # Fleiss, Cohen & Everitt's style of example with three categories.
    pairs = (
        [("a", "a")] * 4 + [("b", "b")] * 3 + [("c", "c")] * 2
        + [("a", "b")] * 1
    )  # fmt: skip
    # Observed 0.9; chance (5·4 + 3·4 + 2·2) / 100 = 0.36; (0.9 − 0.36) / 0.64.
    assert cohens_kappa(pairs) == pytest.approx(0.54 / 0.64)


def test_kappa_edges():
    assert cohens_kappa([]) is None
    assert cohens_kappa([("none", "none")] * 5) == 1.0
    assert cohens_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)
