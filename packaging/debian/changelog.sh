#!/bin/sh
# Writes the Debian changelog from the release notes in the AppStream metainfo, so release notes are
# written once. Each <p> or <li> of a release (one per line) becomes an entry.
#   changelog.sh METAINFO.xml MAINTAINER OUT
set -eu
metainfo=$1
maintainer=$2
out=$3

awk -v maintainer="$maintainer" '
    function unxml(s) {
        gsub(/<[^>]*>/, "", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
        gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s)
        sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s
    }
    # An entry wrapped to 78 columns, as dpkg and lintian expect.
    function entry(s,    n, words, i, line) {
        n = split(s, words, " "); line = "  *"
        for (i = 1; i <= n; i++) {
            if (length(line) + 1 + length(words[i]) > 78) { print line; line = "   " }
            line = line " " words[i]
        }
        print line
    }
    match($0, /<release [^>]*>/) {
        tag = substr($0, RSTART, RLENGTH)
        version = tag; sub(/.*version="/, "", version); sub(/".*/, "", version)
        date = tag; sub(/.*date="/, "", date); sub(/".*/, "", date)
        if (count++) print ""
        printf "pamoja (%s) unstable; urgency=medium\n\n", version
        entries = 0
        next
    }
    version != "" && /<(p|li)>.*<\/(p|li)>/ { entry(unxml($0)); entries++; next }
    version != "" && /<\/release>/ {
        if (!entries) entry("New release.")
        cmd = "date -u -R -d \"" date " 00:00:00 UTC\""
        cmd | getline stamp; close(cmd)
        printf "\n -- %s  %s\n", maintainer, stamp
        version = ""
    }
' "$metainfo" >"$out.tmp"
[ -s "$out.tmp" ] || { echo "changelog.sh: no <release> in $metainfo" >&2; exit 1; }
mv "$out.tmp" "$out"
