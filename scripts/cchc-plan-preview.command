#!/bin/sh
# macOS: double-click this file to start the cchc-plan preview (Terminal opens and keeps it
# running; close the window to stop). The first time, macOS may ask: right-click → Open.
exec "$(dirname "$0")/cchc-plan-preview.sh" "$@"
