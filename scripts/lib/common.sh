# Shared by scripts/run, scripts/test and scripts/bench: installs what is missing, then builds.
# shellcheck shell=bash
set -euo pipefail

PAMOJA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAMOJA_BUILD="${PAMOJA_BUILD:-$PAMOJA_ROOT/build}"

# What building and running needs (Debian 12).
PAMOJA_BUILD_PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libgl1-mesa-dev libxlsxwriter-dev libqrencode-dev
  qt6-httpserver-dev qt6-websockets-dev zlib1g-dev libzip-dev libcld2-dev libstemmer-dev
  fonts-noto-core fonts-noto-cjk sqlite3 libsqlite3-dev libqpdf-dev ccache
  apertium apertium-eng-spa apertium-fr-es apertium-es-pt
)
# What the tests and benchmarks need on top.
PAMOJA_TEST_PACKAGES=(xvfb xauth poppler-utils qpdf python3 unzip chromium nodejs
  desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev
  postgresql libqt6sql6-psql)
# What scripts/package needs on top of building: the .deb (dpkg-shlibdeps), lintian, and for --test a
# clean Debian 12 root (debootstrap), or the same checks on this machine (xdg-utils, File::MimeInfo).
PAMOJA_PACKAGE_PACKAGES=(dpkg-dev lintian debootstrap desktop-file-utils appstream shared-mime-info
  libxml2-utils xdg-utils libfile-mimeinfo-perl poppler-utils)
PAMOJA_BENCH_PACKAGES=(libreoffice-writer-nogui wrk python3-sklearn)
# libFuzzer (scripts/fuzz, the last stage of scripts/test).
PAMOJA_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the Debian packages that are missing; does nothing when all are there.
ensure_packages() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  log "Installing missing packages: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# build DIR [CMAKE_ARGS...] [-- TARGETS...]: configures DIR (once; later arguments override earlier
# ones) and builds the targets (default: everything).
build() {
  local dir="$1"
  shift
  local cmake_args=() targets=()
  while (($#)); do
    if [[ "$1" == -- ]]; then
      shift
      targets=("$@")
      break
    fi
    cmake_args+=("$1")
    shift
  done
  local generator_args=()
  [[ -f "$dir/CMakeCache.txt" ]] || generator_args=(-G Ninja)
  # ccache makes rebuilds (and builds in a second checkout) cheap; paths are made relative to the
  # checkout so two checkouts share one cache.
  local launcher=()
  if command -v ccache >/dev/null; then
    local l="env;CCACHE_BASEDIR=$PAMOJA_ROOT;CCACHE_NOHASHDIR=1;ccache"
    launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=$l" "-DCMAKE_C_COMPILER_LAUNCHER=$l")
  fi
  log "Configuring in $dir"
  cmake -S "$PAMOJA_ROOT" -B "$dir" "${generator_args[@]}" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "${cmake_args[@]}" >/dev/null
  log "Building ${targets[*]:-everything} in $dir"
  local target_args=()
  ((${#targets[@]})) && target_args=(--target "${targets[@]}")
  cmake --build "$dir" --parallel "$(nproc)" "${target_args[@]}"
}

# Qt complains without a private runtime dir when running as root. Optional argument: the build folder.
prepare_runtime_dir() {
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-${1:-$PAMOJA_BUILD}/xdg-runtime}"
  mkdir -p "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
}

# The browser tests' npm packages (tests/browser/package-lock.json), installed with `npm ci` when the lock
# changed. Playwright never downloads a browser: the tests use Debian's /usr/bin/chromium.
ensure_browser_test_packages() {
  command -v npm >/dev/null || ensure_packages npm
  local dir="$PAMOJA_ROOT/tests/browser"
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    log "Installing the browser tests' npm packages"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
  fi
}
