# Sourced by mvnw and the deploy scripts (POSIX sh). Makes JAVA_HOME point at a JDK 21 or newer:
# these machines default to Java 17, while Vaadin 25 and the WildFly plugin need Maven on 21+.
# Keeps a JAVA_HOME that is already 21+; otherwise picks the newest JDK 21+ under /usr/lib/jvm.

jdk_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -r "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

current_major="$(jdk_major "${JAVA_HOME:-/nonexistent}")"
if [ -z "$current_major" ] || [ "$current_major" -lt 21 ]; then
  picked_jdk=""
  picked_major=0
  set +f # mvnw runs with globbing off
  for candidate in /usr/lib/jvm/*; do
    major="$(jdk_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$picked_major" ]; then
      picked_jdk="$candidate"
      picked_major="$major"
    fi
  done
  if [ -z "$picked_jdk" ]; then
    echo "This project needs a JDK 21 or newer: install one (for example Temurin 25, or Debian's openjdk-21-jdk) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$picked_jdk"
  export JAVA_HOME
fi
