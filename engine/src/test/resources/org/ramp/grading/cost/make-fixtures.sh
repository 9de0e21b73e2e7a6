#!/bin/bash
# Makes the real files the cost parsers' unit tests read, in the toolchain image, with T4's own commands
# (ToolchainCommands.compileIrForCost and runCounted), from the .ll files beside this script:
#   docker run --rm --network none -v "$PWD:/ramp/cases/fixture" IMAGE bash /ramp/cases/fixture/make-fixtures.sh
# where IMAGE is the toolchain image (./ramp image info). Each kept file is written gzipped as NAME.FILE.gz.
set -u
cd /ramp/cases/fixture
# what the tests read of each program (the linked programs are large: only work's is kept)
declare -A keep=(
  [work]="program.o program program.map callgrind.out valgrind.log"
  [thread]="program.map callgrind.out valgrind.log"
  [fork]="callgrind.out valgrind.log"
  [exec]="valgrind.log"
  [jit]="valgrind.log"
  [newline-name]="program.o"
  [qsort]="program.o"
  [library-call]="program.map callgrind.out"
)
for name in "${!keep[@]}"; do
  dir=/tmp/fixture-$name
  rm -rf "$dir" && mkdir -p "$dir" && cp "$name.ll" "$dir/opt.ll" && cd "$dir"
  llc -O2 -filetype=obj opt.ll -o program.o \
    && clang -static -s -Wl,-Map=program.map program.o /opt/ramp/lib/x86_64/libsysy.a -o program 2>/dev/null \
    && env -i /usr/bin/valgrind --command-line-only=yes --vgdb=no --trace-children=no --tool=callgrind \
         --dump-instr=yes --collect-jumps=yes --dump-line=no --compress-strings=no --compress-pos=no --callgrind-out-file=callgrind.out \
         --log-file=valgrind.log --trace-syscalls=yes "$dir/program" < /dev/null > /dev/null 2>&1
  for f in ${keep[$name]}; do
    gzip -9n < "$f" > "/ramp/cases/fixture/$name.$f.gz"
  done
  cd /ramp/cases/fixture
done
