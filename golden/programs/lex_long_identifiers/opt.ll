; ModuleID = 'lex_long_identifiers.sy'
source_filename = "lex_long_identifiers.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end = dso_local local_unnamed_addr global i32 11, align 4
@a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2 = dso_local local_unnamed_addr global i32 22, align 4
@Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0 = dso_local local_unnamed_addr global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9 = dso_local local_unnamed_addr constant i32 5, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = mul nsw i32 %5, %0
  %7 = add nsw i32 %6, 5
  ret i32 %7
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end, align 4, !tbaa !5
  %2 = load i32, i32* @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2, align 4, !tbaa !5
  %3 = add nsw i32 %2, %1
  %4 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 0), align 16, !tbaa !5
  %5 = mul nsw i32 %4, %3
  %6 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 1), align 4, !tbaa !5
  %7 = mul nsw i32 %6, %3
  %8 = add i32 %5, 10
  %9 = add i32 %8, %7
  %10 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 2), align 8, !tbaa !5
  %11 = mul nsw i32 %10, %3
  %12 = add i32 %9, 5
  %13 = add i32 %12, %11
  %14 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 3), align 4, !tbaa !5
  %15 = mul nsw i32 %14, %3
  %16 = add i32 %13, 5
  %17 = add i32 %16, %15
  tail call void @putint(i32 noundef %17) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 34) #3
  tail call void @putch(i32 noundef 10) #3
  %18 = srem i32 %17, 256
  ret i32 %18
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
