; ModuleID = 'func_many_params.sy'
source_filename = "func_many_params.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @weighted(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i32 noundef %10, i32 noundef %11) local_unnamed_addr #0 {
  %13 = shl nsw i32 %1, 1
  %14 = add nsw i32 %13, %0
  %15 = mul nsw i32 %2, 3
  %16 = add nsw i32 %14, %15
  %17 = shl nsw i32 %3, 2
  %18 = add nsw i32 %16, %17
  %19 = mul nsw i32 %4, 5
  %20 = add nsw i32 %18, %19
  %21 = mul nsw i32 %5, 6
  %22 = add nsw i32 %20, %21
  %23 = mul nsw i32 %6, 7
  %24 = add nsw i32 %22, %23
  %25 = shl nsw i32 %7, 3
  %26 = add nsw i32 %24, %25
  %27 = mul nsw i32 %8, 9
  %28 = add nsw i32 %26, %27
  %29 = mul nsw i32 %9, 10
  %30 = add nsw i32 %28, %29
  %31 = mul nsw i32 %10, 11
  %32 = add nsw i32 %30, %31
  %33 = mul nsw i32 %11, 12
  %34 = add nsw i32 %32, %33
  ret i32 %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @fmix(float noundef %0, i32 noundef %1, float noundef %2, i32 noundef %3, float noundef %4, i32 noundef %5, float noundef %6, i32 noundef %7, float noundef %8, i32 noundef %9, float noundef %10, i32 noundef %11, float noundef %12, i32 noundef %13, float noundef %14, i32 noundef %15, float noundef %16, i32 noundef %17, float noundef %18, i32 noundef %19) local_unnamed_addr #0 {
  %21 = sitofp i32 %1 to float
  %22 = fmul float %21, %0
  %23 = sitofp i32 %3 to float
  %24 = fmul float %23, %2
  %25 = fadd float %22, %24
  %26 = sitofp i32 %5 to float
  %27 = fmul float %26, %4
  %28 = fadd float %25, %27
  %29 = sitofp i32 %7 to float
  %30 = fmul float %29, %6
  %31 = fadd float %28, %30
  %32 = sitofp i32 %9 to float
  %33 = fmul float %32, %8
  %34 = fadd float %31, %33
  %35 = sitofp i32 %11 to float
  %36 = fmul float %35, %10
  %37 = fadd float %34, %36
  %38 = sitofp i32 %13 to float
  %39 = fmul float %38, %12
  %40 = fadd float %37, %39
  %41 = sitofp i32 %15 to float
  %42 = fmul float %41, %14
  %43 = fadd float %40, %42
  %44 = sitofp i32 %17 to float
  %45 = fmul float %44, %16
  %46 = fadd float %43, %45
  %47 = sitofp i32 %19 to float
  %48 = fmul float %47, %18
  %49 = fadd float %46, %48
  ret float %49
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @arr_args(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, [2 x i32]* nocapture noundef readonly %2, float* nocapture noundef readonly %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #1 {
  %7 = icmp sgt i32 %4, 0
  br i1 %7, label %8, label %34

8:                                                ; preds = %6
  %9 = sitofp i32 %5 to float
  %10 = zext i32 %4 to i64
  br label %11

11:                                               ; preds = %8, %11
  %12 = phi i64 [ 0, %8 ], [ %32, %11 ]
  %13 = phi i32 [ 0, %8 ], [ %31, %11 ]
  %14 = getelementptr inbounds i32, i32* %0, i64 %12
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, i32* %1, i64 %12
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = mul nsw i32 %17, %15
  %19 = add nsw i32 %18, %13
  %20 = getelementptr inbounds [2 x i32], [2 x i32]* %2, i64 %12, i64 0
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %19, %21
  %23 = getelementptr inbounds [2 x i32], [2 x i32]* %2, i64 %12, i64 1
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = sub i32 %22, %24
  %26 = sitofp i32 %25 to float
  %27 = getelementptr inbounds float, float* %3, i64 %12
  %28 = load float, float* %27, align 4, !tbaa !9
  %29 = fmul float %28, %9
  %30 = fadd float %29, %26
  %31 = fptosi float %30 to i32
  %32 = add nuw nsw i64 %12, 1
  %33 = icmp eq i64 %32, %10
  br i1 %33, label %34, label %11, !llvm.loop !11

34:                                               ; preds = %11, %6
  %35 = phi i32 [ 0, %6 ], [ %31, %11 ]
  ret i32 %35
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @chain(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7) local_unnamed_addr #2 {
  %9 = icmp slt i32 %0, 1
  br i1 %9, label %45, label %10

10:                                               ; preds = %8
  %11 = add i32 %0, -1
  %12 = and i32 %0, 7
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %28, label %14

14:                                               ; preds = %10, %14
  %15 = phi i32 [ %25, %14 ], [ %7, %10 ]
  %16 = phi i32 [ %15, %14 ], [ %6, %10 ]
  %17 = phi i32 [ %16, %14 ], [ %5, %10 ]
  %18 = phi i32 [ %17, %14 ], [ %4, %10 ]
  %19 = phi i32 [ %18, %14 ], [ %3, %10 ]
  %20 = phi i32 [ %19, %14 ], [ %2, %10 ]
  %21 = phi i32 [ %20, %14 ], [ %1, %10 ]
  %22 = phi i32 [ %24, %14 ], [ %0, %10 ]
  %23 = phi i32 [ %26, %14 ], [ 0, %10 ]
  %24 = add nsw i32 %22, -1
  %25 = add nsw i32 %21, 1
  %26 = add i32 %23, 1
  %27 = icmp eq i32 %26, %12
  br i1 %27, label %28, label %14, !llvm.loop !13

28:                                               ; preds = %14, %10
  %29 = phi i32 [ undef, %10 ], [ %15, %14 ]
  %30 = phi i32 [ undef, %10 ], [ %16, %14 ]
  %31 = phi i32 [ undef, %10 ], [ %17, %14 ]
  %32 = phi i32 [ undef, %10 ], [ %18, %14 ]
  %33 = phi i32 [ undef, %10 ], [ %19, %14 ]
  %34 = phi i32 [ undef, %10 ], [ %20, %14 ]
  %35 = phi i32 [ undef, %10 ], [ %25, %14 ]
  %36 = phi i32 [ %7, %10 ], [ %25, %14 ]
  %37 = phi i32 [ %6, %10 ], [ %15, %14 ]
  %38 = phi i32 [ %5, %10 ], [ %16, %14 ]
  %39 = phi i32 [ %4, %10 ], [ %17, %14 ]
  %40 = phi i32 [ %3, %10 ], [ %18, %14 ]
  %41 = phi i32 [ %2, %10 ], [ %19, %14 ]
  %42 = phi i32 [ %1, %10 ], [ %20, %14 ]
  %43 = phi i32 [ %0, %10 ], [ %24, %14 ]
  %44 = icmp ult i32 %11, 7
  br i1 %44, label %45, label %59

45:                                               ; preds = %28, %59, %8
  %46 = phi i32 [ %1, %8 ], [ %34, %28 ], [ %68, %59 ]
  %47 = phi i32 [ %2, %8 ], [ %33, %28 ], [ %69, %59 ]
  %48 = phi i32 [ %3, %8 ], [ %32, %28 ], [ %70, %59 ]
  %49 = phi i32 [ %4, %8 ], [ %31, %28 ], [ %71, %59 ]
  %50 = phi i32 [ %5, %8 ], [ %30, %28 ], [ %72, %59 ]
  %51 = phi i32 [ %6, %8 ], [ %29, %28 ], [ %74, %59 ]
  %52 = phi i32 [ %7, %8 ], [ %35, %28 ], [ %76, %59 ]
  %53 = add nsw i32 %47, %46
  %54 = add nsw i32 %53, %48
  %55 = add nsw i32 %54, %49
  %56 = add nsw i32 %55, %50
  %57 = add nsw i32 %56, %51
  %58 = add nsw i32 %57, %52
  ret i32 %58

59:                                               ; preds = %28, %59
  %60 = phi i32 [ %76, %59 ], [ %36, %28 ]
  %61 = phi i32 [ %74, %59 ], [ %37, %28 ]
  %62 = phi i32 [ %72, %59 ], [ %38, %28 ]
  %63 = phi i32 [ %71, %59 ], [ %39, %28 ]
  %64 = phi i32 [ %70, %59 ], [ %40, %28 ]
  %65 = phi i32 [ %69, %59 ], [ %41, %28 ]
  %66 = phi i32 [ %68, %59 ], [ %42, %28 ]
  %67 = phi i32 [ %75, %59 ], [ %43, %28 ]
  %68 = add nsw i32 %65, 1
  %69 = add nsw i32 %64, 1
  %70 = add nsw i32 %63, 1
  %71 = add nsw i32 %62, 1
  %72 = add nsw i32 %61, 1
  %73 = add nsw i32 %67, -7
  %74 = add nsw i32 %60, 1
  %75 = add nsw i32 %67, -8
  %76 = add nsw i32 %66, 2
  %77 = icmp ult i32 %73, 2
  br i1 %77, label %45, label %59
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  tail call void @putint(i32 noundef 650) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @putfloat(float noundef 3.575000e+02) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @putint(i32 noundef 65) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @putint(i32 noundef 33) #5
  tail call void @putch(i32 noundef 10) #5
  ret i32 748
}

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putfloat(float noundef) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
