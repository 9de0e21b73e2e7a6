; the work runs in a global constructor, before main
declare void @putint(i32)
declare void @putch(i32)

@llvm.global_ctors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @early, i8* null }]
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

define internal void @early() {
  %r = call i32 @work(i32 1000000)
  store i32 %r, i32* @result
  ret void
}

define dso_local i32 @main() {
  %r = load i32, i32* @result
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
