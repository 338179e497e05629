#!/usr/bin/env python3
"""Writes coursec's man page (roff, man(7) macros) from the command tree the
binary describes (`coursec --experimental-dump-help`, swift-argument-parser's
tool description), so the page lists exactly the commands and options the
binary has. `make docs` runs it into docs/coursec.1; a test checks the
committed page is current and that groff reads it without a warning.

usage: COURSEC_LANG=en coursec --experimental-dump-help | scripts/man-page.py > docs/coursec.1
       COURSEC_LANG=es coursec --experimental-dump-help | scripts/man-page.py --lang es > docs/coursec.es.1

The command tree is in the language coursec was run in; --lang gives the
page's own words (section names, "default:") in the same language.
"""
import json
import sys

HIDDEN = {"help", "version"}

WORDS = {
    "en": {
        "values": "values: ", "default": "default: ", "NAME": "NAME", "SYNOPSIS": "SYNOPSIS",
        "DESCRIPTION": "DESCRIPTION", "COMMANDS": "COMMANDS", "SEE ALSO": "SEE ALSO",
        "command": "command", "options": "options", "section": "User Commands",
        "description": "Every command exits with 0 on success, 1 when the sources (or files) have problems, "
                       "and 2 when it could not run. See docs/cli.md for examples.",
    },
    "es": {
        "values": "valores: ", "default": "predeterminado: ", "NAME": "NOMBRE", "SYNOPSIS": "SINOPSIS",
        "DESCRIPTION": "DESCRIPCIÓN", "COMMANDS": "COMANDOS", "SEE ALSO": "VÉASE TAMBIÉN",
        "command": "comando", "options": "opciones", "section": "Comandos de usuario",
        "description": "Cada comando termina con 0 si todo sale bien, 1 si las fuentes (o los archivos) tienen problemas "
                       "y 2 si no se pudo ejecutar. Los ejemplos están en docs/cli.md. El idioma se elige con "
                       "--lang es|en, COURSEC_LANG, la configuración regional o el language: del repositorio.",
    },
}
LANG = "es" if "--lang" in sys.argv and sys.argv[sys.argv.index("--lang") + 1] == "es" else "en"
W = WORDS[LANG]


def roff(text):
    """Escapes text for roff: backslashes, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # Non-ASCII as groff's Unicode escapes: the page reads the same without preconv.
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    lines = []
    for line in text.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def synopsis(argument):
    name = argument.get("preferredName")
    value = argument.get("valueName", "value")
    if argument["kind"] == "positional":
        text = f"\\fI{value}\\fR" + ("\\&..." if argument.get("isRepeating") else "")
    else:
        dashes = "--" if name["kind"] in ("long", "longWithSingleDash") else "-"
        text = f"\\fB{dashes}{roff(name['name'])}\\fR"
        if argument["kind"] == "option":
            text += f" \\fI{value}\\fR"
    return f"[{text}]" if argument.get("isOptional") else text


def options(argument):
    names = []
    for name in argument.get("names", []):
        dashes = "--" if name["kind"] in ("long", "longWithSingleDash") else "-"
        names.append(f"\\fB{dashes}{roff(name['name'])}\\fR")
    label = ", ".join(names) if names else f"\\fI{argument.get('valueName', 'value')}\\fR"
    if argument["kind"] == "option":
        label += f" \\fI{argument.get('valueName', 'value')}\\fR"
    body = roff(argument.get("abstract", ""))
    extras = []
    if argument.get("allValues"):
        extras.append(W["values"] + ", ".join(argument["allValues"]))
    if argument.get("defaultValue") is not None:
        extras.append(W["default"] + argument["defaultValue"])
    if extras:
        body += " (" + roff("; ".join(extras)) + ")"
    return f".TP\n{label}\n{body}\n"


def visible(arguments):
    return [a for a in arguments or [] if a.get("shouldDisplay", True)
            and a.get("preferredName", {}).get("name") not in HIDDEN]


def command(entry, path):
    out = [f'.SS "{" ".join(path)}"\n']
    words = " ".join(synopsis(a) for a in visible(entry.get("arguments")))
    out.append(f".B {' '.join(path)}\n{words}\n.PP\n")
    out.append(roff(entry.get("abstract", "")) + "\n")
    if entry.get("discussion"):
        out.append(".PP\n" + roff(entry["discussion"]) + "\n")
    arguments = visible(entry.get("arguments"))
    if arguments:
        out.append(".RS\n" + "".join(options(a) for a in arguments) + ".RE\n")
    for sub in entry.get("subcommands") or []:
        if sub.get("shouldDisplay", True):
            out.extend(command(sub, path + [sub["commandName"]]))
    return out


def main():
    tool = json.load(sys.stdin)["command"]
    name = tool["commandName"]
    page = [
        f'.TH {name.upper()} 1 "" "{name}" "{roff(W["section"])}"\n',
        f'.SH {roff(W["NAME"])}\n',
        f"{name} \\- {roff(tool.get('abstract', ''))}\n",
        f'.SH {roff(W["SYNOPSIS"])}\n',
        f'.B {name}\n\\fI{roff(W["command"])}\\fR [\\fI{roff(W["options"])}\\fR]\n',
        f'.SH {roff(W["DESCRIPTION"])}\n',
        roff(W["description"]) + "\n",
        f'.SH {roff(W["COMMANDS"])}\n',
    ]
    for sub in tool.get("subcommands") or []:
        if sub.get("shouldDisplay", True):
            page.extend(command(sub, [name, sub["commandName"]]))
    page.append(f'.SH {roff(W["SEE ALSO"])}\n.BR minisign (1)\n')
    sys.stdout.write("".join(page))


if __name__ == "__main__":
    main()
