#!/usr/bin/env python3
"""Checks the actor lexicon files beside persons.tsv: data/actors/states.tsv, capitals.tsv, organizations.tsv,
places.tsv and data/{de,en}/actors/role-nouns.tsv.

Usage: python3 scripts/check_lexicon_data.py [DATA_DIR]   (default: data/ beside this script's parent)

Checks: exact column count; no empty fields (except the documented optional ones: organizations.tsv actor,
role-nouns.tsv body); state codes are three upper-case letters and every capital's code is a state in
states.tsv; lang / kind / type / role from the documented vocabularies; no (lang, form) pair used for two
different ids within one file. Exits 1 and prints file:line messages when something is wrong.
Standard library only.
"""
import os
import re
import sys

CODE = re.compile(r"^[A-Z]{3}$")
ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
    "deputy_foreign_minister", "ambassador", "secretary_general", "president_of_body", "high_representative",
    "national_security_advisor", "minister", "official", "deputy",
}


def rows(path, errors):
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            yield number, line.split("\t")


class FormIndex:
    """Remembers which id each (lang, form) belongs to and reports a form used for two ids."""

    def __init__(self, path, errors):
        self.path, self.errors, self.seen = path, errors, {}

    def add(self, number, lang, form, ident):
        langs = ("de", "en") if lang == "*" else (lang,)
        for l in langs:
            key = (l, form)
            if key in self.seen and self.seen[key][0] != ident:
                self.errors.append(f"{self.path}:{number}: form '{form}' ({l}) already used for "
                                   f"{self.seen[key][0]} at line {self.seen[key][1]}")
            self.seen.setdefault(key, (ident, number))


def check_columns(path, number, fields, count, optional, errors):
    if len(fields) != count:
        errors.append(f"{path}:{number}: expected {count} columns, found {len(fields)}")
        return False
    for i, f in enumerate(fields):
        if i not in optional and not f.strip():
            errors.append(f"{path}:{number}: empty column {i + 1}")
            return False
        if f != f.strip():
            errors.append(f"{path}:{number}: column {i + 1} has surrounding blanks")
    return True


def split_forms(path, number, text, errors):
    forms = text.split("|")
    for f in forms:
        if not f.strip() or f != f.strip():
            errors.append(f"{path}:{number}: empty or blank-padded form in '{text}'")
    return [f for f in forms if f.strip()]


def check_states(path, errors):
    codes, index = {}, FormIndex(path, errors)
    for number, f in rows(path, errors):
        if not check_columns(path, number, f, 5, (), errors):
            continue
        code, ident, lang, kind, form = f
        if not CODE.match(code):
            errors.append(f"{path}:{number}: code '{code}' is not three upper-case letters")
        if codes.setdefault(code, ident) != ident:
            errors.append(f"{path}:{number}: code {code} has two ids ({codes[code]}, {ident})")
        if lang not in ("de", "en"):
            errors.append(f"{path}:{number}: lang '{lang}' (use de or en)")
        if kind not in ("name", "adjective", "demonym"):
            errors.append(f"{path}:{number}: kind '{kind}' (use name, adjective or demonym)")
        if lang == "de" and kind == "adjective" and form[:1].isupper() and "-" not in form:
            errors.append(f"{path}:{number}: German adjective stem '{form}' should be lower-case")
        index.add(number, lang, form, code)
    ids = list(codes.values())
    for d in {i for i in ids if ids.count(i) > 1}:
        errors.append(f"{path}: id {d} used for two codes")
    return codes, index


def check_capitals(path, codes, state_forms, errors):
    index = FormIndex(path, errors)
    for number, f in rows(path, errors):
        if not check_columns(path, number, f, 4, (), errors):
            continue
        code, city, lang, form = f
        if code not in codes:
            errors.append(f"{path}:{number}: code '{code}' is not in states.tsv")
        if lang not in ("de", "en", "*"):
            errors.append(f"{path}:{number}: lang '{lang}' (use de, en or *)")
        index.add(number, lang, form, code)
        for l in (("de", "en") if lang == "*" else (lang,)):
            if (l, form) in state_forms.seen:
                errors.append(f"{path}:{number}: capital form '{form}' ({l}) is also a state form")


def check_organisations(path, codes, errors):
    index = FormIndex(path, errors)
    ORG_INDEXES.append(index)
    for number, f in rows(path, errors):
        if not check_columns(path, number, f, 5, (2,), errors):
            continue
        ident, typ, actor, lang, forms = f
        if typ not in ("ORG", "MISC"):
            errors.append(f"{path}:{number}: type '{typ}' (use ORG or MISC)")
        if lang not in ("de", "en", "*"):
            errors.append(f"{path}:{number}: lang '{lang}' (use de, en or *)")
        if actor and not (actor in codes or actor == ident):
            if not CODE.match(actor) and actor == "null":
                errors.append(f"{path}:{number}: actor 'null' — leave the column empty instead")
        if actor and CODE.match(actor) and actor not in codes:
            errors.append(f"{path}:{number}: actor code '{actor}' is not in states.tsv")
        key = ident if ident != "null" else f"null@{number}"
        for form in split_forms(path, number, forms, errors):
            index.add(number, lang, form, key)


def check_places(path, errors):
    index = FormIndex(path, errors)
    ORG_INDEXES.append(index)
    for number, f in rows(path, errors):
        if not check_columns(path, number, f, 4, (), errors):
            continue
        ident, typ, lang, forms = f
        if typ not in ("GPE", "LOC"):
            errors.append(f"{path}:{number}: type '{typ}' (use GPE or LOC)")
        if lang not in ("de", "en", "*"):
            errors.append(f"{path}:{number}: lang '{lang}' (use de, en or *)")
        for form in split_forms(path, number, forms, errors):
            index.add(number, lang, form, ident)


ORG_INDEXES = []


def check_across_files(state_forms, errors):
    """A form in organizations.tsv or places.tsv must not also name a state or another file's entry."""
    owners = {}
    for key, (ident, _) in state_forms.seen.items():
        owners.setdefault(key, set()).add("states.tsv:" + ident)
    for index in ORG_INDEXES:
        for key, (ident, number) in index.seen.items():
            owners.setdefault(key, set()).add(f"{os.path.basename(index.path)}:{ident.split('@')[0]}")
    for (lang, form), who in sorted(owners.items()):
        if len({w.split(":")[0] for w in who}) > 1:
            errors.append(f"form '{form}' ({lang}) is listed in several files: {', '.join(sorted(who))}")


def check_role_nouns(path, errors):
    seen = {}
    for number, f in rows(path, errors):
        if len(f) == 2:
            f = f + [""]
        if not check_columns(path, number, f, 3, (2,), errors):
            continue
        form, role, body = f
        if role not in ROLES:
            errors.append(f"{path}:{number}: role '{role}' is not in the role vocabulary")
        if form in seen and seen[form][0] != (role, body):
            errors.append(f"{path}:{number}: form '{form}' already listed at line {seen[form][1]} with another role/body")
        seen.setdefault(form, ((role, body), number))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    errors = []
    actors = os.path.join(data, "actors")
    codes, state_forms = check_states(os.path.join(actors, "states.tsv"), errors)
    optional = [
        ("capitals.tsv", lambda p: check_capitals(p, codes, state_forms, errors)),
        ("organizations.tsv", lambda p: check_organisations(p, codes, errors)),
        ("places.tsv", lambda p: check_places(p, errors)),
    ]
    for name, check in optional:
        p = os.path.join(actors, name)
        if os.path.exists(p):
            check(p)
    check_across_files(state_forms, errors)
    for lang in ("de", "en"):
        p = os.path.join(data, lang, "actors", "role-nouns.tsv")
        if os.path.exists(p):
            check_role_nouns(p, errors)
    for e in errors:
        print(e)
    print(f"{len(errors)} problem(s); {len(codes)} states", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
