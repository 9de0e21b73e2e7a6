#!/bin/bash
# RAMP's job runner: runs the jobs of one shard in order inside a container.
# usage: runner.sh JOBS_FILE RESULTS_DIR UID
# The runner is trusted and runs as root; every job runs as the unprivileged UID (one per shard), so
# that a job can neither touch the results nor survive into the next job.
# A jobs file has one job a line, tab-separated: id, timeout seconds, max stdout bytes (0: stdout is a
# log and goes with stderr), stdin path or -, the id of the job that must have exited 0 first or -,
# workdir. The job's bash command is in the file commands/ID beside the jobs file.
# For each job it writes RESULTS_DIR/ID.status ("exit N", "timeout", "skipped"), ID.out (stdout, or
# nothing when stdout is a log), ID.err (stderr, and stdout when it is a log) and ID.time (milliseconds).
# The engine reads only the head of .out and the tail of .err; like every file a job writes, they are
# bounded by the file-size limit. Forks are few on purpose: this loop is the harness's overhead on
# every grading step.
set -u
umask 022
jobs=$1
results=$2
uid=$3
commands=$(dirname "$jobs")/commands
# no single file a job writes may exceed 1 GiB (ulimit -f counts 1 KiB blocks)
file_limit=1048576
declare -A status

# The job: its command as the unprivileged user, under a time limit kept by root (out of the job's
# reach). Before the command, every process the user's previous job left behind is killed (kill -1
# spares only the caller); the shard's last job is cleaned up after the loop.
run_job() {
  cd "$workdir" || exit 125
  ulimit -f "$file_limit"
  umask 000
  exec timeout -k 5 "$timeout" setpriv --reuid="$uid" --regid="$uid" --clear-groups \
    bash -c 'kill -KILL -1 2>/dev/null; . "$1"' job "$commands/$id"
}

# "exit N" of an earlier job: of this shard, or of a first job (from its status file, without a fork)
status_of() {
  local known=${status[$1]-}
  if [ -z "$known" ] && [ -f "$results/$1.status" ]; then
    read -r known < "$results/$1.status"
  fi
  printf -v "$2" '%s' "$known"
}

while IFS=$'\t' read -r id timeout maxout stdin after workdir; do
  [ -n "$id" ] || continue
  if [ "$after" != "-" ]; then
    status_of "$after" before
    if [ "$before" != "exit 0" ]; then
      status[$id]=skipped
      echo skipped > "$results/$id.status"
      continue
    fi
  fi
  [ "$stdin" != "-" ] || stdin=/dev/null
  start=$EPOCHREALTIME
  if [ "$maxout" -eq 0 ]; then
    ( run_job ) < "$stdin" > "$results/$id.err" 2>&1
    code=$?
    : > "$results/$id.out"
  else
    ( run_job ) < "$stdin" > "$results/$id.out" 2> "$results/$id.err"
    code=$?
  fi
  end=$EPOCHREALTIME
  elapsed_us=$(( ${end/./} - ${start/./} ))
  # timeout exits 124, or 137 when the command needed a KILL; 137 before the limit is the program's own death
  if [ "$code" -eq 124 ] || { [ "$code" -eq 137 ] && [ "$elapsed_us" -ge $((timeout * 1000000)) ]; }; then
    status[$id]=timeout
  else
    status[$id]="exit $code"
  fi
  echo "${status[$id]}" > "$results/$id.status"
  echo $((elapsed_us / 1000)) > "$results/$id.time"
done < "$jobs"
# nothing of the shard's last job outlives the shard
setpriv --reuid="$uid" --regid="$uid" --clear-groups kill -KILL -1 2>/dev/null
exit 0
