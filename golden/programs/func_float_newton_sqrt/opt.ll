; ModuleID = 'func_float_newton_sqrt.sy'
source_filename = "func_float_newton_sqrt.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.values = private unnamed_addr constant [6 x float] [float 2.000000e+00, float 9.000000e+00, float 2.500000e-01, float 1.000000e+04, float 3.000000e+00, float 0x405EDD2F20000000], align 16
@.str = private unnamed_addr constant [28 x i8] c"total=%a first=%a count=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @fabs_f(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp olt float %0, 0.000000e+00
  %3 = fneg float %0
  %4 = select i1 %2, float %3, float %0
  ret float %4
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @newton_sqrt(float noundef %0) local_unnamed_addr #1 {
  %2 = fcmp oeq float %0, 0.000000e+00
  br i1 %2, label %23, label %3

3:                                                ; preds = %1
  %4 = fcmp olt float %0, 1.000000e+00
  %5 = select i1 %4, float 1.000000e+00, float %0
  br label %6

6:                                                ; preds = %10, %3
  %7 = phi float [ %5, %3 ], [ %13, %10 ]
  %8 = phi i32 [ 0, %3 ], [ %22, %10 ]
  %9 = icmp eq i32 %8, 40
  br i1 %9, label %23, label %10

10:                                               ; preds = %6
  %11 = fdiv float %0, %7
  %12 = fadd float %7, %11
  %13 = fmul float %12, 5.000000e-01
  %14 = fsub float %13, %7
  %15 = fcmp olt float %14, 0.000000e+00
  %16 = fneg float %14
  %17 = select i1 %15, float %16, float %14
  %18 = fpext float %17 to double
  %19 = fpext float %7 to double
  %20 = fmul double %19, 0x3EB0C6F7A0B5ED8D
  %21 = fcmp ogt double %20, %18
  %22 = add nuw nsw i32 %8, 1
  br i1 %21, label %23, label %6

23:                                               ; preds = %10, %6, %1
  %24 = phi float [ 0.000000e+00, %1 ], [ %7, %6 ], [ %13, %10 ]
  ret float %24
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %0, %25
  %2 = phi i64 [ 0, %0 ], [ %28, %25 ]
  %3 = phi float [ 0.000000e+00, %0 ], [ %27, %25 ]
  %4 = getelementptr inbounds [6 x float], [6 x float]* @__const.main.values, i64 0, i64 %2
  %5 = load float, float* %4, align 4, !tbaa !5
  %6 = fcmp olt float %5, 1.000000e+00
  %7 = select i1 %6, float 1.000000e+00, float %5
  br label %8

8:                                                ; preds = %12, %1
  %9 = phi float [ %7, %1 ], [ %15, %12 ]
  %10 = phi i32 [ 0, %1 ], [ %24, %12 ]
  %11 = icmp eq i32 %10, 40
  br i1 %11, label %25, label %12

12:                                               ; preds = %8
  %13 = fdiv float %5, %9
  %14 = fadd float %9, %13
  %15 = fmul float %14, 5.000000e-01
  %16 = fsub float %15, %9
  %17 = fcmp olt float %16, 0.000000e+00
  %18 = fneg float %16
  %19 = select i1 %17, float %18, float %16
  %20 = fpext float %19 to double
  %21 = fpext float %9 to double
  %22 = fmul double %21, 0x3EB0C6F7A0B5ED8D
  %23 = fcmp ogt double %22, %20
  %24 = add nuw nsw i32 %10, 1
  br i1 %23, label %25, label %8

25:                                               ; preds = %8, %12
  %26 = phi float [ %9, %8 ], [ %15, %12 ]
  tail call void @putfloat(float noundef %5) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putfloat(float noundef %26) #4
  tail call void @putch(i32 noundef 10) #4
  %27 = fadd float %3, %26
  %28 = add nuw nsw i64 %2, 1
  %29 = icmp eq i64 %28, 6
  br i1 %29, label %30, label %1, !llvm.loop !9

30:                                               ; preds = %25
  tail call void @putfloat(float noundef %27) #4
  tail call void @putch(i32 noundef 10) #4
  %31 = fpext float %27 to double
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str, i64 0, i64 0), double noundef %31, double noundef 2.000000e+00, i32 noundef 6) #4
  %32 = fptosi float %27 to i32
  ret i32 %32
}

declare void @putfloat(float noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
