; a thread of the C library does the work
declare void @putint(i32)
declare void @putch(i32)
declare i32 @pthread_create(i64*, i8*, i8* (i8*)*, i8*)
declare i32 @pthread_join(i64, i8**)

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

define internal i8* @worker(i8* %unused) {
  %r = call i32 @work(i32 1000000)
  store i32 %r, i32* @result
  ret i8* null
}

define dso_local i32 @main() {
  %t = alloca i64
  %c = call i32 @pthread_create(i64* %t, i8* null, i8* (i8*)* @worker, i8* null)
  %id = load i64, i64* %t
  %j = call i32 @pthread_join(i64 %id, i8** null)
  %r = load i32, i32* @result
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
