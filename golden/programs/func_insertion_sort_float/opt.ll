; ModuleID = 'func_insertion_sort_float.sy'
source_filename = "func_insertion_sort_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@vals = dso_local global [20 x float] [float 3.500000e+00, float -1.250000e+00, float 0.000000e+00, float 9.750000e+00, float 2.500000e+00, float -7.000000e+00, float 0x3F847AE140000000, float 1.200000e+01, float 4.000000e+00, float -5.000000e-01, float 6.250000e+00, float 3.500000e+00, float 1.000000e+02, float -1.000000e+02, float 1.250000e-01, float 2.000000e+00, float 8.500000e+00, float -3.750000e+00, float 5.000000e+00, float 1.000000e+00], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @key(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp olt float %0, 0.000000e+00
  %3 = fneg float %0
  %4 = select i1 %2, float %3, float %0
  ret float %4
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @isort(float* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = icmp sgt i32 %1, 1
  br i1 %4, label %5, label %51

5:                                                ; preds = %3
  %6 = icmp eq i32 %2, 0
  %7 = add nsw i32 %1, -1
  %8 = zext i32 %7 to i64
  br label %9

9:                                                ; preds = %5, %42
  %10 = phi i64 [ 1, %5 ], [ %48, %42 ]
  %11 = phi i64 [ 0, %5 ], [ %49, %42 ]
  %12 = getelementptr inbounds float, float* %0, i64 %10
  %13 = load float, float* %12, align 4, !tbaa !5
  br i1 %6, label %32, label %14

14:                                               ; preds = %9
  %15 = fcmp olt float %13, 0.000000e+00
  %16 = fneg float %13
  %17 = select i1 %15, float %16, float %13
  br label %18

18:                                               ; preds = %14, %27
  %19 = phi i64 [ %11, %14 ], [ %30, %27 ]
  %20 = and i64 %19, 4294967295
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = load float, float* %21, align 4, !tbaa !5
  %23 = fcmp olt float %22, 0.000000e+00
  %24 = fneg float %22
  %25 = select i1 %23, float %24, float %22
  %26 = fcmp ogt float %25, %17
  br i1 %26, label %27, label %42

27:                                               ; preds = %18
  %28 = add nuw nsw i64 %19, 1
  %29 = getelementptr inbounds float, float* %0, i64 %28
  store float %22, float* %29, align 4, !tbaa !5
  %30 = add nsw i64 %19, -1
  %31 = icmp sgt i64 %19, 0
  br i1 %31, label %18, label %42, !llvm.loop !9

32:                                               ; preds = %9, %37
  %33 = phi i64 [ %40, %37 ], [ %11, %9 ]
  %34 = getelementptr inbounds float, float* %0, i64 %33
  %35 = load float, float* %34, align 4, !tbaa !5
  %36 = fcmp olt float %35, %13
  br i1 %36, label %37, label %42

37:                                               ; preds = %32
  %38 = add nuw nsw i64 %33, 1
  %39 = getelementptr inbounds float, float* %0, i64 %38
  store float %35, float* %39, align 4, !tbaa !5
  %40 = add nsw i64 %33, -1
  %41 = icmp sgt i64 %33, 0
  br i1 %41, label %32, label %42, !llvm.loop !11

42:                                               ; preds = %18, %27, %32, %37
  %43 = phi i64 [ -1, %37 ], [ %33, %32 ], [ -1, %27 ], [ %19, %18 ]
  %44 = shl i64 %43, 32
  %45 = add i64 %44, 4294967296
  %46 = ashr exact i64 %45, 32
  %47 = getelementptr inbounds float, float* %0, i64 %46
  store float %13, float* %47, align 4, !tbaa !5
  %48 = add nuw nsw i64 %10, 1
  %49 = add nuw nsw i64 %11, 1
  %50 = icmp eq i64 %49, %8
  br i1 %50, label %51, label %9, !llvm.loop !12

51:                                               ; preds = %42, %3
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %16, %0
  %2 = phi i64 [ 1, %0 ], [ %22, %16 ]
  %3 = phi i64 [ 0, %0 ], [ %23, %16 ]
  %4 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %2
  %5 = load float, float* %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %11, %1
  %7 = phi i64 [ %14, %11 ], [ %3, %1 ]
  %8 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %7
  %9 = load float, float* %8, align 4, !tbaa !5
  %10 = fcmp olt float %9, %5
  br i1 %10, label %11, label %16

11:                                               ; preds = %6
  %12 = add nuw nsw i64 %7, 1
  %13 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %12
  store float %9, float* %13, align 4, !tbaa !5
  %14 = add nsw i64 %7, -1
  %15 = icmp sgt i64 %7, 0
  br i1 %15, label %6, label %16, !llvm.loop !11

16:                                               ; preds = %11, %6
  %17 = phi i64 [ -1, %11 ], [ %7, %6 ]
  %18 = shl i64 %17, 32
  %19 = add i64 %18, 4294967296
  %20 = ashr exact i64 %19, 32
  %21 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %20
  store float %5, float* %21, align 4, !tbaa !5
  %22 = add nuw nsw i64 %2, 1
  %23 = add nuw nsw i64 %3, 1
  %24 = icmp eq i64 %23, 19
  br i1 %24, label %25, label %1, !llvm.loop !12

25:                                               ; preds = %16
  tail call void @putfarray(i32 noundef 20, float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0)) #4
  br label %26

26:                                               ; preds = %48, %25
  %27 = phi i64 [ 1, %25 ], [ %54, %48 ]
  %28 = phi i64 [ 0, %25 ], [ %55, %48 ]
  %29 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %27
  %30 = load float, float* %29, align 4, !tbaa !5
  %31 = fcmp olt float %30, 0.000000e+00
  %32 = fneg float %30
  %33 = select i1 %31, float %32, float %30
  br label %34

34:                                               ; preds = %43, %26
  %35 = phi i64 [ %28, %26 ], [ %46, %43 ]
  %36 = and i64 %35, 4294967295
  %37 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %36
  %38 = load float, float* %37, align 4, !tbaa !5
  %39 = fcmp olt float %38, 0.000000e+00
  %40 = fneg float %38
  %41 = select i1 %39, float %40, float %38
  %42 = fcmp ogt float %41, %33
  br i1 %42, label %43, label %48

43:                                               ; preds = %34
  %44 = add nuw nsw i64 %35, 1
  %45 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %44
  store float %38, float* %45, align 4, !tbaa !5
  %46 = add nsw i64 %35, -1
  %47 = icmp sgt i64 %35, 0
  br i1 %47, label %34, label %48, !llvm.loop !9

48:                                               ; preds = %43, %34
  %49 = phi i64 [ -1, %43 ], [ %35, %34 ]
  %50 = shl i64 %49, 32
  %51 = add i64 %50, 4294967296
  %52 = ashr exact i64 %51, 32
  %53 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %52
  store float %30, float* %53, align 4, !tbaa !5
  %54 = add nuw nsw i64 %27, 1
  %55 = add nuw nsw i64 %28, 1
  %56 = icmp eq i64 %55, 19
  br i1 %56, label %57, label %26, !llvm.loop !12

57:                                               ; preds = %48
  tail call void @putfarray(i32 noundef 20, float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0)) #4
  %58 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0), align 16, !tbaa !5
  %59 = fadd float %58, 0.000000e+00
  %60 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 1), align 4, !tbaa !5
  %61 = fmul float %60, 2.000000e+00
  %62 = fadd float %59, %61
  %63 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 2), align 8, !tbaa !5
  %64 = fmul float %63, 3.000000e+00
  %65 = fadd float %62, %64
  %66 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 3), align 4, !tbaa !5
  %67 = fmul float %66, 4.000000e+00
  %68 = fadd float %65, %67
  %69 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 4), align 16, !tbaa !5
  %70 = fmul float %69, 5.000000e+00
  %71 = fadd float %68, %70
  %72 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 5), align 4, !tbaa !5
  %73 = fmul float %72, 6.000000e+00
  %74 = fadd float %71, %73
  %75 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 6), align 8, !tbaa !5
  %76 = fmul float %75, 7.000000e+00
  %77 = fadd float %74, %76
  %78 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 7), align 4, !tbaa !5
  %79 = fmul float %78, 8.000000e+00
  %80 = fadd float %77, %79
  %81 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 8), align 16, !tbaa !5
  %82 = fmul float %81, 9.000000e+00
  %83 = fadd float %80, %82
  %84 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 9), align 4, !tbaa !5
  %85 = fmul float %84, 1.000000e+01
  %86 = fadd float %83, %85
  %87 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 10), align 8, !tbaa !5
  %88 = fmul float %87, 1.100000e+01
  %89 = fadd float %86, %88
  %90 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 11), align 4, !tbaa !5
  %91 = fmul float %90, 1.200000e+01
  %92 = fadd float %89, %91
  %93 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 12), align 16, !tbaa !5
  %94 = fmul float %93, 1.300000e+01
  %95 = fadd float %92, %94
  %96 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 13), align 4, !tbaa !5
  %97 = fmul float %96, 1.400000e+01
  %98 = fadd float %95, %97
  %99 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 14), align 8, !tbaa !5
  %100 = fmul float %99, 1.500000e+01
  %101 = fadd float %98, %100
  %102 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 15), align 4, !tbaa !5
  %103 = fmul float %102, 1.600000e+01
  %104 = fadd float %101, %103
  %105 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 16), align 16, !tbaa !5
  %106 = fmul float %105, 1.700000e+01
  %107 = fadd float %104, %106
  %108 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 17), align 4, !tbaa !5
  %109 = fmul float %108, 1.800000e+01
  %110 = fadd float %107, %109
  %111 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 18), align 8, !tbaa !5
  %112 = fmul float %111, 1.900000e+01
  %113 = fadd float %110, %112
  %114 = load float, float* getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 19), align 4, !tbaa !5
  %115 = fmul float %114, 2.000000e+01
  %116 = fadd float %113, %115
  tail call void @putfloat(float noundef %116) #4
  tail call void @putch(i32 noundef 10) #4
  %117 = fptosi float %116 to i32
  %118 = srem i32 %117, 256
  ret i32 %118
}

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #3

declare void @putfloat(float noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
