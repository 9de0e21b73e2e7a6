; a thread made with a raw clone system call does the work; main waits for it
declare void @putint(i32)
declare void @putch(i32)

@stack = internal global [65536 x i8] zeroinitializer, align 16
@done = internal global i32 0
@result = internal global i32 0

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

define internal void @thread_main() {
  %r = call i32 @work(i32 1000000)
  store i32 %r, i32* @result
  store atomic i32 1, i32* @done seq_cst, align 4
  call void asm sideeffect "movl $$60, %eax\0A\09xorl %edi, %edi\0A\09syscall", "~{rax},~{rdi},~{rcx},~{r11},~{memory}"()
  unreachable
}

define dso_local i32 @main() {
entry:
  %top = getelementptr [65536 x i8], [65536 x i8]* @stack, i64 0, i64 65536
  %t = call i64 asm sideeffect "movq $$56, %rax\0A\09syscall\0A\09testq %rax, %rax\0A\09jnz 1f\0A\09callq *%r12\0A1:", "={rax},{rdi},{rsi},{r12},~{rcx},~{r11},~{rdx},~{r10},~{r8},~{memory}"(i64 331520, i8* %top, void ()* @thread_main)
  br label %wait
wait:
  %d = load atomic i32, i32* @done seq_cst, align 4
  %z = icmp eq i32 %d, 0
  br i1 %z, label %wait, label %out
out:
  %r = load i32, i32* @result
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
