; ModuleID = 'parse_operator_precedence.sy'
source_filename = "parse_operator_precedence.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [31 x i8] c"%d %d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef 1, i32 noundef -2, i32 noundef 24, i32 noundef 0, i32 noundef 0, i32 noundef 1, i32 noundef 3, i32 noundef 1, i32 noundef 2) #2
  tail call void @putint(i32 noundef 10) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putfloat(float noundef 6.500000e+00) #2
  tail call void @putch(i32 noundef 32) #2
  tail call void @putfloat(float noundef 6.500000e+00) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef 1) #2
  tail call void @putch(i32 noundef 10) #2
  ret i32 102
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
