#!/usr/bin/env bash
# Builds the desktop app from the runnable jar (called by `mvn -Pinstaller package`):
#   target/installer/Chainrule/          app image: bin/Chainrule starts the editor, with its own Java runtime
#   target/installer/chainrule_*.deb     the same as a Debian package, when dpkg-deb and fakeroot are there
# Usage: jpackage.sh VERSION TARGET_DIR
set -euo pipefail
version="${1%%-*}"          # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
target="$2"
out="$target/installer"
input="$target/installer-input"

rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp "$target/chainrule.jar" "$input/"

# The modules the jar needs (from `jdeps --print-module-deps --ignore-missing-deps` on the jar), so the
# bundled runtime holds only those.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.scripting,java.sql,jdk.jfr,jdk.unsupported

common=(--name Chainrule --app-version "$version" --vendor "Chainrule"
  --description "Draw computation graphs, step through forward and backward passes, export diagrams."
  --input "$input" --main-jar chainrule.jar --main-class org.chainrule.Main
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands")

start=$(date +%s)
jpackage --type app-image --dest "$out" "${common[@]}"
echo "app image: $out/Chainrule ($(du -sh "$out/Chainrule" | cut -f1), $(( $(date +%s) - start )) s)"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  start=$(date +%s)
  # from the app image just built (no second runtime); gzip, since dpkg's default xz takes minutes
  DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" \
  jpackage --type deb --dest "$out" --app-image "$out/Chainrule" --name Chainrule --app-version "$version" \
    --vendor "Chainrule" --description "Draw computation graphs, step through forward and backward passes, export diagrams." \
    --linux-package-name chainrule --linux-shortcut --linux-menu-group Education --linux-app-category education
  deb=$(ls "$out"/*.deb)
  echo "package: $deb ($(du -h "$deb" | cut -f1), $(( $(date +%s) - start )) s)"
else
  echo "no dpkg-deb/fakeroot: the .deb is skipped"
fi
