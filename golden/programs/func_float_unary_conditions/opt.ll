; ModuleID = 'func_float_unary_conditions.sy'
source_filename = "func_float_unary_conditions.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@values = dso_local local_unnamed_addr global [6 x float] [float 0.000000e+00, float -0.000000e+00, float 5.000000e-01, float -2.250000e+00, float 0x3730000000000000, float 0x46293E5940000000], align 16
@ones = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [21 x i8] c"halvings=%d ones=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"steps=%d y=%a\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local void @bit(i32 noundef %0) local_unnamed_addr #0 {
  tail call void @putint(i32 noundef %0) #3
  %2 = load i32, i32* @ones, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @ones, align 4, !tbaa !5
  ret void
}

declare void @putint(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @negate_twice(float noundef returned %0) local_unnamed_addr #2 {
  ret float %0
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %41
  %2 = phi i64 [ 0, %0 ], [ %42, %41 ]
  %3 = getelementptr inbounds [6 x float], [6 x float]* @values, i64 0, i64 %2
  %4 = load float, float* %3, align 4, !tbaa !9
  %5 = fcmp une float %4, 0.000000e+00
  br i1 %5, label %6, label %16

6:                                                ; preds = %1
  tail call void @putint(i32 noundef 1) #3
  %7 = load i32, i32* @ones, align 4, !tbaa !5
  %8 = add nsw i32 %7, 1
  store i32 %8, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 1) #3
  %9 = load i32, i32* @ones, align 4, !tbaa !5
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* @ones, align 4, !tbaa !5
  %11 = fneg float %4
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 1) #3
  %12 = load i32, i32* @ones, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #3
  %14 = load i32, i32* @ones, align 4, !tbaa !5
  %15 = add nsw i32 %14, 1
  store i32 %15, i32* @ones, align 4, !tbaa !5
  br label %26

16:                                               ; preds = %1
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 1) #3
  %17 = load i32, i32* @ones, align 4, !tbaa !5
  %18 = add nsw i32 %17, 1
  store i32 %18, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #3
  %19 = fneg float %4
  tail call void @putint(i32 noundef 1) #3
  %20 = load i32, i32* @ones, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 0) #3
  %22 = fcmp ult float %4, %19
  br i1 %22, label %26, label %23

23:                                               ; preds = %16
  tail call void @putint(i32 noundef 1) #3
  %24 = load i32, i32* @ones, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* @ones, align 4, !tbaa !5
  br label %28

26:                                               ; preds = %6, %16
  %27 = phi float [ %11, %6 ], [ %19, %16 ]
  tail call void @putint(i32 noundef 0) #3
  br label %28

28:                                               ; preds = %26, %23
  %29 = phi float [ %27, %26 ], [ %19, %23 ]
  %30 = fcmp ogt float %4, %29
  br i1 %30, label %31, label %34

31:                                               ; preds = %28
  tail call void @putint(i32 noundef 1) #3
  %32 = load i32, i32* @ones, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, i32* @ones, align 4, !tbaa !5
  br label %35

34:                                               ; preds = %28
  tail call void @putint(i32 noundef 0) #3
  br label %35

35:                                               ; preds = %34, %31
  %36 = fcmp ord float %4, 0.000000e+00
  br i1 %36, label %37, label %40

37:                                               ; preds = %35
  tail call void @putint(i32 noundef 1) #3
  %38 = load i32, i32* @ones, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, i32* @ones, align 4, !tbaa !5
  br label %41

40:                                               ; preds = %35
  tail call void @putint(i32 noundef 0) #3
  br label %41

41:                                               ; preds = %40, %37
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef %29) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef %29) #3
  tail call void @putch(i32 noundef 10) #3
  %42 = add nuw nsw i64 %2, 1
  %43 = icmp eq i64 %42, 6
  br i1 %43, label %44, label %1, !llvm.loop !11

44:                                               ; preds = %41, %44
  %45 = phi float [ %47, %44 ], [ 1.000000e+00, %41 ]
  %46 = phi i32 [ %48, %44 ], [ 0, %41 ]
  %47 = fmul float %45, 5.000000e-01
  %48 = add nuw nsw i32 %46, 1
  %49 = fcmp une float %47, 0.000000e+00
  br i1 %49, label %44, label %50, !llvm.loop !13

50:                                               ; preds = %44
  %51 = load i32, i32* @ones, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %48, i32 noundef %51) #3
  br label %52

52:                                               ; preds = %50, %52
  %53 = phi i32 [ 0, %50 ], [ %59, %52 ]
  %54 = phi float [ 1.000000e+02, %50 ], [ %58, %52 ]
  %55 = fdiv float %54, -3.000000e+00
  %56 = fcmp olt float %55, 0.000000e+00
  %57 = fneg float %55
  %58 = select i1 %56, float %57, float %55
  %59 = add nuw nsw i32 %53, 1
  %60 = fcmp ogt float %58, 1.000000e+00
  %61 = fcmp uge float %58, 1.500000e+00
  %62 = and i1 %60, %61
  %63 = fcmp oeq float %58, 7.500000e-01
  %64 = or i1 %63, %62
  br i1 %64, label %52, label %65, !llvm.loop !14

65:                                               ; preds = %52
  %66 = fpext float %58 to double
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.1, i64 0, i64 0), i32 noundef %59, double noundef %66) #3
  tail call void @putint(i32 noundef 1) #3
  %67 = load i32, i32* @ones, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #3
  %69 = load i32, i32* @ones, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, i32* @ones, align 4, !tbaa !5
  tail call void @putint(i32 noundef 1) #3
  %71 = load i32, i32* @ones, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, i32* @ones, align 4, !tbaa !5
  tail call void @putch(i32 noundef 10) #3
  %73 = add nuw nsw i32 %59, %48
  %74 = load i32, i32* @ones, align 4, !tbaa !5
  %75 = add nsw i32 %73, %74
  ret i32 %75
}

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
