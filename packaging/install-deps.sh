#!/usr/bin/env bash
# Installs the Debian 12 packages Jixiao needs to build, test and run.
# Idempotent: asks apt only when a package is missing. Run as root (or with sudo available).
set -euo pipefail

packages=(
    cmake g++ clang make pkg-config git ca-certificates ccache
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev
    libsqlite3-dev libssl-dev libxlsxwriter-dev libzip-dev
    xvfb xauth fonts-noto-cjk
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
