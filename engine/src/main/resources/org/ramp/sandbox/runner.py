#!/usr/bin/python3
# RAMP's job runner: runs a batch of grading steps inside one grade container.
# usage: runner.py /ramp/batch/jobs.json
#
# The runner is trusted and runs as root; nothing else in the container is. Each step runs as its own
# unprivileged uid and gid (never reused), so that nothing of one step can signal, read or write
# another's files, or outlive it: after a step, what its uid left running is killed.
#
# What a step may touch, and why:
# - its own folder /ramp/steps/ID (on a noexec tmpfs, so it cannot run a program it wrote: programs
#   run only from places the engine inspects or seals); HOME and TMPDIR point there;
# - the files handed to it ("grants"): made readable to its gid alone just before it runs, so the
#   build never reads a case's input and a case never reads another's;
# - a writable tree ("tree"), for builds: owned by the step while it runs, then sealed (root-owned,
#   not writable by anyone else, setuid/setgid bits stripped) before any later step runs;
# - pinned files /ramp/pinned/ID/NAME: created by root, writable by the step's gid in place but not
#   replaceable, removable or re-permissioned (for reports that a tool writes from inside an untrusted
#   process, such as callgrind's profile);
# - fd 3, when it has a channel: a pipe to the runner, so what is written there cannot be taken back.
# The reference toolchain is executable only by its group (set up in the image); a step gets that
# group only when the engine says so (builds and graders), never the program under assessment, whose
# PATH starts with tripwires that record every attempt to run a tool in /ramp/audit.
#
# After a step, its declared outputs are sealed: opened without following links, accepted only when
# they are regular files within their bound, and copied into root-owned /ramp/sealed/ID/NAME, which
# later steps read only when handed them and the host fetches from /ramp/export by archive copy.
#
# Forks are few on purpose (one per step, done in C by subprocess; a second only when a step leaves
# processes behind), and the time limit is kept by waiting on a pidfd rather than by a timeout
# process: this loop is the harness's overhead on every grading step.
import errno
import json
import os
import select
import shutil
import signal
import stat
import subprocess
import sys
import time

STEPS = "/ramp/steps"
PINNED = "/ramp/pinned"
SEALED = "/ramp/sealed"
EXPORT = "/ramp/export"
RESULTS = "/ramp/export/results"
AUDIT = "/ramp/audit"
FILES = "/ramp/batch/files.tar"
EXPORT_TAR = "/ramp/export.tar"
TRIPWIRES = "/opt/ramp/tripwire"
PATH = "/usr/local/bin:/usr/bin:/bin"
ERR_TAIL = 4096
# processes (and threads) of one step, when its job does not say: below the container's limit for two shards
DEFAULT_PROCESSES = 512
CHANNEL_BYTES = 1 << 20
# folders any user may write in the image; closed so that the only writable places are a step's own
WORLD_WRITABLE = ("/tmp", "/var/tmp", "/run/lock", "/dev/shm", "/dev/mqueue")


DEVNULL = os.open("/dev/null", os.O_RDONLY)


def main():
    with open(sys.argv[1]) as f:
        batch = json.load(f)
    setup()
    audit = os.open(AUDIT, os.O_RDONLY | os.O_NONBLOCK)
    uids = {job["uid"]: job["id"] for job in batch["first"] + [j for s in batch["shards"] for j in s]}
    context = Context(batch, uids, audit, "first")
    for job in batch["first"]:
        context.run(job)
    context.close()
    workers = []
    for index, jobs in enumerate(batch["shards"]):
        pid = os.fork()
        if pid == 0:
            try:
                shard = Context(batch, uids, audit, "shard-%d" % index)
                for job in jobs:
                    shard.run(job)
                shard.close()
            finally:
                os._exit(0)
        workers.append(pid)
    for pid in workers:
        os.waitpid(pid, 0)
    drain(audit, uids, os.open(RESULTS + "/audit-end.tsv", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    with open(RESULTS + "/done", "w") as f:
        f.write("done\n")
    # one file to fetch instead of a folder of many: cheaper for the container runtime to hand out
    subprocess.run(["tar", "-cf", EXPORT_TAR, "-C", "/ramp", "export"], check=True)


def setup():
    # the project tree and the inputs (root-owned, with their modes), unpacked into the container's memory
    # file systems; GNU tar creates the links in the tree last, so that no file is written through one
    subprocess.run(["tar", "-xf", FILES, "-C", "/"], check=True)
    os.unlink(FILES)
    for path in WORLD_WRITABLE:
        if os.path.isdir(path) and not os.path.islink(path):
            os.chmod(path, 0o755)
    for path, mode in ((STEPS, 0o711), (PINNED, 0o711), (SEALED, 0o711), (EXPORT, 0o700), (RESULTS, 0o700)):
        os.makedirs(path, exist_ok=True)
        os.chmod(path, mode)
    os.mkfifo(AUDIT, 0o600)
    # anyone may write an audit line; only root reads them
    os.chmod(AUDIT, 0o622)


class Context:
    """One sequence of steps: the first steps, or one shard."""

    def __init__(self, batch, uids, audit, name):
        self.batch = batch
        self.uids = uids
        self.audit = audit
        self.status = {}
        self.results = os.open(RESULTS + "/" + name + ".jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.audit_out = os.open(RESULTS + "/audit-" + name + ".tsv", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def close(self):
        drain(self.audit, self.uids, self.audit_out)
        os.close(self.results)
        os.close(self.audit_out)

    def run(self, job):
        after = job.get("after")
        if after and self.status_of(after) != "exit 0":
            self.record(job, {"status": "skipped"})
            return
        started = time.monotonic()
        try:
            outcome = Step(job, self.batch).run()
        except Exception as e:
            # the runner's own failure: the step has no result (the engine counts it as the harness's),
            # and the shard goes on with the next step
            kill_all(job["uid"])
            outcome = {"status": "runner-error", "error": repr(e)[:500]}
        outcome["ms"] = int((time.monotonic() - started) * 1000)
        self.status[job["id"]] = outcome["status"]
        self.record(job, outcome)
        drain(self.audit, self.uids, self.audit_out)
        # one line a step on the container's log: the engine counts them for its progress lines
        os.write(1, ("step %s\n" % job["id"]).encode())

    def status_of(self, job_id):
        known = self.status.get(job_id)
        if known is None:
            # a first step, run before the shards: its outcome is in the first results file
            try:
                with open(RESULTS + "/first.jsonl") as f:
                    for line in f:
                        entry = json.loads(line)
                        if entry["id"] == job_id:
                            known = entry["status"]
            except OSError:
                pass
            self.status[job_id] = known
        return known

    def record(self, job, outcome):
        outcome["id"] = job["id"]
        os.write(self.results, (json.dumps(outcome) + "\n").encode())


class Step:
    def __init__(self, job, batch):
        self.job = job
        self.uid = job["uid"]
        self.folder = STEPS + "/" + job["id"]
        self.sealed = SEALED + "/" + job["id"]
        self.file_limit = batch["fileLimit"]
        self.toolchain_gid = batch["toolchainGid"]

    def run(self):
        job = self.job
        self.prepare()
        channel = os.pipe() if job.get("channel") else None
        process = self.spawn(channel)
        if channel:
            os.close(channel[1])
        timed_out = not wait(process.pid, job["timeout"])
        if timed_out:
            kill_all(self.uid)
            process.wait()
            kill_leftovers(self.uid)
        else:
            process.wait()
            if job.get("maxProcesses") != 1:
                # with one process at most, the step's own, reaped above, nothing can be left
                kill_leftovers(self.uid)
        code = process.returncode
        outcome = {"status": "timeout" if timed_out else "exit %d" % (128 - code if code < 0 else code)}
        if channel or job.get("outputs") or job.get("pinned"):
            os.mkdir(self.sealed, 0o711)
        refused = {}
        if channel:
            self.keep_channel(channel[0], job["channel"])
        for name in job.get("outputs", []):
            problem = self.seal(self.folder, name)
            if problem:
                refused[name] = problem
        for name in job.get("pinned", []):
            problem = self.seal(PINNED + "/" + job["id"], name)
            if problem:
                refused[name] = problem
        if job.get("tree"):
            seal_tree(job["tree"])
        if refused:
            outcome["refused"] = refused
        self.bound_logs()
        self.export()
        shutil.rmtree(self.folder, ignore_errors=True)
        return outcome

    def prepare(self):
        job = self.job
        os.mkdir(self.folder, 0o700)
        os.chown(self.folder, self.uid, self.uid)
        if job.get("pinned"):
            pinned = PINNED + "/" + job["id"]
            os.mkdir(pinned, 0o750)
            os.chown(pinned, 0, self.uid)
            for name in job["pinned"]:
                fd = os.open(pinned + "/" + name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o660)
                os.fchown(fd, 0, self.uid)
                os.fchmod(fd, 0o660)
                os.close(fd)
        for path in job.get("grants", []):
            try:
                info = os.lstat(path)
            except FileNotFoundError:
                # an earlier step left no such output: this step will find nothing there
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            os.chown(path, 0, self.uid, follow_symlinks=False)
            os.chmod(path, 0o750 if info.st_mode & stat.S_IXUSR else 0o640, follow_symlinks=False)
        if job.get("tree"):
            hand_tree(job["tree"], self.uid)

    def spawn(self, channel):
        """Starts the step's bash as its own user; returns the process."""
        job = self.job
        stdin = os.open(job["stdin"], os.O_RDONLY) if job.get("stdin") else DEVNULL
        err = os.open(RESULTS + "/" + job["id"] + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # stdout is the step's result, or, for a step whose stdout is a log, goes with stderr
        out = os.open(RESULTS + "/" + job["id"] + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) \
            if job["maxStdout"] > 0 else err
        toolchain = job.get("toolchain", False)
        env = {
            "PATH": PATH if toolchain else TRIPWIRES + ":" + PATH,
            "HOME": self.folder,
            "TMPDIR": self.folder,
            "LANG": "C.UTF-8",
        }
        # The limits are set by the step's own shell before its command, with builtins only: the fork and
        # the change of user happen in C (subprocess), which is far cheaper than Python code running in a
        # forked child. Lowering limits needs no privilege, and nothing of the step runs before them: the
        # file-size limit, no core dumps, the processes of its uid (per step: no step can take all of the
        # container's processes), and the OOM killer's preference for a step over the runner.
        processes = job.get("maxProcesses") or DEFAULT_PROCESSES
        prefix = "ulimit -H -S -f %d -c 0 -u %d; echo 1000 > /proc/self/oom_score_adj; " % (
            self.file_limit // 1024, processes)
        passed = ()
        if channel:
            # the channel, a pipe's write end, becomes the step's fd 3
            prefix += "exec 3>&%d %d>&-; " % (channel[1], channel[1])
            passed = (channel[1],)
        try:
            return subprocess.Popen(["/bin/bash", "-c", prefix + job["command"]], stdin=stdin, stdout=out, stderr=err,
                                    cwd=job.get("workdir") or self.folder, env=env, user=self.uid, group=self.uid,
                                    extra_groups=[self.toolchain_gid] if toolchain else [], umask=0o022,
                                    start_new_session=True, pass_fds=passed, close_fds=True)
        finally:
            for fd in {stdin, out, err} - {DEVNULL}:
                os.close(fd)

    def keep_channel(self, fd, name):
        data = b""
        os.set_blocking(fd, False)
        while len(data) <= CHANNEL_BYTES:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            data += chunk
        os.close(fd)
        write_sealed(self.sealed + "/" + name, data[:CHANNEL_BYTES], 0o600)

    def seal(self, folder, name):
        """Copies a step's output into root-owned storage; why it could not, or None."""
        try:
            fd = os.open(folder + "/" + name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError as e:
            if e.errno == errno.ENOENT:
                return "not written"
            if e.errno == errno.ELOOP:
                return "a symbolic link; write a regular file"
            return "cannot be opened: " + e.strerror
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return "not a regular file"
            if info.st_size > self.job["maxFileBytes"]:
                return "%d bytes, over the limit of %d bytes" % (info.st_size, self.job["maxFileBytes"])
            target = os.open(self.sealed + "/" + name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                             0o700 if info.st_mode & stat.S_IXUSR else 0o600)
            try:
                left = info.st_size
                while left > 0:
                    sent = os.sendfile(target, fd, None, left)
                    if sent == 0:
                        break
                    left -= sent
            finally:
                os.close(target)
            return None
        finally:
            os.close(fd)

    def bound_logs(self):
        job = self.job
        out = RESULTS + "/" + job["id"] + ".out"
        if job["maxStdout"] > 0 and os.stat(out).st_size > job["maxStdout"] + 1:
            os.truncate(out, job["maxStdout"] + 1)
        err = RESULTS + "/" + job["id"] + ".err"
        size = os.stat(err).st_size
        if size > ERR_TAIL:
            with open(err, "rb") as f:
                f.seek(size - ERR_TAIL)
                tail = f.read()
            write_sealed(err, tail, 0o600, replace=True)

    def export(self):
        wanted = [name for name in self.job.get("fetch", []) if os.path.isfile(self.sealed + "/" + name)]
        if wanted:
            folder = EXPORT + "/" + self.job["id"]
            os.mkdir(folder, 0o700)
            for name in wanted:
                os.link(self.sealed + "/" + name, folder + "/" + name)


def wait(pid, seconds):
    """Whether the step's process ended before its time ran out (it is left for the caller to reap)."""
    deadline = time.monotonic() + seconds
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if fd is not None:
                if select.select([fd], [], [], left)[0]:
                    return True
            else:
                # kernels before 5.3 have no pidfd: poll without reaping
                if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                    return True
                time.sleep(min(left, 0.002))
    finally:
        if fd is not None:
            os.close(fd)


def kill_leftovers(uid):
    """Kills whatever of this uid is still alive; cheap when nothing is, as for most steps."""
    for _ in range(100):
        if not alive(uid):
            return
        kill_all(uid)
    raise RuntimeError("processes of uid %d survive killing" % uid)


def alive(uid):
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        # a process that made itself non-dumpable shows root as the owner of /proc/PID, so read its uids;
        # State comes before Uid in the file, and nothing after Uid is needed (this runs after every step)
        state, uids = "", []
        try:
            with open("/proc/" + entry + "/status") as f:
                for line in f:
                    if line.startswith("State:"):
                        state = line[6:].strip()
                    elif line.startswith("Uid:"):
                        uids = line[4:].split()
                        break
        except OSError:
            continue
        if str(uid) in uids and not state.startswith("Z"):
            return True
    return False


def kill_all(uid):
    # kill(-1) as the uid itself signals every process of it at once, which a fork cannot outrun
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.kill(-1, signal.SIGKILL)
        except BaseException:
            pass
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    # let the killed processes become zombies before anyone looks for them again
    time.sleep(0.001)


def hand_tree(root, uid):
    for path, dirs, files in os.walk(root):
        os.lchown(path, uid, uid)
        for name in dirs + files:
            os.lchown(path + "/" + name, uid, uid)


def seal_tree(root):
    """Makes a tree root-owned and unwritable by anyone else, without following any link in it."""
    for path, dirs, files in os.walk(root):
        for full in [path] + [path + "/" + name for name in dirs + files]:
            info = os.lstat(full)
            os.lchown(full, 0, 0)
            if not stat.S_ISLNK(info.st_mode):
                os.chmod(full, stat.S_IMODE(info.st_mode) & 0o755, follow_symlinks=False)


def write_sealed(path, data, mode, replace=False):
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | (os.O_TRUNC if replace else os.O_EXCL)
    fd = os.open(path, flags, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def drain(audit, uids, out):
    """Moves the tripwires' lines from the audit pipe to a results file, naming the step of each uid."""
    data = b""
    while True:
        try:
            chunk = os.read(audit, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        data += chunk
        if len(data) > CHANNEL_BYTES:
            break
    for line in data.decode("utf-8", "replace").splitlines():
        uid, _, rest = line.partition("\t")
        job = uids.get(int(uid)) if uid.isdigit() else None
        os.write(out, ("%s\t%s\n" % (job or "unknown uid " + uid[:20], rest[:1000])).encode())


if __name__ == "__main__":
    main()
