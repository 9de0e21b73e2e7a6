; memset of an array (what llc makes of llvm.memset) is allowed, and runs in the C library
declare void @putint(i32)
declare void @putch(i32)
declare void @llvm.memset.p0i8.i64(i8*, i8, i64, i1)

@buffer = internal global [4096 x i8] zeroinitializer

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
  call void @llvm.memset.p0i8.i64(i8* getelementptr ([4096 x i8], [4096 x i8]* @buffer, i64 0, i64 0), i8 1, i64 4096, i1 true)
  %r = call i32 @work(i32 1000000)
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
