#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer, or explains on stderr and exits 1.
# Order: $JAVA_HOME, the java on the PATH, then the usual install folders (newest first).
set -u

major_of() { # $1 = a java binary; prints its feature version (17, 21, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//' | cut -d. -f1
}

good_home() { # $1 = a candidate home; true when it holds a JDK 21+ with javac
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local m
  m=$(major_of "$1/bin/java")
  [ -n "$m" ] && [ "$m" -ge 21 ]
}

candidates() {
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME"
  if command -v java >/dev/null 2>&1; then
    local j
    j=$(readlink -f "$(command -v java)")
    echo "${j%/bin/java}"
  fi
  local d
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /opt/java/* /opt/*jdk*; do
    [ -d "$d" ] && echo "$d"
  done | while read -r d; do printf '%s\t%s\n' "$(major_of "$d/bin/java" 2>/dev/null || echo 0)" "$d"; done |
    sort -rn | cut -f2
}

while read -r home; do
  if good_home "$home"; then
    echo "$home"
    exit 0
  fi
done < <(candidates)

echo "Gryag needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, the java on the PATH," >&2
echo "and /usr/lib/jvm, ~/.sdkman, ~/.jdks, /opt). Install one (e.g. Temurin 21) or set JAVA_HOME to it." >&2
exit 1
