#!/bin/bash
# RAMP's job runner: runs the jobs of one shard in order inside a container.
# usage: runner.sh JOBS_FILE RESULTS_DIR UID
# The runner is trusted and runs as root; every job runs as the unprivileged UID (one per shard), so
# that a job can neither touch the results nor survive into the next job: after each job every process
# of that UID is killed.
# A jobs file has one job a line, tab-separated: id, timeout seconds, max stdout bytes (0: stdout is a
# log and goes with stderr), stdin path or -, the id of the job that must have exited 0 first or -,
# workdir, base64 of the bash command.
# For each job it writes RESULTS_DIR/ID.status ("exit N", "timeout", "skipped"), ID.out (stdout cut at
# the bound plus one byte), ID.err (the last 4 KiB of stderr) and ID.time (milliseconds).
set -u
umask 022
jobs=$1
results=$2
uid=$3
# no single file a job writes may exceed 1 GiB (ulimit -f counts 1 KiB blocks)
file_limit=1048576
as_job_user=(setpriv --reuid="$uid" --regid="$uid" --clear-groups)

run_job() {
  cd "$workdir" || exit 125
  ulimit -f "$file_limit"
  umask 000
  exec "${as_job_user[@]}" timeout -k 5 "$timeout" bash -c "$command"
}

while IFS=$'\t' read -r id timeout maxout stdin after workdir command_b64; do
  [ -n "$id" ] || continue
  if [ "$after" != "-" ] && [ "$(cat "$results/$after.status" 2>/dev/null)" != "exit 0" ]; then
    echo skipped > "$results/$id.status"
    continue
  fi
  [ "$stdin" != "-" ] || stdin=/dev/null
  command=$(printf '%s' "$command_b64" | base64 -d)
  exec 4> >(tail -c 4096 > "$results/$id.err")
  tail_pid=$!
  start=$(date +%s%N)
  if [ "$maxout" -eq 0 ]; then
    ( run_job ) < "$stdin" >&4 2>&4
    status=$?
    : > "$results/$id.out"
  else
    ( run_job ) < "$stdin" 2>&4 | head -c $((maxout + 1)) > "$results/$id.out"
    status=${PIPESTATUS[0]}
  fi
  end=$(date +%s%N)
  # whatever the job left running in the background dies with it
  "${as_job_user[@]}" kill -KILL -1 2>/dev/null
  exec 4>&-
  wait "$tail_pid" 2>/dev/null
  elapsed_ms=$(( (end - start) / 1000000 ))
  # timeout exits 124, or 137 when the command needed a KILL; 137 before the limit is the program's own death
  if [ "$status" -eq 124 ] || { [ "$status" -eq 137 ] && [ "$elapsed_ms" -ge $((timeout * 1000)) ]; }; then
    echo timeout > "$results/$id.status"
  else
    echo "exit $status" > "$results/$id.status"
  fi
  echo "$elapsed_ms" > "$results/$id.time"
done < "$jobs"
