; ModuleID = 'func_int_float_call_sites.sy'
source_filename = "func_int_float_call_sites.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@CI = dso_local local_unnamed_addr constant i32 7, align 4
@CF = dso_local local_unnamed_addr constant float 3.000000e+00, align 4
@gi = dso_local local_unnamed_addr global i32 -7, align 4
@gf = dso_local local_unnamed_addr global float -3.000000e+00, align 4
@ia = dso_local global [4 x i32] [i32 1, i32 -1, i32 25, i32 3], align 16
@fa = dso_local global [4 x float] [float 1.000000e+00, float -2.000000e+00, float 7.000000e+00, float 1.000000e+00], align 16
@.str = private unnamed_addr constant [13 x i8] c"%d %a %d %a\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @blend(i32 noundef %0, float noundef %1, i32 noundef %2, float noundef %3) local_unnamed_addr #0 {
  %5 = sitofp i32 %0 to float
  %6 = fmul float %5, %1
  %7 = sitofp i32 %2 to float
  %8 = fdiv float %7, %3
  %9 = fadd float %6, %8
  ret float %9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @to_int(float noundef %0) local_unnamed_addr #0 {
  %2 = fmul float %0, 2.000000e+00
  %3 = fptosi float %2 to i32
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @to_float(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sdiv i32 %0, 3
  %3 = sitofp i32 %2 to float
  ret float %3
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @average(i32* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %67

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = add nsw i64 %5, -1
  %7 = and i64 %5, 7
  %8 = icmp ult i64 %6, 7
  br i1 %8, label %49, label %9

9:                                                ; preds = %4
  %10 = and i64 %5, 4294967288
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %46, %11 ]
  %13 = phi i32 [ 0, %9 ], [ %45, %11 ]
  %14 = phi i64 [ 0, %9 ], [ %47, %11 ]
  %15 = getelementptr inbounds i32, i32* %0, i64 %12
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = add nsw i32 %16, %13
  %18 = or i64 %12, 1
  %19 = getelementptr inbounds i32, i32* %0, i64 %18
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = add nsw i32 %20, %17
  %22 = or i64 %12, 2
  %23 = getelementptr inbounds i32, i32* %0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, %21
  %26 = or i64 %12, 3
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, %25
  %30 = or i64 %12, 4
  %31 = getelementptr inbounds i32, i32* %0, i64 %30
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = add nsw i32 %32, %29
  %34 = or i64 %12, 5
  %35 = getelementptr inbounds i32, i32* %0, i64 %34
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %36, %33
  %38 = or i64 %12, 6
  %39 = getelementptr inbounds i32, i32* %0, i64 %38
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = add nsw i32 %40, %37
  %42 = or i64 %12, 7
  %43 = getelementptr inbounds i32, i32* %0, i64 %42
  %44 = load i32, i32* %43, align 4, !tbaa !5
  %45 = add nsw i32 %44, %41
  %46 = add nuw nsw i64 %12, 8
  %47 = add i64 %14, 8
  %48 = icmp eq i64 %47, %10
  br i1 %48, label %49, label %11, !llvm.loop !9

49:                                               ; preds = %11, %4
  %50 = phi i32 [ undef, %4 ], [ %45, %11 ]
  %51 = phi i64 [ 0, %4 ], [ %46, %11 ]
  %52 = phi i32 [ 0, %4 ], [ %45, %11 ]
  %53 = icmp eq i64 %7, 0
  br i1 %53, label %64, label %54

54:                                               ; preds = %49, %54
  %55 = phi i64 [ %61, %54 ], [ %51, %49 ]
  %56 = phi i32 [ %60, %54 ], [ %52, %49 ]
  %57 = phi i64 [ %62, %54 ], [ 0, %49 ]
  %58 = getelementptr inbounds i32, i32* %0, i64 %55
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, %56
  %61 = add nuw nsw i64 %55, 1
  %62 = add i64 %57, 1
  %63 = icmp eq i64 %62, %7
  br i1 %63, label %64, label %54, !llvm.loop !11

64:                                               ; preds = %54, %49
  %65 = phi i32 [ %50, %49 ], [ %60, %54 ]
  %66 = sitofp i32 %65 to double
  br label %67

67:                                               ; preds = %64, %2
  %68 = phi double [ 0.000000e+00, %2 ], [ %66, %64 ]
  %69 = sitofp i32 %1 to double
  %70 = fdiv double %68, %69
  %71 = fptrunc double %70 to float
  ret float %71
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = load i32, i32* @gi, align 4, !tbaa !5
  %2 = load float, float* @gf, align 4, !tbaa !13
  %3 = fpext float %2 to double
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef 7, double noundef 3.000000e+00, i32 noundef %1, double noundef %3) #4
  tail call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0)) #4
  tail call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 0)) #4
  tail call void @putfloat(float noundef 9.500000e+00) #4
  tail call void @putch(i32 noundef 32) #4
  %4 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), align 16, !tbaa !5
  %5 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 2), align 8, !tbaa !13
  %6 = sitofp i32 %4 to float
  %7 = fmul float %5, %6
  %8 = fadd float %7, 0x3FDB6DB6E0000000
  tail call void @putfloat(float noundef %8) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef -2) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 14) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putfloat(float noundef -2.000000e+00) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putfloat(float noundef 3.000000e+00) #4
  tail call void @putch(i32 noundef 10) #4
  %9 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), align 16, !tbaa !5
  %10 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 1), align 4, !tbaa !5
  %11 = add nsw i32 %10, %9
  %12 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 2), align 8, !tbaa !5
  %13 = add nsw i32 %12, %11
  %14 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 3), align 4, !tbaa !5
  %15 = add nsw i32 %14, %13
  %16 = sitofp i32 %15 to double
  %17 = fmul double %16, 2.500000e-01
  %18 = fptrunc double %17 to float
  %19 = fmul float %18, 2.500000e-01
  %20 = fptosi float %19 to i32
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [4 x i32], [4 x i32]* @ia, i64 0, i64 %21
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = sitofp i32 %23 to float
  %25 = fadd float %18, %24
  %26 = getelementptr inbounds [4 x float], [4 x float]* @fa, i64 0, i64 %21
  store float %25, float* %26, align 4, !tbaa !13
  %27 = fmul float %25, -2.000000e+00
  %28 = fptosi float %27 to i32
  %29 = add nsw i32 %20, 1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x i32], [4 x i32]* @ia, i64 0, i64 %30
  store i32 %28, i32* %31, align 4, !tbaa !5
  tail call void @putfloat(float noundef %18) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef %20) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0)) #4
  tail call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 0)) #4
  %32 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 1), align 4, !tbaa !13
  %33 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 2), align 8, !tbaa !13
  %34 = fmul float %32, %33
  %35 = fptosi float %34 to i32
  %36 = sitofp i32 %35 to float
  tail call void @putint(i32 noundef %35) #4
  tail call void @putch(i32 noundef 32) #4
  %37 = fmul float %36, 1.250000e-01
  tail call void @putfloat(float noundef %37) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 1) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putfloat(float noundef 5.000000e+00) #4
  tail call void @putch(i32 noundef 10) #4
  %38 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), align 16, !tbaa !5
  %39 = add i32 %35, %20
  %40 = add i32 %39, %38
  ret i32 %40
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #3

declare void @putfloat(float noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = !{!14, !14, i64 0}
!14 = !{!"float", !7, i64 0}
