# The install test of scripts/package --test: install the .deb where apt resolves its dependencies,
# use it as a facilitator would (without a display), remove it, and look for anything left behind.
# shellcheck shell=bash

# What the test itself uses inside the root: pdftotext, xdg-mime with a MIME database that reads
# content (File::MimeInfo), and the triggers that register desktop entries and MIME types.
PAMOJA_ROOT_TEST_TOOLS=(poppler-utils xdg-utils libfile-mimeinfo-perl shared-mime-info desktop-file-utils)
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

root=""        # the test root; empty when testing on this machine
mounted=()

# Runs a command in the test root (or here), with a clean environment and no display.
in_root() {
  local env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
             LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/tmp/pamoja-test/runtime)
  if [[ -n "$root" ]]; then
    chroot "$root" "${env[@]}" "$@"
  else
    "${env[@]}" "$@"
  fi
}

cleanup_root() {
  local m
  for m in "${mounted[@]}"; do
    umount -l "$m" 2>/dev/null || true
  done
  mounted=()
  if [[ -n "$root" && "$keep_root" == 0 ]]; then
    rm -rf --one-file-system "$root"
  fi
}

fail_test() {
  echo "INSTALL TEST FAILED: $*" >&2
  exit 1
}

# Makes the clean Debian 12 root once (debootstrap, then the test's tools), under build/debian-root.
# Prints nothing and returns 1 when this machine cannot make one.
make_base_root() {
  local base="$ROOTS/bookworm-minbase"
  [[ -f "$base/.pamoja-root-ready" ]] && return 0
  ((EUID == 0)) || { echo "Not root: cannot make a clean root with debootstrap." >&2; return 1; }
  command -v debootstrap >/dev/null || { echo "debootstrap is not installed." >&2; return 1; }
  mkdir -p "$ROOTS"
  local start=$SECONDS
  if [[ ! -f "$base/.debootstrap-done" ]]; then
    rm -rf --one-file-system "$base"
    log "Making a clean Debian 12 root with debootstrap (once; a few minutes)"
    if ! debootstrap --variant=minbase bookworm "$base" "$DEBIAN_MIRROR" >"$ROOTS/debootstrap.log" 2>&1; then
      echo "debootstrap failed (see $ROOTS/debootstrap.log)." >&2
      return 1
    fi
    touch "$base/.debootstrap-done"
    timed "debootstrap (once)" $((SECONDS - start))
  fi
  start=$SECONDS
  log "Adding the test's tools to the clean root (once)"
  local saved_root="$root"
  root="$base"
  prepare_root_mounts
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  if ! { in_root apt-get update -q && in_root apt-get install -y -q --no-install-recommends "${PAMOJA_ROOT_TEST_TOOLS[@]}" &&
         in_root apt-get clean && in_root mkdir -p /usr/share/applications && in_root update-desktop-database /usr/share/applications; } >"$ROOTS/root-tools.log" 2>&1; then
    cleanup_mounts
    root="$saved_root"
    echo "Could not install the test's tools in the clean root (see $ROOTS/root-tools.log)." >&2
    return 1
  fi
  cleanup_mounts
  root="$saved_root"
  touch "$base/.pamoja-root-ready"
  timed "root: test tools (once)" $((SECONDS - start))
}

prepare_root_mounts() {
  mount -t proc proc "$root/proc"
  mounted+=("$root/proc")
  # Services never start inside the root.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
}

cleanup_mounts() {
  local m
  for m in "${mounted[@]}"; do
    umount -l "$m" 2>/dev/null || true
  done
  mounted=()
}

snapshot_usr() {
  in_root find /usr -xdev | LC_ALL=C sort
}

package_test() {
  local deb=$1 version=$2
  local start=$SECONDS
  trap cleanup_root EXIT
  if ((force_host == 0)) && make_base_root; then
    root="$ROOTS/test"
    rm -rf --one-file-system "$root"
    cp -a "$ROOTS/bookworm-minbase" "$root"
    prepare_root_mounts
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    timed "root: fresh copy" $((SECONDS - start))
    log "Install test in a clean Debian 12 root ($root)"
  else
    root=""
    echo "NOTE: no clean Debian 12 root could be made here; testing with dpkg on this machine instead." >&2
    log "Install test on this machine"
  fi

  local work=/tmp/pamoja-test
  local here="$root$work"
  rm -rf "$here"
  mkdir -p "$here/runtime" && chmod 700 "$here/runtime"
  cp "$deb" "$here/"
  [[ -n "$root" ]] && snapshot_usr >"$ROOTS/usr-before.txt"

  # Install, letting apt find the dependencies (in the root, from Debian's mirror).
  start=$SECONDS
  local apt_log="$PACKAGE_BUILD/install-test.log"
  { [[ -z "$root" ]] || in_root apt-get update -q; } >"$apt_log" 2>&1 || fail_test "apt-get update (see $apt_log)"
  in_root apt-get install -y -q --no-install-recommends "$work/$(basename "$deb")" >>"$apt_log" 2>&1 ||
    fail_test "apt-get install (see $apt_log)"
  timed "install with dependencies" $((SECONDS - start))
  log "Installed: $(in_root dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' pamoja)"
  local files
  files=$(in_root dpkg -L pamoja)

  start=$SECONDS
  check_installed "$version" "$work"
  timed "checks" $((SECONDS - start))

  # Remove it, and its dependencies in the root, then look for anything left in /usr.
  start=$SECONDS
  if [[ -n "$root" ]]; then
    in_root apt-get purge -y -q --autoremove pamoja >>"$apt_log" 2>&1 || fail_test "apt-get purge (see $apt_log)"
  else
    in_root apt-get purge -y -q pamoja >>"$apt_log" 2>&1 || fail_test "apt-get purge (see $apt_log)"
  fi
  local path left=()
  while read -r path; do
    [[ "$path" == /usr/* && -f "$root$path" ]] && left+=("$path")
  done <<<"$files"
  while read -r path; do
    [[ -n "$path" ]] && left+=("$path")
  done < <(in_root find /usr -xdev -iname '*pamoja*')
  if [[ -n "$root" ]]; then
    snapshot_usr >"$ROOTS/usr-after.txt"
    while read -r path; do
      left+=("$path")
    done < <(comm -13 "$ROOTS/usr-before.txt" "$ROOTS/usr-after.txt")
  fi
  ((${#left[@]} == 0)) || fail_test "left in /usr after removal: ${left[*]}"
  if in_root xdg-mime query default application/x-pamoja 2>/dev/null | grep -q pamoja; then
    fail_test "the desktop still opens workshop files with Pamoja after removal"
  fi
  echo "ok   removed: nothing left in /usr" >&2
  timed "remove and check /usr" $((SECONDS - start))
  cleanup_root
  trap - EXIT
  log "Install test passed${root:+ in a clean Debian 12 root}"
}

# The checks on the installed package, as a facilitator would use it.
check_installed() {
  local version=$1 work=$2
  local out
  ok() { echo "ok   $*" >&2; }

  out=$(in_root pamoja --version) || fail_test "pamoja --version failed"
  [[ "$out" == "pamoja $version" ]] || fail_test "pamoja --version said \"$out\", the package is $version"
  ok "pamoja --version: $out"
  in_root test -s /usr/share/man/man1/pamoja.1.gz || fail_test "no man page"
  in_root sh -c 'zcat /usr/share/man/man1/pamoja.1.gz | grep -q "^\.SS \"pamoja export\""' || fail_test "the man page has no export command"
  ok "man page"

  # A workshop from the command line, and its report as PDF.
  local file="$work/kampala.pamoja"
  in_root pamoja new "$file" --title "Kampala 2026" || fail_test "pamoja new"
  in_root pamoja participant add "$file" --name Amina --constituency south --org "Tusome" --consent >/dev/null ||
    fail_test "pamoja participant add"
  in_root pamoja idea add "$file" --step envision --text "Agendas are co-written" --participant Amina >/dev/null ||
    fail_test "pamoja idea add"
  in_root pamoja info "$file" --json | grep -q '"envision": 1' || fail_test "pamoja info does not count the idea"
  in_root pamoja check "$file" >/dev/null || fail_test "pamoja check"
  in_root pamoja export "$file" --format pdf -o "$work/kampala.pdf" || fail_test "pamoja export --format pdf"
  out=$(in_root pdftotext "$work/kampala.pdf" -) || fail_test "pdftotext"
  grep -q "Agendas are co-written" <<<"$out" || fail_test "the PDF report lacks the idea"
  grep -q "Pamoja $version" <<<"$out" || fail_test "the PDF report's footer lacks the version"
  in_root sh -c "pdffonts '$work/kampala.pdf' | grep -q Noto" || fail_test "the report does not use the Noto fonts"
  ok "command line: new, participant add, idea add, info, check, export PDF (idea, version, Noto fonts)"

  # The window, offscreen, for a few seconds: still running when stopped, no plugin or font trouble.
  local rc=0
  in_root env QT_QPA_PLATFORM=offscreen timeout 5 pamoja "$file" >"$root$work/window.log" 2>&1 || rc=$?
  [[ $rc == 124 ]] || fail_test "the window exited with $rc before 5 s: $(cat "$root$work/window.log")"
  if grep -Eiq 'could not (load|find)|cannot load|no such plugin|failed to load' "$root$work/window.log"; then
    fail_test "the window reported: $(cat "$root$work/window.log")"
  fi
  ok "window offscreen for 5 s"

  # The desktop: the file type by name and by content, the menu entry opens it, the icons are there.
  out=$(in_root xdg-mime query filetype "$file")
  [[ "$out" == application/x-pamoja* ]] || fail_test "xdg-mime query filetype said \"$out\""
  cp "$root$file" "$root$work/renamed.bin"
  out=$(in_root xdg-mime query filetype "$work/renamed.bin")
  [[ "$out" == application/x-pamoja* ]] || fail_test "a renamed workshop is \"$out\" (the magic rule)"
  out=$(in_root xdg-mime query default application/x-pamoja)
  [[ "$out" == org.pamoja.Pamoja.desktop ]] || fail_test "xdg-mime query default said \"$out\""
  in_root desktop-file-validate /usr/share/applications/org.pamoja.Pamoja.desktop || fail_test "desktop entry"
  local size
  for size in scalable/apps/org.pamoja.Pamoja.svg 48x48/apps/org.pamoja.Pamoja.png 256x256/apps/org.pamoja.Pamoja.png; do
    in_root test -s "/usr/share/icons/hicolor/$size" || fail_test "no icon $size"
  done
  in_root test -s /usr/share/metainfo/org.pamoja.Pamoja.metainfo.xml || fail_test "no metainfo"
  ok "desktop: application/x-pamoja by name and by content, opened by org.pamoja.Pamoja.desktop, icons, metainfo"
}
