; ModuleID = 'func_float_int_conversion.sy'
source_filename = "func_float_int_conversion.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_i = dso_local local_unnamed_addr global i32 3, align 4
@g_f = dso_local local_unnamed_addr global float 7.000000e+00, align 4
@.str = private unnamed_addr constant [10 x i8] c"%f %f %a\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @half(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i32 %0 to double
  %3 = fmul double %2, 5.000000e-01
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @trunc_to_int(float noundef %0) local_unnamed_addr #0 {
  %2 = fptosi float %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @scale(float noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sitofp i32 %1 to float
  %4 = fmul float %3, %0
  ret float %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  tail call void @putfloat(float noundef 7.000000e+00) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 3.000000e+00) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 3.500000e+00) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef -3) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), double noundef 3.500000e+00, double noundef 2.500000e-01, double noundef 3.000000e+00) #3
  tail call void @putfloat(float noundef 4.500000e+00) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef -2) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 3.750000e+00) #3
  tail call void @putch(i32 noundef 10) #3
  %1 = load i32, i32* @g_i, align 4, !tbaa !5
  tail call void @putint(i32 noundef %1) #3
  tail call void @putch(i32 noundef 32) #3
  %2 = load float, float* @g_f, align 4, !tbaa !9
  tail call void @putfloat(float noundef %2) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putfloat(float noundef 0x40076E8700000000) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 292) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 250000000) #3
  tail call void @putch(i32 noundef 10) #3
  %3 = load i32, i32* @g_i, align 4, !tbaa !5
  %4 = add nsw i32 %3, 292
  ret i32 %4
}

declare void @putfloat(float noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
