; a name with a line break, which would forge a line of the link map
define dso_local i32 @"work\0A0x401000 5"(i32 %n) {
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

define dso_local i32 @main() {
  %r = call i32 @"work\0A0x401000 5"(i32 1000000)
  call void @putint(i32 %r)
  call void @putch(i32 10)
  ret i32 0
}
