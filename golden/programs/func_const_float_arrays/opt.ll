; ModuleID = 'func_const_float_arrays.sy'
source_filename = "func_const_float_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local local_unnamed_addr constant i32 5, align 4
@COEFF = dso_local local_unnamed_addr constant [5 x float] [float 1.000000e+00, float 5.000000e-01, float 2.500000e-01, float 1.250000e-01, float 6.250000e-02], align 16
@GRID = dso_local local_unnamed_addr constant [2 x [3 x float]] [[3 x float] [float 1.500000e+00, float -2.000000e+00, float 0.000000e+00], [3 x float] [float 3.000000e+00, float 0.000000e+00, float 0.000000e+00]], align 16
@PI = dso_local local_unnamed_addr constant float 0x400921FB60000000, align 4
@R2 = dso_local local_unnamed_addr constant float 6.250000e+00, align 4
@samples = dso_local global [5 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@rounded = dso_local global [5 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [23 x i8] c"area=%f int=%d neg=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @horner(float* nocapture noundef readonly %0, i32 noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %55

5:                                                ; preds = %3
  %6 = zext i32 %1 to i64
  %7 = add nsw i64 %6, -1
  %8 = and i64 %6, 3
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %22, label %10

10:                                               ; preds = %5, %10
  %11 = phi i64 [ %14, %10 ], [ %6, %5 ]
  %12 = phi float [ %19, %10 ], [ 0.000000e+00, %5 ]
  %13 = phi i64 [ %20, %10 ], [ 0, %5 ]
  %14 = add nsw i64 %11, -1
  %15 = fmul float %12, %2
  %16 = and i64 %14, 4294967295
  %17 = getelementptr inbounds float, float* %0, i64 %16
  %18 = load float, float* %17, align 4, !tbaa !5
  %19 = fadd float %15, %18
  %20 = add i64 %13, 1
  %21 = icmp eq i64 %20, %8
  br i1 %21, label %22, label %10, !llvm.loop !9

22:                                               ; preds = %10, %5
  %23 = phi i64 [ %6, %5 ], [ %14, %10 ]
  %24 = phi float [ 0.000000e+00, %5 ], [ %19, %10 ]
  %25 = phi float [ undef, %5 ], [ %19, %10 ]
  %26 = icmp ult i64 %7, 3
  br i1 %26, label %55, label %27

27:                                               ; preds = %22, %27
  %28 = phi i64 [ %48, %27 ], [ %23, %22 ]
  %29 = phi float [ %53, %27 ], [ %24, %22 ]
  %30 = add i64 %28, 4294967295
  %31 = fmul float %29, %2
  %32 = and i64 %30, 4294967295
  %33 = getelementptr inbounds float, float* %0, i64 %32
  %34 = load float, float* %33, align 4, !tbaa !5
  %35 = fadd float %31, %34
  %36 = add i64 %28, 4294967294
  %37 = fmul float %35, %2
  %38 = and i64 %36, 4294967295
  %39 = getelementptr inbounds float, float* %0, i64 %38
  %40 = load float, float* %39, align 4, !tbaa !5
  %41 = fadd float %37, %40
  %42 = add nsw i64 %28, -3
  %43 = fmul float %41, %2
  %44 = and i64 %42, 4294967295
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = load float, float* %45, align 4, !tbaa !5
  %47 = fadd float %43, %46
  %48 = add nsw i64 %28, -4
  %49 = fmul float %47, %2
  %50 = and i64 %48, 4294967295
  %51 = getelementptr inbounds float, float* %0, i64 %50
  %52 = load float, float* %51, align 4, !tbaa !5
  %53 = fadd float %49, %52
  %54 = icmp ugt i64 %42, 1
  br i1 %54, label %27, label %55, !llvm.loop !11

55:                                               ; preds = %22, %27, %3
  %56 = phi float [ 0.000000e+00, %3 ], [ %25, %22 ], [ %53, %27 ]
  ret float %56
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  store i32 100, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 0), align 16, !tbaa !13
  %1 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 0), align 16, !tbaa !5
  %2 = fadd float %1, 1.000000e+02
  store float %2, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 0), align 16, !tbaa !5
  store i32 50, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 1), align 4, !tbaa !13
  %3 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 1), align 4, !tbaa !5
  %4 = fadd float %3, 5.000000e+01
  store float %4, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 1), align 4, !tbaa !5
  store i32 25, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 2), align 8, !tbaa !13
  %5 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 2), align 8, !tbaa !5
  %6 = fadd float %5, 2.500000e+01
  store float %6, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 2), align 8, !tbaa !5
  store i32 12, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 3), align 4, !tbaa !13
  %7 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 3), align 4, !tbaa !5
  %8 = fadd float %7, 1.200000e+01
  store float %8, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 3), align 4, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 4), align 16, !tbaa !13
  %9 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 4), align 16, !tbaa !5
  %10 = fadd float %9, 6.000000e+00
  store float %10, float* getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 4), align 16, !tbaa !5
  tail call void @putarray(i32 noundef 5, i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 0)) #3
  tail call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 0)) #3
  tail call void @putfloat(float noundef 5.000000e+00) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 6.875000e-01) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str, i64 0, i64 0), double noundef 0x4033A28C60000000, i32 noundef 19, i32 noundef -31) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 2.500000e+00) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 7.500000e-01) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef -3) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 0.000000e+00) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef 3.000000e+00) #3
  tail call void @putch(i32 noundef 10) #3
  %11 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 2), align 8, !tbaa !13
  %12 = add nsw i32 %11, -31
  ret i32 %12
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #2

declare void @putfloat(float noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !7, i64 0}
