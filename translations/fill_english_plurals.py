#!/usr/bin/env python3
"""Fills the English plural forms of translations/kartoteka_en.ts from the "(s)" sources.

`lupdate -pluralonly` lists only the messages with %n; their English source says "task(s)",
and this writes "task" for one and "tasks" for more. Run it after update_translations; the
test "translations: every string translated" fails while an English plural is unfinished.
"""
import html
import re
import sys

SINGULAR_FIXES = [(" have it", " has it")]


def forms(source):
    singular = source.replace("(s)", "")
    for many, one in SINGULAR_FIXES:
        singular = singular.replace(many, one)
    return singular, source.replace("(s)", "s")


def fill(path):
    text = open(path, encoding="utf-8").read()

    def fill_message(match):
        message = match.group(0)
        if 'numerus="yes"' not in message or 'type="unfinished"' not in message:
            return message
        source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
        one, many = (html.escape(form, quote=False) for form in forms(source))
        translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                       "            <numerusform>%s</numerusform>\n        </translation>" % (one, many))
        return re.sub(r"<translation.*?</translation>", translation, message, flags=re.S)

    text = re.sub(r"<message numerus=\"yes\">.*?</message>", fill_message, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else "translations/kartoteka_en.ts")
