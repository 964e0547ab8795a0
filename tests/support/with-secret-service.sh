#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# Runs a command with a real Secret Service of its own: a private D-Bus session with
# gnome-keyring's secrets component, its login keyring created and unlocked with a throw-away
# password, in a private HOME so no real keyring is touched. Everything ends with the session.
# QUORUM_TEST_NO_KEYCHAIN=1 runs the command with a session bus but no keychain on it.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
status=0
if [ "${QUORUM_TEST_NO_KEYCHAIN:-}" = 1 ]; then
    # A session bus that cannot start services: no Secret Service can appear on it.
    cat >"$home/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$home/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$home/session.conf" -- "$@" || status=$?
else
    dbus-run-session -- sh -c '
        echo test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec "$@"' sh "$@" || status=$?
fi
exit $status
