#!/usr/bin/env bash
# Installs the system packages the tests need on Debian/Ubuntu: Chromium for the real-browser
# test of the task pane (playwright-core drives /usr/bin/chromium; it cannot download browsers).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
chromium --version
