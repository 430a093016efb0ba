#!/usr/bin/env python3
"""Checks data/actors/persons.tsv and data/actors/roles.tsv.

Usage: python3 scripts/check_actor_data.py [DATA_DIR]   (default: data/actors beside this script's parent)

Checks: every non-comment line has exactly the documented number of tab-separated columns; no empty id,
forms or role fields; no duplicate person ids; no surface form used by two persons; every person_id in
roles.tsv exists in persons.tsv; role is from the documented vocabulary; actor is a three-letter upper-case
code or a known organisation id; from/to are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) with from <= to.
Exits 1 and prints file:line messages when something is wrong. Standard library only.
"""
import datetime
import os
import re
import sys

ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
    "deputy_foreign_minister", "ambassador", "secretary_general", "president_of_body", "high_representative",
    "national_security_advisor", "minister", "deputy",
}
ORGANISATIONS = {
    "NATO", "European_Union", "United_Nations", "Organization_for_Security_and_Co-operation_in_Europe",
    "International_Atomic_Energy_Agency", "International_Monetary_Fund", "World_Trade_Organization",
    "World_Health_Organization", "African_Union", "Arab_League", "ASEAN", "Collective_Security_Treaty_Organization",
    "International_Criminal_Court", "World_Bank_Group", "Gulf_Cooperation_Council", "Organisation_of_Islamic_Cooperation",
    "World_Bank", "Council_of_Europe", "Shanghai_Cooperation_Organisation", "Hamas", "Hezbollah", "Houthis",
    "Taliban", "Wagner_Group", "Rapid_Support_Forces", "Hay'at_Tahrir_al-Sham",
}
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text):
    """Returns (earliest, latest) day covered by a partial ISO date, or None when malformed."""
    m = DATE.match(text)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = datetime.date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            first = datetime.date(year, month, 1)
            nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None


def rows(path, columns, errors):
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = f"{path}:{number}"
            if len(fields) != columns:
                errors.append(f"{where}: expected {columns} tab-separated columns, found {len(fields)}")
                continue
            if any(f != f.strip() for f in fields):
                errors.append(f"{where}: field with leading or trailing blanks")
            yield where, fields


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "actors")
    persons_path = os.path.join(folder, "persons.tsv")
    roles_path = os.path.join(folder, "roles.tsv")
    errors = []

    persons = {}
    form_owner = {}
    for where, (pid, forms, note) in rows(persons_path, 3, errors):
        if not pid or " " in pid:
            errors.append(f"{where}: id must be a Wikipedia title with underscores, got '{pid}'")
        if pid in persons:
            errors.append(f"{where}: duplicate id {pid} (first at {persons[pid]})")
        persons[pid] = where
        if not forms:
            errors.append(f"{where}: forms must not be empty")
        if not note:
            errors.append(f"{where}: note must not be empty")
        seen = set()
        for form in forms.split("|"):
            if not form or form != form.strip():
                errors.append(f"{where}: empty or padded form in '{forms}'")
                continue
            if form in seen:
                errors.append(f"{where}: form '{form}' repeated")
            seen.add(form)
            if form in form_owner and form_owner[form] != pid:
                errors.append(f"{where}: form '{form}' also used by {form_owner[form]}")
            form_owner.setdefault(form, pid)

    count = 0
    for where, (pid, role, actor, body, start, end, note) in rows(roles_path, 7, errors):
        count += 1
        if pid not in persons:
            errors.append(f"{where}: person_id {pid} not in persons.tsv")
        if role not in ROLES:
            errors.append(f"{where}: unknown role '{role}'")
        if not (CODE.match(actor) or actor in ORGANISATIONS):
            errors.append(f"{where}: actor '{actor}' is neither a 3-letter code nor a known organisation id")
        if " " in body:
            errors.append(f"{where}: body must be a Wikipedia id with underscores")
        first = parse_date(start)
        if first is None:
            errors.append(f"{where}: from '{start}' is not an ISO date")
        if end:
            last = parse_date(end)
            if last is None:
                errors.append(f"{where}: to '{end}' is not an ISO date")
            elif first is not None and last[1] < first[0]:
                errors.append(f"{where}: to {end} before from {start}")

    for message in errors:
        print(message)
    print(f"{len(persons)} persons, {count} roles, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
