; a debug link, which would make valgrind read a file the agent wrote
declare void @putint(i32)
declare void @putch(i32)

module asm ".section .gnu_debugaltlink,\22\22,@progbits"
module asm ".asciz \22program.debug\22"
module asm ".fill 20, 1, 0"
module asm ".text"

define dso_local i32 @work(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %sq = mul i32 %i, %i
  %x = xor i32 %sq, %s
  %s1 = add i32 %x, 7
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret i32 %s1
}

define dso_local i32 @main() {
  %r = call i32 @work(i32 1000000)
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
