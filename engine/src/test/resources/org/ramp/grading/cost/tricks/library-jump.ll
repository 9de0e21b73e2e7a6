; jumps into the C library's qsort at its fixed distance from getint, with a return address pushed
; (200 elements: 800 bytes, which qsort sorts without asking the system for memory)
declare i32 @getint()
declare void @putint(i32)
declare void @putch(i32)
@a = internal global [200 x i32] zeroinitializer
define internal i32 @less(i8* %x, i8* %y) {
  %p = bitcast i8* %x to i32*
  %q = bitcast i8* %y to i32*
  %u = load i32, i32* %p
  %v = load i32, i32* %q
  %c = icmp slt i32 %u, %v
  %d = icmp sgt i32 %u, %v
  %r1 = select i1 %d, i32 1, i32 0
  %r = select i1 %c, i32 -1, i32 %r1
  ret i32 %r
}
define dso_local i32 @main() {
entry:
  br label %fill
fill:
  %i = phi i64 [0, %entry], [%i1, %fill]
  %x = mul i64 %i, 2654435761
  %y = urem i64 %x, 1000003
  %t = trunc i64 %y to i32
  %slot = getelementptr [200 x i32], [200 x i32]* @a, i64 0, i64 %i
  store i32 %t, i32* %slot
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, 200
  br i1 %more, label %fill, label %sort
sort:
  %qsort.addr = getelementptr i8, i8* bitcast (i32 ()* @getint to i8*), i64 32880
  %qsort = bitcast i8* %qsort.addr to void (i8*, i64, i64, i32 (i8*, i8*)*)*
  call void asm sideeffect "leaq 1f(%rip), %rax\0A\09pushq %rax\0A\09jmp *%r11\0A1:", "{r11},{rdi},{rsi},{rdx},{rcx},~{rax},~{r8},~{r9},~{r10},~{memory},~{cc}"(i8* %qsort.addr, i8* bitcast ([200 x i32]* @a to i8*), i64 200, i64 4, i32 (i8*, i8*)* @less)
  %first = load i32, i32* getelementptr ([200 x i32], [200 x i32]* @a, i64 0, i64 0)
  %last = load i32, i32* getelementptr ([200 x i32], [200 x i32]* @a, i64 0, i64 199)
  call void @putint(i32 %first)
  call void @putch(i32 32)
  call void @putint(i32 %last)
  call void @putch(i32 10)
  ret i32 0
}
