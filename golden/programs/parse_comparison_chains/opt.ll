; ModuleID = 'parse_comparison_chains.sy'
source_filename = "parse_comparison_chains.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@count = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: nounwind uwtable
define dso_local void @check(i32 noundef %0) local_unnamed_addr #0 {
  tail call void @putint(i32 noundef %0) #2
  %2 = load i32, i32* @count, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @count, align 4, !tbaa !5
  ret void
}

declare void @putint(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  tail call void @putint(i32 noundef 0) #2
  tail call void @putint(i32 noundef 1) #2
  %1 = load i32, i32* @count, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %3 = load i32, i32* @count, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %5 = load i32, i32* @count, align 4, !tbaa !5
  %6 = add nsw i32 %5, 1
  store i32 %6, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #2
  tail call void @putint(i32 noundef 1) #2
  %7 = load i32, i32* @count, align 4, !tbaa !5
  %8 = add nsw i32 %7, 1
  store i32 %8, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #2
  tail call void @putint(i32 noundef 0) #2
  tail call void @putint(i32 noundef 1) #2
  %9 = load i32, i32* @count, align 4, !tbaa !5
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %11 = load i32, i32* @count, align 4, !tbaa !5
  %12 = add nsw i32 %11, 1
  store i32 %12, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #2
  tail call void @putint(i32 noundef 1) #2
  %13 = load i32, i32* @count, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %15 = load i32, i32* @count, align 4, !tbaa !5
  %16 = add nsw i32 %15, 1
  store i32 %16, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %17 = load i32, i32* @count, align 4, !tbaa !5
  %18 = add nsw i32 %17, 1
  store i32 %18, i32* @count, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #2
  %19 = load i32, i32* @count, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* @count, align 4, !tbaa !5
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef 45) #2
  tail call void @putch(i32 noundef 10) #2
  %21 = load i32, i32* @count, align 4, !tbaa !5
  %22 = mul nsw i32 %21, 10
  %23 = add nsw i32 %22, 45
  ret i32 %23
}

declare void @putch(i32 noundef) local_unnamed_addr #1

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
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
