#!/usr/bin/env bash
# The steps of update-profile-readme.yml, in one script that runs the same on GitHub Actions and on your computer:
#   1. install the portfolio command line from its release archive (portfolio-VERSION.tar.gz);
#   2. validate the portfolio: an invalid one fails with every problem as file:line:column: path: message;
#   3. render it into the marked part of the README (<!-- portfolio:start --> … <!-- portfolio:end -->);
#   4. commit the README, and push it, only when it changed.
#
# Usage: update-readme.sh [ARCHIVE]
#   ARCHIVE  a portfolio-VERSION.tar.gz on disk; without it, the archive of PORTFOLIO_SDK_VERSION is downloaded from
#            https://github.com/$PORTFOLIO_SDK_REPOSITORY/releases/download/v$PORTFOLIO_SDK_VERSION/portfolio-$PORTFOLIO_SDK_VERSION.tar.gz
# Environment (all optional):
#   PORTFOLIO_SDK_REPOSITORY  default portfoliosdk/portfolio-sdk
#   PORTFOLIO_SDK_VERSION     default 0.1.0
#   PORTFOLIO_FILE            the portfolio, default portfolio.yaml
#   README_FILE               the README to update, default README.md
#   PORTFOLIO_PUSH            push the commit to the branch's upstream: true (default) or false
# "Now" (for "2+ years") is the time of the last commit, so that a rerun for the same commit renders the same bytes.
set -euo pipefail

repository="${PORTFOLIO_SDK_REPOSITORY:-portfoliosdk/portfolio-sdk}"
version="${PORTFOLIO_SDK_VERSION:-0.1.0}"
portfolio_file="${PORTFOLIO_FILE:-portfolio.yaml}"
readme="${README_FILE:-README.md}"

install_dir="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/portfolio-sdk.XXXXXX")"
trap 'rm -rf "$install_dir"' EXIT

archive="${1:-}"
if [[ -z "$archive" ]]; then
  archive="$install_dir/portfolio-$version.tar.gz"
  url="https://github.com/$repository/releases/download/v$version/portfolio-$version.tar.gz"
  echo "Downloading $url"
  curl --fail --silent --show-error --location --retry 3 --output "$archive" "$url"
fi
tar -xzf "$archive" -C "$install_dir"
portfolio=("$install_dir"/portfolio-*/bin/portfolio)
if [[ ! -x "${portfolio[0]}" ]]; then
  echo "update-readme: $archive has no portfolio-*/bin/portfolio" >&2
  exit 1
fi
portfolio="${portfolio[0]}"
"$portfolio" --version

"$portfolio" validate "$portfolio_file"

export SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"
"$portfolio" readme "$portfolio_file" --update "$readme"

if git diff --quiet -- "$readme"; then
  echo "$readme is up to date"
  exit 0
fi
git config user.name "github-actions[bot]"
git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
git add -- "$readme"
git commit --quiet -m "Update the profile README from $portfolio_file"
echo "Committed the updated $readme"
if [[ "${PORTFOLIO_PUSH:-true}" == true ]]; then
  git push --quiet
  echo "Pushed"
fi
