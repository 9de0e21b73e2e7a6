; ModuleID = 'parse_expression_statements.sy'
source_filename = "parse_expression_statements.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local local_unnamed_addr global i32 0, align 4
@cells = dso_local local_unnamed_addr global [4 x i32] [i32 5, i32 6, i32 7, i32 8], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @bump(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @counter, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @counter, align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define dso_local void @report(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %5

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %6

5:                                                ; preds = %6, %1
  ret void

6:                                                ; preds = %3, %6
  %7 = phi i64 [ 0, %3 ], [ %10, %6 ]
  %8 = getelementptr inbounds [4 x i32], [4 x i32]* @cells, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  tail call void @putint(i32 noundef %9) #4
  tail call void @putch(i32 noundef 32) #4
  %10 = add nuw nsw i64 %7, 1
  %11 = icmp eq i64 %10, %4
  br i1 %11, label %5, label %6
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @ratio(i32 noundef %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = sitofp i32 %0 to double
  %4 = fmul double %3, 1.500000e+00
  %5 = sitofp i32 %1 to double
  %6 = fdiv double %4, %5
  %7 = fptosi double %6 to i32
  ret i32 %7
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* @counter, align 4, !tbaa !5
  %2 = add nsw i32 %1, 10
  store i32 %2, i32* @counter, align 4, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %3) #4
  tail call void @putch(i32 noundef 32) #4
  %4 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %4) #4
  tail call void @putch(i32 noundef 32) #4
  %5 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %5) #4
  tail call void @putch(i32 noundef 32) #4
  %6 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %6) #4
  tail call void @putch(i32 noundef 32) #4
  %7 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %7) #4
  tail call void @putch(i32 noundef 32) #4
  %8 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @cells, i64 0, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %8) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putch(i32 noundef 10) #4
  %9 = load i32, i32* @counter, align 4, !tbaa !5
  tail call void @putint(i32 noundef %9) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 5) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 3) #4
  tail call void @putch(i32 noundef 10) #4
  %10 = load i32, i32* @counter, align 4, !tbaa !5
  %11 = sitofp i32 %10 to double
  %12 = fmul double %11, 2.500000e+00
  %13 = fptosi double %12 to i32
  ret i32 %13
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
