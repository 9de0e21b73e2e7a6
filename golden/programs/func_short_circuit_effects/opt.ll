; ModuleID = 'func_short_circuit_effects.sy'
source_filename = "func_short_circuit_effects.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@calls = dso_local local_unnamed_addr global i32 0, align 4
@trace = dso_local global [32 x i32] zeroinitializer, align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @mark(i32 noundef %0, i32 noundef returned %1) local_unnamed_addr #0 {
  %3 = load i32, i32* @calls, align 4, !tbaa !5
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %4
  store i32 %0, i32* %5, align 4, !tbaa !5
  %6 = add nsw i32 %3, 1
  store i32 %6, i32* @calls, align 4, !tbaa !5
  ret i32 %1
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @safe_div_check(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %7, label %4

4:                                                ; preds = %2
  %5 = sdiv i32 %0, %1
  %6 = icmp sgt i32 %5, 2
  br i1 %6, label %8, label %7

7:                                                ; preds = %4, %2
  br label %8

8:                                                ; preds = %4, %7
  %9 = phi i32 [ 0, %7 ], [ 1, %4 ]
  ret i32 %9
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = load i32, i32* @calls, align 4, !tbaa !5
  %2 = sext i32 %1 to i64
  %3 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %2
  store i32 1, i32* %3, align 4, !tbaa !5
  %4 = add nsw i32 %1, 1
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %5
  store i32 3, i32* %6, align 4, !tbaa !5
  %7 = add nsw i32 %1, 2
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %8
  store i32 5, i32* %9, align 4, !tbaa !5
  %10 = add nsw i32 %1, 3
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %11
  store i32 6, i32* %12, align 4, !tbaa !5
  %13 = add nsw i32 %1, 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %14
  store i32 7, i32* %15, align 4, !tbaa !5
  %16 = add nsw i32 %1, 5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %17
  store i32 8, i32* %18, align 4, !tbaa !5
  %19 = add nsw i32 %1, 6
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %20
  store i32 9, i32* %21, align 4, !tbaa !5
  %22 = add nsw i32 %1, 7
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %23
  store i32 11, i32* %24, align 4, !tbaa !5
  %25 = add nsw i32 %1, 8
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %26
  store i32 12, i32* %27, align 4, !tbaa !5
  %28 = add nsw i32 %1, 9
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %29
  store i32 13, i32* %30, align 4, !tbaa !5
  %31 = add i32 %1, 10
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %32
  store i32 14, i32* %33, align 4, !tbaa !5
  %34 = add nsw i64 %32, 1
  %35 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %34
  store i32 15, i32* %35, align 4, !tbaa !5
  %36 = add nsw i64 %32, 2
  %37 = getelementptr inbounds [32 x i32], [32 x i32]* @trace, i64 0, i64 %36
  store i32 16, i32* %37, align 4, !tbaa !5
  %38 = add i32 %1, 13
  store i32 %38, i32* @calls, align 4, !tbaa !5
  tail call void @putarray(i32 noundef %38, i32* noundef getelementptr inbounds ([32 x i32], [32 x i32]* @trace, i64 0, i64 0)) #4
  tail call void @putint(i32 noundef 70) #4
  tail call void @putch(i32 noundef 10) #4
  ret i32 70
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
