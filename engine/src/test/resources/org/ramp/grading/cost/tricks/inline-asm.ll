; the loop of work() written in inline assembly
declare void @putint(i32)
declare void @putch(i32)

define dso_local i32 @work(i32 %n) {
  %r = call i32 asm "xorl %eax, %eax\0A\09xorl %ecx, %ecx\0A1:\0A\09movl %ecx, %edx\0A\09imull %ecx, %edx\0A\09xorl %edx, %eax\0A\09addl $$7, %eax\0A\09incl %ecx\0A\09cmpl $1, %ecx\0A\09jl 1b", "=&{eax},r,~{ecx},~{edx},~{cc}"(i32 %n)
  ret i32 %r
}

define dso_local i32 @main() {
  %r = call i32 @work(i32 1000000)
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
