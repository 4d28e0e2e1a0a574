#!/usr/bin/env bash
# What a user who installs assay gets, away from this repository: `make install PREFIX=<tmp>` installs a binary that
# needs no Swift runtime (ldd lists no libswift*), its man page and completions; from an empty folder elsewhere,
# `assay new r --from article.txt && cd r && assay build` writes a report with no templates folder anywhere, run with
# the toolchain out of PATH; and a project overriding only option.mustache changes only the option pages.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
prefix="$root/prefix"
make --no-print-directory install PREFIX="$prefix" >/dev/null
assay="$prefix/bin/assay"
fail() { echo "install check: FAILED: $*"; exit 1; }

for file in bin/assay share/man/man1/assay.1 share/bash-completion/completions/assay share/zsh/site-functions/_assay \
            share/fish/vendor_completions.d/assay.fish; do
  [ -s "$prefix/$file" ] || fail "$file is not installed"
done
grep -q '^\.Dt ASSAY 1' "$prefix/share/man/man1/assay.1" || fail "the man page has no title line"
grep -q 'theme' "$prefix/share/bash-completion/completions/assay" || fail "the bash completions do not know 'assay theme'"
if ldd "$assay" | grep -q 'libswift\|libFoundation\|libdispatch'; then
  ldd "$assay"; fail "the installed binary needs the Swift runtime"
fi
"$assay" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}' || fail "assay --version says: $("$assay" --version)"

# Away from the repository, with no Swift on the PATH and no templates folder anywhere.
work="$root/elsewhere"
mkdir -p "$work"
cp Tests/Fixtures/article-source.txt "$work/article.txt"
(
  cd "$work"
  env -i HOME="$work" PATH=/usr/bin:/bin "$assay" new r --from article.txt >/dev/null
  cd r
  [ ! -e Templates ] || fail "assay new wrote a templates folder without --templates"
  env -i HOME="$work" PATH=/usr/bin:/bin "$assay" build >/dev/null
  [ -s Output/index.html ] && [ -s Output/style.css ] && [ -s Output/search.js ] || fail "the report is incomplete"
  cp -r Output "$root/before"
  # Overriding one template changes its pages and nothing else.
  mkdir Templates
  "$assay" theme copy "$root/theme" >/dev/null
  sed 's|<article|<article data-override="yes"|' "$root/theme/option.mustache" > Templates/option.mustache
  cmp -s "$root/theme/option.mustache" Templates/option.mustache && fail "the override changed nothing"
  env -i HOME="$work" PATH=/usr/bin:/bin "$assay" build --clean >/dev/null
  "$assay" check | grep -q 'overrides option.mustache' || fail "assay check does not say what is overridden"
  changed=$( (diff -rq "$root/before" Output || true) | sed 's|.*Output/||; s| differ||' | sort)
  [ -n "$changed" ] || fail "overriding option.mustache changed no page"
  unexpected=$(printf '%s\n' "$changed" | grep -v '^options/' | grep -v '^data/search-index' || true)
  [ -z "$unexpected" ] || fail "overriding option.mustache changed other files: $unexpected"
  grep -q 'data-override="yes"' Output/options/*.html || fail "the option pages do not use the override"
)
echo "install check: installed binary without the Swift runtime, man page and completions; a report built away from the repository with the built-in theme; an option.mustache override changed only option pages."
