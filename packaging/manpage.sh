#!/bin/sh
# Writes the man page pamoja(1) from the program's own help, so the two cannot disagree: the synopsis
# is `pamoja help`, and each command's section is that command's --help. Runs at build time with no
# display, in English.
#   manpage.sh PAMOJA_BINARY OUT.1 DATE
set -eu
bin=$1
out=$2
date=$3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"

# No display and no user settings: the help must come out the same on every machine.
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" \
        "$bin" "$@"
}

# Text to roff: backslashes, minus signs, and lines that would start with a control character.
roff() {
    sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

version=$(run --version | sed -n 's/^pamoja //p')
[ -n "$version" ] || { echo "manpage.sh: $bin --version printed no version" >&2; exit 1; }
run help >"$tmp/help"
# The commands are the lowercase words after "pamoja" on the usage lines ("participant add").
sed -n 's/^\(Usage:\)\{0,1\} *pamoja \([a-z][a-z]*\( [a-z][a-z]*\)\{0,1\}\)\( .*\)\{0,1\}$/\2/p' "$tmp/help" >"$tmp/commands"
[ -s "$tmp/commands" ] || { echo "manpage.sh: found no commands in $bin help" >&2; exit 1; }

{
    printf '.TH PAMOJA 1 "%s" "Pamoja %s" "User Commands"\n' "$date" "$version"
    printf '.SH NAME\npamoja \\- envisioning workshops between Northern and Southern organisations\n'
    printf '.SH SYNOPSIS\n.nf\n'
    sed -e 's/^Usage: //' -e '/^Each command takes/d' -e 's/^       //' "$tmp/help" | roff
    printf '.fi\n'
    printf '.SH DESCRIPTION\n'
    printf 'Pamoja is a desktop application for facilitators of envisioning workshops in which Northern\n'
    printf 'and Southern civil\\-society organisations work out what a balanced partnership looks like, what\n'
    printf 'must change in the system around them, and what they will do about it.\n'
    printf '.PP\nWithout a command, \\fBpamoja\\fR opens the facilitator'"'"'s window, on \\fIFILE\\fR when given.\n'
    printf 'The commands below change and export a workshop file (\\fI.pamoja\\fR) without a display.\n'
    printf '.SH COMMANDS\n'
    while read -r command; do
        # shellcheck disable=SC2086 # "participant add" is two arguments
        run $command --help </dev/null >"$tmp/command"
        printf '.SS "pamoja %s"\n' "$command"
        # Skip Qt's usage line (it names the binary, not the command); then the description, then the
        # option and argument tables as tagged paragraphs.
        roff <"$tmp/command" | awk '
            function text(s) { if (s ~ /^[.\047]/) s = "\\&" s; return s }
            NR == 1 && /^Usage:/ { next }
            /^(Options|Arguments):$/ { printf ".PP\n\\fB%s\\fR\n", $0; section = 1; next }
            section && /^  [^ ]/ {
                line = substr($0, 3)
                if (match(line, /   */)) { printf ".TP\n\\fB%s\\fR\n%s\n", substr(line, 1, RSTART - 1), text(substr(line, RSTART + RLENGTH)) }
                else { printf ".TP\n\\fB%s\\fR\n", line }
                next
            }
            section && /^   / { sub(/^ +/, ""); print text($0); next }
            /^$/ { next }
            { print text($0) }
        '
    done <"$tmp/commands"
    printf '.SH EXIT STATUS\n0 when the command succeeded, 1 when it failed, 2 when it was used wrongly.\n'
    printf '.SH FILES\n.TP\n\\fI*.pamoja\\fR\nA workshop: one SQLite file holding everything, with its history.\n'
    printf '.SH SEE ALSO\nThe documentation in /usr/share/doc/pamoja.\n'
} >"$tmp/page"
mv "$tmp/page" "$out"
