# Sourced by .ci/run and .ci/checks.sh. What CI writes and throws away (the Postgres server's data,
# the test fixtures, the installed package and bundle) goes to memory (/dev/shm) when it has room
# (4 GB; a container's default 64 MB has not), sparing the disk and the system CPU that writing
# to it costs: TMPDIR points there, unless it is set already. Tests choose the same way
# (test/helpers/scratch.ts).
if [ -z "${TMPDIR:-}" ] && [ "$(df --output=avail -k /dev/shm 2>/dev/null | tail -1)" -ge $((4 * 1024 * 1024)) ] 2>/dev/null; then
  export TMPDIR=/dev/shm
fi
