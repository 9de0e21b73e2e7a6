#!/bin/sh
# The stages' rules, enforced by the image (run once, as root, by the Dockerfile).
#
# The program under assessment must not run the reference toolchain nor use what the stages forbid,
# while the project's build and the graders' own steps use the toolchain freely. So:
#  1. every executable of the toolchain (clang and the LLVM tools, gcc and its cc1/collect2/lto1, the
#     binutils, the RISC-V cross tools, and python3 and perl, which can load any library) becomes
#     root:ramp 0710: members of group 1000 (the image's user, hence the agent; in grade containers only
#     the build and graders' steps) may execute it, nobody else, and nobody but root may read it, so it
#     cannot be copied either. The dynamic loader cannot run it for others: it must read it. Its names
#     on the PATH become readable scripts that run it (tools that look for programs want to read them).
#  2. libraries only the toolchain needs (clang's, LTO's) become root:ramp 0640; LLVM's static archives
#     of components some stage forbids become root-only, so no build can link them (libLLVM-14.so, which
#     every sysyc links, stays readable: what a program imports from it is inspected instead).
#  3. /opt/ramp/rules/*.txt: the symbols each forbidden component defines, made before the archives
#     are closed, for the engine's inspection of what the build produced.
#  4. /opt/ramp/tripwire/NAME for each restricted command name: first on the PATH of the program under
#     assessment, it records an attempt in the grade container's audit pipe and refuses.
set -eu
GROUP=1000
LLVM=/usr/lib/llvm-14
RULES=/opt/ramp/rules
TRIPWIRES=/opt/ramp/tripwire
mkdir -p "$RULES" "$TRIPWIRES"

# strong global definitions (code, data, read-only data); weak ones are template instances that any
# program may hold, and must not count as a forbidden component. Symbol versions (name@@LLVM_14) are
# cut off, as programs' symbol tables name them
strong() {
  awk 'NF >= 3 && $(NF-1) ~ /^[TDBR]$/ { print $NF }' | sed 's/@.*//' | LC_ALL=C sort -u
}
archives() {
  for component in "$@"; do echo "$LLVM/lib/libLLVM$component.a"; done
}

# --- 3. rule lists -------------------------------------------------------------------------------
TRANSFORMS="InstCombine AggressiveInstCombine ScalarOpts ipo TransformUtils Vectorize Instrumentation
ObjCARCOpts Coroutines CFGuard"
nm -g --defined-only $(archives $TRANSFORMS) 2>/dev/null | strong > "$RULES/transforms.txt"
# PassBuilder's ready-made pipelines and its parsers of textual pipelines (which can name any pass);
# the rest of PassBuilder (registering analyses, running one's own passes) stays allowed
nm -g --defined-only "$LLVM/lib/libLLVMPasses.a" 2>/dev/null | strong > /tmp/passes.mangled
c++filt < /tmp/passes.mangled > /tmp/passes.demangled
paste /tmp/passes.mangled /tmp/passes.demangled | awk -F '\t' '
  $2 ~ /^llvm::PassBuilder::(build[A-Za-z0-9]*Pipeline|parse[A-Za-z0-9]*)\(/ &&
  $2 !~ /^llvm::PassBuilder::(buildDefaultAAPipeline|parseAA[A-Za-z]*)\(/ { print $1 }' > "$RULES/pipelines.txt"
# the simplifiers of Analysis (InstructionSimplify, ConstantFolding): imports are inspected, not
# definitions, since a static link of allowed analyses (ScalarEvolution) pulls them in
nm -A -g --defined-only "$LLVM/lib/libLLVMAnalysis.a" 2>/dev/null \
  | grep -E '^[^:]*:(InstructionSimplify|ConstantFolding)\.cpp\.o:' | strong > "$RULES/simplifiers.txt"
CODEGEN="CodeGen SelectionDAG GlobalISel AsmPrinter MIRParser Target ExecutionEngine MCJIT OrcJIT OrcShared
OrcTargetProcess RuntimeDyld Interpreter JITLink PerfJITEvents LTO CFIVerify Exegesis"
TARGETS=$(cd "$LLVM/lib" && ls libLLVM*.a | sed -n -E 's/^libLLVM((AArch64|AMDGPU|ARM|AVR|BPF|Hexagon|Lanai|M68k|MSP430|Mips|NVPTX|PowerPC|RISCV|Sparc|SystemZ|VE|WebAssembly|X86|XCore|Exegesis)[A-Za-z]*)\.a$/\1/p')
nm -g --defined-only $(archives $CODEGEN $TARGETS) 2>/dev/null | strong > "$RULES/codegen.txt"
# the MC layer: Object (hence Analysis) links it, so only what a program imports from it counts
MC="MC MCParser MCDisassembler MCA"
nm -g --defined-only $(archives $MC) 2>/dev/null | strong > "$RULES/mc.txt"
nm -D --defined-only "$LLVM/lib/libLLVM-14.so" | awk 'NF >= 3 { print $NF }' | sed 's/@.*//' | LC_ALL=C sort -u > /tmp/llvm.txt
nm -D --defined-only "$LLVM"/lib/libclang-cpp.so.14 "$LLVM"/lib/libclang-14.so.1 2>/dev/null | strong \
  | LC_ALL=C comm -23 - /tmp/llvm.txt > "$RULES/libclang.txt"
# loading or running code at run time, which no inspection of the build can see: the C library's
# dynamic loading, running a program from memory, and LLVM's own library and plugin loading
{
  printf '%s\n' dlopen dlmopen dlsym dlvsym __libc_dlopen_mode __libc_dlsym memfd_create fexecve execveat
  grep -E '^_ZN4llvm(3sys14DynamicLibrary|10PassPlugin4Load)' /tmp/llvm.txt
} | LC_ALL=C sort -u > "$RULES/loaders.txt"
# what every program or library defines (the linker's __bss_start, _end, _init..., the C and C++
# runtime's symbols) belongs to no component: left out of every list
printf 'int ramp_probe(void) { return 0; }\n' > /tmp/probe.c
gcc -shared -fPIC /tmp/probe.c -o /tmp/probe.so
printf 'int main(void) { return 0; }\n' | g++ -x c++ - -o /tmp/probe
{
  nm -D --defined-only /tmp/probe.so /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libm.so.6 \
    /lib/x86_64-linux-gnu/libstdc++.so.6 /lib/x86_64-linux-gnu/libgcc_s.so.1
  nm --defined-only /tmp/probe
} 2>/dev/null | awk 'NF >= 3 { print $NF }' | sed 's/@.*//' | LC_ALL=C sort -u > /tmp/common.txt
for list in transforms pipelines simplifiers codegen mc libclang; do
  LC_ALL=C comm -23 "$RULES/$list.txt" /tmp/common.txt > /tmp/list.txt && mv /tmp/list.txt "$RULES/$list.txt"
done
rm -f /tmp/probe* /tmp/common.txt
for list in transforms pipelines simplifiers codegen mc libclang loaders; do
  test -s "$RULES/$list.txt" || { echo "stage-rules: the $list list is empty" >&2; exit 1; }
done
rm -f /tmp/passes.* /tmp/llvm.txt
chmod 0644 "$RULES"/*.txt

# --- 2. libraries and archives ------------------------------------------------------------------
for library in "$LLVM"/lib/libclang-cpp.so.14 "$LLVM"/lib/libclang-14.so.1 "$LLVM"/lib/libLTO.so.14 \
    "$LLVM"/lib/LLVMgold.so "$LLVM"/lib/LLVMPolly.so; do
  real=$(readlink -f "$library")
  chown root:$GROUP "$real"
  chmod 0640 "$real"
done
EXPORTS="$LLVM/lib/cmake/llvm/LLVMExports-release.cmake"
for component in $TRANSFORMS Passes $CODEGEN $TARGETS; do
  chown root:root "$LLVM/lib/libLLVM$component.a"
  chmod 0600 "$LLVM/lib/libLLVM$component.a"
  # CMake's "does the imported file exist" check wants to read it: a closed archive is left out of the
  # check, so that find_package(LLVM) still works and only a link of the component fails, naming it
  sed -i "/_cmake_import_check_targets LLVM$component )/d; /_cmake_import_check_files_for_LLVM$component /d" "$EXPORTS"
done

# --- 1. executables ------------------------------------------------------------------------------
{
  ls -d "$LLVM"/bin/* /usr/bin/x86_64-linux-gnu-* /usr/bin/riscv64-linux-gnu-* /usr/bin/python3* \
    /usr/bin/perl* /usr/bin/lto-dump*
  find /usr/lib/gcc /usr/lib/gcc-cross -type f -perm -0100 ! -name '*.so*' 2>/dev/null
} | while read -r path; do readlink -f "$path"; done | sort -u > /tmp/restricted
while read -r real; do
  [ -f "$real" ] || continue
  chown root:$GROUP "$real"
  # an ELF file runs with execute permission alone; a script needs its interpreter to read it
  if [ "$(head -c 4 "$real" | od -An -c | tr -d ' ')" = '177ELF' ]; then chmod 0710 "$real"; else chmod 0750 "$real"; fi
done < /tmp/restricted
# LLVM (clang looking for ld) and CMake look for programs with access(R_OK | X_OK), which an
# execute-only file fails; so each name on the PATH that led to a restricted file becomes a small
# readable script that runs it: for the toolchain's group, the tool; for anyone else, the tripwire.
# It runs the last link of the chain outside /usr/bin, so that clang still sees the name it was
# called by (clang++, clang-cpp), or else the file itself.
for path in /usr/bin/*; do
  [ -L "$path" ] || continue
  real=$(readlink -f "$path")
  grep -qxF "$real" /tmp/restricted || continue
  hop=$path
  target=$real
  while [ -L "$hop" ]; do
    next=$(readlink "$hop")
    case "$next" in /*) ;; *) next=$(dirname "$hop")/$next ;; esac
    next=$(realpath -s "$next")
    if [ -L "$next" ]; then
      case "$next" in /usr/bin/*) ;; *) target=$next ;; esac
    fi
    hop=$next
  done
  echo "${path##*/}" >> /tmp/wrapped
  rm "$path"
  printf '#!/bin/sh\n# RAMP: %s is for the toolchain group (stage-rules.sh); anyone else meets the tripwire\n[ -x %s ] && exec %s "$@"\nexec %s/%s "$@"\n' \
    "${path##*/}" "$target" "$target" "$TRIPWIRES" "${path##*/}" > "$path"
  chmod 0755 "$path"
done

# --- 4. tripwires --------------------------------------------------------------------------------
cat > "$TRIPWIRES/.tripwire" <<'EOF'
#!/bin/sh
# RAMP tripwire: the program under assessment tried to run a tool of the reference toolchain, which the
# stage's rules forbid. The attempt (the caller's uid, the command) goes to the grade container's audit
# pipe, which only the trusted runner reads, and the command is refused.
uid=
while read -r key value rest; do
  if [ "$key" = Uid: ]; then uid=$value; break; fi
done < /proc/self/status
name=${0##*/}
if [ -p /ramp/audit ]; then
  printf '%s\t%s %.300s\n' "$uid" "$name" "$*" > /ramp/audit
fi
echo "$name: not available to the program under assessment (the stage's rules forbid running it)" >&2
exit 126
EOF
chmod 0755 "$TRIPWIRES/.tripwire"
# every name under which a restricted executable can be found on the PATH or in LLVM's bin folder
for dir in /usr/bin "$LLVM/bin"; do
  for path in "$dir"/*; do
    real=$(readlink -f "$path")
    if grep -qxF "$real" /tmp/restricted || grep -qxF "${path##*/}" /tmp/wrapped; then
      ln -sf .tripwire "$TRIPWIRES/${path##*/}"
    fi
  done
done
for name in cc c++ cpp; do ln -sf .tripwire "$TRIPWIRES/$name"; done
rm -f /tmp/restricted /tmp/wrapped
