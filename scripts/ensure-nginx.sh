#!/usr/bin/env bash
# Makes sure Debian's nginx (and, where the archive has it, its brotli module) is installed, for
# the end-to-end tests that serve dist/ the way production does. Does not start or enable the
# system service: the tests run their own nginx as a child process on a loopback port.
# Exit 0 when /usr/sbin/nginx exists afterwards, 1 otherwise (the tests then fall back, loudly).
set -uo pipefail
NGINX=${NGINX_BIN:-/usr/sbin/nginx}
if [ -x "$NGINX" ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "nginx is missing and apt-get is not available: install nginx to run the tests as production does." >&2
	exit 1
fi
echo "No nginx found: installing Debian's package for the end-to-end tests…"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
# policy-rc.d 101: the package must not start the system nginx on port 80 during installation.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy" && created_policy=1; fi
$SUDO apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
# Brotli only where Debian packages it (Debian 12 does); gzip alone is fine otherwise.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libnginx-mod-http-brotli-filter >/dev/null 2>&1 || echo "(brotli module not available: gzip only)"
[ "$created_policy" -eq 1 ] && $SUDO rm -f "$policy"
[ -x "$NGINX" ]
