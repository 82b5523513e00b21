#!/bin/sh
# cchc-plan preview for macOS and Linux: cchc-plan-preview.sh [plan.yaml]
# Opens the live preview of a plan in the browser; without a plan, the page lists the plans of the
# Documents folder and offers to create one. Requires Node.js LTS (https://nodejs.org).
# (Xem trước kế hoạch trong trình duyệt; cần cài Node.js bản LTS.)
here=$(cd "$(dirname "$0")" && pwd)
cli="$here/../dist/cli/bin.js"
PATH="$PATH:/usr/local/bin:/opt/homebrew/bin"
export PATH

pause() {
  printf '%s' "Nhấn Enter để đóng / Press Enter to close… "
  read -r _ || true
}

if ! command -v node >/dev/null 2>&1; then
  echo "Chưa cài Node.js: tải và cài bản LTS từ https://nodejs.org rồi chạy lại."
  echo "Node.js is not installed: install the LTS version from https://nodejs.org and try again."
  pause
  exit 1
fi
if [ ! -f "$cli" ]; then
  echo "Không tìm thấy cchc-plan tại $cli (giữ tệp này trong thư mục scripts của cchc-plan)."
  echo "cchc-plan was not found at $cli (keep this file in cchc-plan's scripts folder)."
  pause
  exit 1
fi
if [ $# -eq 0 ]; then
  docs="${XDG_DOCUMENTS_DIR:-$HOME/Documents}"
  cd "$docs" 2>/dev/null || cd "$HOME" || exit 1
  node "$cli" preview
else
  cd "$(dirname "$1")" || exit 1
  node "$cli" preview "$(basename "$1")"
fi
status=$?
# Ctrl+C (130) or closing the window is the normal way to stop.
if [ $status -ne 0 ] && [ $status -ne 130 ]; then pause; fi
exit $status
