#!/usr/bin/env bash
# Installs Debian's chromium when it is missing, for the reference-docs browser test (apps/docs). Needs root or sudo;
# elsewhere it prints what to install and carries on (the docs test then fails with the same hint).
set -u
if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "chromium is not installed: install Debian's 'chromium' package (or set CHROMIUM_PATH) for the docs test." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null \
  || echo "could not install chromium; the docs test will fail until it is installed" >&2
exit 0
