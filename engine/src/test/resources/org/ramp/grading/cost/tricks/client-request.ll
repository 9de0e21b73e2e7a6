; a valgrind client request runs work() on the real CPU, where no tool counts it
declare void @putint(i32)
declare void @putch(i32)
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
define i64 @native(i64 %tid, i64 %n) {
  %m = trunc i64 %n to i32
  %r = call i32 @work(i32 %m)
  %z = zext i32 %r to i64
  ret i64 %z
}
define dso_local i32 @main() {
  %req = alloca [6 x i64], align 16
  %a0 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 0
  store i64 4354, i64* %a0
  %a1 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 1
  store i64 ptrtoint (i64 (i64, i64)* @native to i64), i64* %a1
  %a2 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 2
  store i64 1000000, i64* %a2
  %a3 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 3
  store i64 0, i64* %a3
  %a4 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 4
  store i64 0, i64* %a4
  %a5 = getelementptr [6 x i64], [6 x i64]* %req, i64 0, i64 5
  store i64 0, i64* %a5
  %res = call i64 asm sideeffect "rolq $$3, %rdi; rolq $$13, %rdi; rolq $$61, %rdi; rolq $$51, %rdi; xchgq %rbx, %rbx", "={rdx},{rax},{rdx},~{memory},~{cc}"(i64* %a0, i64 0)
  %r = trunc i64 %res to i32
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
