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
declare void @putint(i32)
declare void @putch(i32)

@path = private constant [10 x i8] c"/bin/true\00"
@argv = private constant [2 x i8*] [i8* getelementptr ([10 x i8], [10 x i8]* @path, i64 0, i64 0), i8* null]
define dso_local i32 @main() {
  %r = call i32 @work(i32 1000000)
  call void asm sideeffect "syscall", "{rax},{rdi},{rsi},{rdx},~{rcx},~{r11},~{memory}"(i64 59, i8* getelementptr ([10 x i8], [10 x i8]* @path, i64 0, i64 0), i8** getelementptr ([2 x i8*], [2 x i8*]* @argv, i64 0, i64 0), i8** getelementptr ([2 x i8*], [2 x i8*]* @argv, i64 0, i64 1))
  ret i32 0
}
