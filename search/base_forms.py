"""Base forms (lemmas) of words in the hub's ten languages, with simplemma: "Häusern" and
"Haus" both become "haus", "strategii" and "strategią" both "strategia". The index keeps
the base forms of every record beside its text, reduced in the record's language; a
query is reduced in the visitor's language. The text itself stays as written: it is what
matches words as typed and what snippets and highlights are cut from.

simplemma knows all ten languages and needs no data outside its package; a word it does
not know is its own base form, so nothing is ever lost."""

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from hub.security.search_input import WORD

LANGUAGES = frozenset(("en", "de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"))
# simplemma's own lemmatizer keeps 8 languages' dictionaries; indexing the ten in turn
# would then read a dictionary from disk again for nearly every record. A dictionary is
# loaded on first use of its language and kept.
LEMMATIZER = Lemmatizer(
    lemmatization_strategy=DefaultStrategy(
        dictionary_factory=DefaultDictionaryFactory(cache_max_size=len(LANGUAGES))
    )
)


def base_form(word, language):
    """The base form of one word, lower-cased (the engines fold case anyway)."""
    if language not in LANGUAGES:
        return word.lower()
    # simplemma reads capitals (German nouns), so the word goes in as written.
    return LEMMATIZER.lemmatize(word, lang=language).lower()


def base_forms(text, language):
    """The base form of every word of `text`, in order, separated by spaces: one per word,
    so that term frequencies, and with them ranking, stay those of the text."""
    known = {}
    forms = []
    for word in WORD.findall(text):
        form = known.get(word)
        if form is None:
            form = known[word] = base_form(word, language)
        forms.append(form)
    return " ".join(forms)


def query_forms(terms, language):
    """For each query term, its base form in the visitor's language."""
    return [base_form(term, language) for term in terms]
