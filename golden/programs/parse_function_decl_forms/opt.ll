; ModuleID = 'parse_function_decl_forms.sy'
source_filename = "parse_function_decl_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @zero() local_unnamed_addr #0 {
  ret i32 0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local void @nop() local_unnamed_addr #0 {
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @fone() local_unnamed_addr #0 {
  ret float 1.000000e+00
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @id(i32 noundef returned %0) local_unnamed_addr #0 {
  ret i32 %0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @fid(float noundef returned %0) local_unnamed_addr #0 {
  ret float %0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @add3(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = add nsw i32 %1, %0
  %5 = add nsw i32 %4, %2
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @first(i32* nocapture noundef readonly %0) local_unnamed_addr #1 {
  %2 = load i32, i32* %0, align 4, !tbaa !5
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @corner([3 x i32]* nocapture noundef readonly %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 1, i64 2
  %3 = load i32, i32* %2, align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @deep3([2 x [2 x i32]]* nocapture noundef readonly %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %0, i64 1, i64 1, i64 1
  %3 = load i32, i32* %2, align 4, !tbaa !5
  %4 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %0, i64 0, i64 0, i64 0
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = add nsw i32 %5, %3
  ret i32 %6
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @favg(float* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %64

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
  %13 = phi float [ 0.000000e+00, %9 ], [ %45, %11 ]
  %14 = phi i64 [ 0, %9 ], [ %47, %11 ]
  %15 = getelementptr inbounds float, float* %0, i64 %12
  %16 = load float, float* %15, align 4, !tbaa !9
  %17 = fadd float %13, %16
  %18 = or i64 %12, 1
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = load float, float* %19, align 4, !tbaa !9
  %21 = fadd float %17, %20
  %22 = or i64 %12, 2
  %23 = getelementptr inbounds float, float* %0, i64 %22
  %24 = load float, float* %23, align 4, !tbaa !9
  %25 = fadd float %21, %24
  %26 = or i64 %12, 3
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = load float, float* %27, align 4, !tbaa !9
  %29 = fadd float %25, %28
  %30 = or i64 %12, 4
  %31 = getelementptr inbounds float, float* %0, i64 %30
  %32 = load float, float* %31, align 4, !tbaa !9
  %33 = fadd float %29, %32
  %34 = or i64 %12, 5
  %35 = getelementptr inbounds float, float* %0, i64 %34
  %36 = load float, float* %35, align 4, !tbaa !9
  %37 = fadd float %33, %36
  %38 = or i64 %12, 6
  %39 = getelementptr inbounds float, float* %0, i64 %38
  %40 = load float, float* %39, align 4, !tbaa !9
  %41 = fadd float %37, %40
  %42 = or i64 %12, 7
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = load float, float* %43, align 4, !tbaa !9
  %45 = fadd float %41, %44
  %46 = add nuw nsw i64 %12, 8
  %47 = add i64 %14, 8
  %48 = icmp eq i64 %47, %10
  br i1 %48, label %49, label %11, !llvm.loop !11

49:                                               ; preds = %11, %4
  %50 = phi float [ undef, %4 ], [ %45, %11 ]
  %51 = phi i64 [ 0, %4 ], [ %46, %11 ]
  %52 = phi float [ 0.000000e+00, %4 ], [ %45, %11 ]
  %53 = icmp eq i64 %7, 0
  br i1 %53, label %64, label %54

54:                                               ; preds = %49, %54
  %55 = phi i64 [ %61, %54 ], [ %51, %49 ]
  %56 = phi float [ %60, %54 ], [ %52, %49 ]
  %57 = phi i64 [ %62, %54 ], [ 0, %49 ]
  %58 = getelementptr inbounds float, float* %0, i64 %55
  %59 = load float, float* %58, align 4, !tbaa !9
  %60 = fadd float %56, %59
  %61 = add nuw nsw i64 %55, 1
  %62 = add i64 %57, 1
  %63 = icmp eq i64 %62, %7
  br i1 %63, label %64, label %54, !llvm.loop !13

64:                                               ; preds = %49, %54, %2
  %65 = phi float [ 0.000000e+00, %2 ], [ %50, %49 ], [ %60, %54 ]
  %66 = sitofp i32 %1 to float
  %67 = fdiv float %65, %66
  ret float %67
}

; Function Attrs: nofree nosync nounwind readonly uwtable
define dso_local i32 @row_total(i32* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %64, label %4

4:                                                ; preds = %2
  %5 = sext i32 %1 to i64
  %6 = add i32 %1, -1
  %7 = and i32 %1, 7
  %8 = icmp ult i32 %6, 7
  br i1 %8, label %49, label %9

9:                                                ; preds = %4
  %10 = and i32 %1, -8
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ %5, %9 ], [ %43, %11 ]
  %13 = phi i32 [ 0, %9 ], [ %46, %11 ]
  %14 = phi i32 [ 0, %9 ], [ %47, %11 ]
  %15 = add nsw i64 %12, -1
  %16 = getelementptr inbounds i32, i32* %0, i64 %15
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = add nsw i32 %17, %13
  %19 = add nsw i64 %12, -2
  %20 = getelementptr inbounds i32, i32* %0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %18
  %23 = add nsw i64 %12, -3
  %24 = getelementptr inbounds i32, i32* %0, i64 %23
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = add nsw i32 %25, %22
  %27 = add nsw i64 %12, -4
  %28 = getelementptr inbounds i32, i32* %0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = add nsw i32 %29, %26
  %31 = add nsw i64 %12, -5
  %32 = getelementptr inbounds i32, i32* %0, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = add nsw i32 %33, %30
  %35 = add nsw i64 %12, -6
  %36 = getelementptr inbounds i32, i32* %0, i64 %35
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = add nsw i32 %37, %34
  %39 = add nsw i64 %12, -7
  %40 = getelementptr inbounds i32, i32* %0, i64 %39
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = add nsw i32 %41, %38
  %43 = add nsw i64 %12, -8
  %44 = getelementptr inbounds i32, i32* %0, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %45, %42
  %47 = add i32 %14, 8
  %48 = icmp eq i32 %47, %10
  br i1 %48, label %49, label %11

49:                                               ; preds = %11, %4
  %50 = phi i32 [ undef, %4 ], [ %46, %11 ]
  %51 = phi i64 [ %5, %4 ], [ %43, %11 ]
  %52 = phi i32 [ 0, %4 ], [ %46, %11 ]
  %53 = icmp eq i32 %7, 0
  br i1 %53, label %64, label %54

54:                                               ; preds = %49, %54
  %55 = phi i64 [ %58, %54 ], [ %51, %49 ]
  %56 = phi i32 [ %61, %54 ], [ %52, %49 ]
  %57 = phi i32 [ %62, %54 ], [ 0, %49 ]
  %58 = add nsw i64 %55, -1
  %59 = getelementptr inbounds i32, i32* %0, i64 %58
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, %56
  %62 = add i32 %57, 1
  %63 = icmp eq i32 %62, %7
  br i1 %63, label %64, label %54, !llvm.loop !15

64:                                               ; preds = %49, %54, %2
  %65 = phi i32 [ 0, %2 ], [ %50, %49 ], [ %61, %54 ]
  ret i32 %65
}

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local void @set_all(i32* nocapture noundef writeonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #4 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %43

5:                                                ; preds = %3
  %6 = zext i32 %1 to i64
  %7 = add nsw i64 %6, -1
  %8 = and i64 %6, 7
  %9 = icmp ult i64 %7, 7
  br i1 %9, label %33, label %10

10:                                               ; preds = %5
  %11 = and i64 %6, 4294967288
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %30, %12 ]
  %14 = phi i64 [ 0, %10 ], [ %31, %12 ]
  %15 = getelementptr inbounds i32, i32* %0, i64 %13
  store i32 %2, i32* %15, align 4, !tbaa !5
  %16 = or i64 %13, 1
  %17 = getelementptr inbounds i32, i32* %0, i64 %16
  store i32 %2, i32* %17, align 4, !tbaa !5
  %18 = or i64 %13, 2
  %19 = getelementptr inbounds i32, i32* %0, i64 %18
  store i32 %2, i32* %19, align 4, !tbaa !5
  %20 = or i64 %13, 3
  %21 = getelementptr inbounds i32, i32* %0, i64 %20
  store i32 %2, i32* %21, align 4, !tbaa !5
  %22 = or i64 %13, 4
  %23 = getelementptr inbounds i32, i32* %0, i64 %22
  store i32 %2, i32* %23, align 4, !tbaa !5
  %24 = or i64 %13, 5
  %25 = getelementptr inbounds i32, i32* %0, i64 %24
  store i32 %2, i32* %25, align 4, !tbaa !5
  %26 = or i64 %13, 6
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  store i32 %2, i32* %27, align 4, !tbaa !5
  %28 = or i64 %13, 7
  %29 = getelementptr inbounds i32, i32* %0, i64 %28
  store i32 %2, i32* %29, align 4, !tbaa !5
  %30 = add nuw nsw i64 %13, 8
  %31 = add i64 %14, 8
  %32 = icmp eq i64 %31, %11
  br i1 %32, label %33, label %12, !llvm.loop !16

33:                                               ; preds = %12, %5
  %34 = phi i64 [ 0, %5 ], [ %30, %12 ]
  %35 = icmp eq i64 %8, 0
  br i1 %35, label %43, label %36

36:                                               ; preds = %33, %36
  %37 = phi i64 [ %40, %36 ], [ %34, %33 ]
  %38 = phi i64 [ %41, %36 ], [ 0, %33 ]
  %39 = getelementptr inbounds i32, i32* %0, i64 %37
  store i32 %2, i32* %39, align 4, !tbaa !5
  %40 = add nuw nsw i64 %37, 1
  %41 = add i64 %38, 1
  %42 = icmp eq i64 %41, %8
  br i1 %42, label %43, label %36, !llvm.loop !17

43:                                               ; preds = %33, %36, %3
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #5 {
  tail call void @putint(i32 noundef 23) #7
  tail call void @putch(i32 noundef 10) #7
  tail call void @putfloat(float noundef 3.500000e+00) #7
  tail call void @putch(i32 noundef 10) #7
  tail call void @putint(i32 noundef 41) #7
  tail call void @putch(i32 noundef 10) #7
  tail call void @putint(i32 noundef 15) #7
  tail call void @putch(i32 noundef 10) #7
  tail call void @putint(i32 noundef 5) #7
  tail call void @putch(i32 noundef 10) #7
  ret i32 50
}

declare void @putint(i32 noundef) local_unnamed_addr #6

declare void @putch(i32 noundef) local_unnamed_addr #6

declare void @putfloat(float noundef) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

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
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !14}
