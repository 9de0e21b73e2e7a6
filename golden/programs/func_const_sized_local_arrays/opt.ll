; ModuleID = 'func_const_sized_local_arrays.sy'
source_filename = "func_const_sized_local_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local local_unnamed_addr constant i32 4, align 4
@K = dso_local local_unnamed_addr constant i32 3, align 4

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local void @fill(i32* nocapture noundef writeonly %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %51

6:                                                ; preds = %4
  %7 = zext i32 %1 to i64
  %8 = add nsw i64 %7, -1
  %9 = and i64 %7, 3
  %10 = icmp ult i64 %8, 3
  br i1 %10, label %38, label %11

11:                                               ; preds = %6
  %12 = and i64 %7, 4294967292
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %35, %13 ]
  %15 = phi i64 [ 0, %11 ], [ %36, %13 ]
  %16 = trunc i64 %14 to i32
  %17 = mul nsw i32 %16, %3
  %18 = add nsw i32 %17, %2
  %19 = getelementptr inbounds i32, i32* %0, i64 %14
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = or i64 %14, 1
  %21 = trunc i64 %20 to i32
  %22 = mul nsw i32 %21, %3
  %23 = add nsw i32 %22, %2
  %24 = getelementptr inbounds i32, i32* %0, i64 %20
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = or i64 %14, 2
  %26 = trunc i64 %25 to i32
  %27 = mul nsw i32 %26, %3
  %28 = add nsw i32 %27, %2
  %29 = getelementptr inbounds i32, i32* %0, i64 %25
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = or i64 %14, 3
  %31 = trunc i64 %30 to i32
  %32 = mul nsw i32 %31, %3
  %33 = add nsw i32 %32, %2
  %34 = getelementptr inbounds i32, i32* %0, i64 %30
  store i32 %33, i32* %34, align 4, !tbaa !5
  %35 = add nuw nsw i64 %14, 4
  %36 = add i64 %15, 4
  %37 = icmp eq i64 %36, %12
  br i1 %37, label %38, label %13, !llvm.loop !9

38:                                               ; preds = %13, %6
  %39 = phi i64 [ 0, %6 ], [ %35, %13 ]
  %40 = icmp eq i64 %9, 0
  br i1 %40, label %51, label %41

41:                                               ; preds = %38, %41
  %42 = phi i64 [ %48, %41 ], [ %39, %38 ]
  %43 = phi i64 [ %49, %41 ], [ 0, %38 ]
  %44 = trunc i64 %42 to i32
  %45 = mul nsw i32 %44, %3
  %46 = add nsw i32 %45, %2
  %47 = getelementptr inbounds i32, i32* %0, i64 %42
  store i32 %46, i32* %47, align 4, !tbaa !5
  %48 = add nuw nsw i64 %42, 1
  %49 = add i64 %43, 1
  %50 = icmp eq i64 %49, %9
  br i1 %50, label %51, label %41, !llvm.loop !11

51:                                               ; preds = %38, %41, %4
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @row_sums(i32* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef %2) local_unnamed_addr #2 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %26

5:                                                ; preds = %3
  %6 = zext i32 %1 to i64
  br label %7

7:                                                ; preds = %5, %7
  %8 = phi i64 [ 0, %5 ], [ %24, %7 ]
  %9 = phi i32 [ 0, %5 ], [ %23, %7 ]
  %10 = getelementptr inbounds i32, i32* %2, i64 %8
  store i32 0, i32* %10, align 4, !tbaa !5
  %11 = shl nuw nsw i64 %8, 2
  %12 = getelementptr inbounds i32, i32* %0, i64 %11
  %13 = load i32, i32* %12, align 4, !tbaa !5
  store i32 %13, i32* %10, align 4, !tbaa !5
  %14 = getelementptr inbounds i32, i32* %12, i64 1
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = add nsw i32 %15, %13
  store i32 %16, i32* %10, align 4, !tbaa !5
  %17 = getelementptr inbounds i32, i32* %12, i64 2
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %16
  store i32 %19, i32* %10, align 4, !tbaa !5
  %20 = getelementptr inbounds i32, i32* %12, i64 3
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %19
  store i32 %22, i32* %10, align 4, !tbaa !5
  %23 = add nsw i32 %22, %9
  %24 = add nuw nsw i64 %8, 1
  %25 = icmp eq i64 %24, %6
  br i1 %25, label %26, label %7, !llvm.loop !13

26:                                               ; preds = %7, %3
  %27 = phi i32 [ 0, %3 ], [ %23, %7 ]
  ret i32 %27
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @trace3([2 x i32]* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %52

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = and i64 %5, 1
  %7 = icmp eq i32 %1, 1
  br i1 %7, label %36, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 4294967294
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %33, %10 ]
  %12 = phi i32 [ 0, %8 ], [ %32, %10 ]
  %13 = phi i64 [ 0, %8 ], [ %34, %10 ]
  %14 = mul nuw nsw i64 %11, 3
  %15 = getelementptr inbounds [2 x i32], [2 x i32]* %0, i64 %14
  %16 = trunc i64 %11 to i32
  %17 = urem i32 %16, 3
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds [2 x i32], [2 x i32]* %15, i64 %18
  %20 = getelementptr inbounds [2 x i32], [2 x i32]* %19, i64 0, i64 0
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %12
  %23 = or i64 %11, 1
  %24 = mul nuw nsw i64 %23, 3
  %25 = getelementptr inbounds [2 x i32], [2 x i32]* %0, i64 %24
  %26 = trunc i64 %23 to i32
  %27 = urem i32 %26, 3
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [2 x i32], [2 x i32]* %25, i64 %28
  %30 = getelementptr inbounds [2 x i32], [2 x i32]* %29, i64 0, i64 1
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = add nsw i32 %31, %22
  %33 = add nuw nsw i64 %11, 2
  %34 = add i64 %13, 2
  %35 = icmp eq i64 %34, %9
  br i1 %35, label %36, label %10, !llvm.loop !14

36:                                               ; preds = %10, %4
  %37 = phi i32 [ undef, %4 ], [ %32, %10 ]
  %38 = phi i64 [ 0, %4 ], [ %33, %10 ]
  %39 = phi i32 [ 0, %4 ], [ %32, %10 ]
  %40 = icmp eq i64 %6, 0
  br i1 %40, label %52, label %41

41:                                               ; preds = %36
  %42 = mul nuw nsw i64 %38, 3
  %43 = getelementptr inbounds [2 x i32], [2 x i32]* %0, i64 %42
  %44 = trunc i64 %38 to i32
  %45 = urem i32 %44, 3
  %46 = zext i32 %45 to i64
  %47 = getelementptr inbounds [2 x i32], [2 x i32]* %43, i64 %46
  %48 = and i64 %38, 1
  %49 = getelementptr inbounds [2 x i32], [2 x i32]* %47, i64 0, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, %39
  br label %52

52:                                               ; preds = %41, %36, %2
  %53 = phi i32 [ 0, %2 ], [ %37, %36 ], [ %51, %41 ]
  ret i32 %53
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @dot(float* nocapture noundef readonly %0, float* nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #3 {
  %4 = sext i32 %2 to i64
  %5 = mul nsw i64 %4, 5
  %6 = getelementptr inbounds float, float* %1, i64 %5
  %7 = load float, float* %0, align 4, !tbaa !15
  %8 = load float, float* %6, align 4, !tbaa !15
  %9 = fmul float %7, %8
  %10 = fadd float %9, 0.000000e+00
  %11 = getelementptr inbounds float, float* %0, i64 1
  %12 = load float, float* %11, align 4, !tbaa !15
  %13 = getelementptr inbounds float, float* %6, i64 1
  %14 = load float, float* %13, align 4, !tbaa !15
  %15 = fmul float %12, %14
  %16 = fadd float %10, %15
  %17 = getelementptr inbounds float, float* %0, i64 2
  %18 = load float, float* %17, align 4, !tbaa !15
  %19 = getelementptr inbounds float, float* %6, i64 2
  %20 = load float, float* %19, align 4, !tbaa !15
  %21 = fmul float %18, %20
  %22 = fadd float %16, %21
  %23 = getelementptr inbounds float, float* %0, i64 3
  %24 = load float, float* %23, align 4, !tbaa !15
  %25 = getelementptr inbounds float, float* %6, i64 3
  %26 = load float, float* %25, align 4, !tbaa !15
  %27 = fmul float %24, %26
  %28 = fadd float %22, %27
  %29 = getelementptr inbounds float, float* %0, i64 4
  %30 = load float, float* %29, align 4, !tbaa !15
  %31 = getelementptr inbounds float, float* %6, i64 4
  %32 = load float, float* %31, align 4, !tbaa !15
  %33 = fmul float %30, %32
  %34 = fadd float %28, %33
  ret float %34
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = alloca [9 x i32], align 16
  %2 = alloca [4 x i32], align 16
  %3 = alloca [6 x i32], align 16
  %4 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 0
  %5 = bitcast [9 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 36, i8* nonnull %5) #7
  %6 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 4
  %7 = bitcast i32* %6 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(36) %7, i8 0, i64 20, i1 false)
  %8 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 0
  store i32 3, i32* %8, align 16
  %9 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 1
  store i32 1, i32* %9, align 4
  %10 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 2
  store i32 4, i32* %10, align 8
  %11 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 3
  store i32 1, i32* %11, align 4
  %12 = getelementptr inbounds [9 x i32], [9 x i32]* %1, i64 0, i64 4
  store i32 5, i32* %12, align 16
  %13 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 0
  store i32 10, i32* %13, align 16, !tbaa !5
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 1
  store i32 7, i32* %14, align 4, !tbaa !5
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 2
  store i32 4, i32* %15, align 8, !tbaa !5
  %16 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 3
  store i32 1, i32* %16, align 4, !tbaa !5
  call void @putarray(i32 noundef 4, i32* noundef nonnull %13) #7
  store i32 12, i32* %4, align 16, !tbaa !5
  %17 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 1
  store i32 10, i32* %17, align 4, !tbaa !5
  %18 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 2
  store i32 28, i32* %18, align 8, !tbaa !5
  %19 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 3
  store i32 22, i32* %19, align 4, !tbaa !5
  %20 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 4
  store i32 44, i32* %20, align 16, !tbaa !5
  %21 = getelementptr inbounds [6 x i32], [6 x i32]* %3, i64 0, i64 5
  store i32 30, i32* %21, align 4, !tbaa !5
  call void @putint(i32 noundef 146) #7
  call void @putch(i32 noundef 32) #7
  call void @putarray(i32 noundef 6, i32* noundef nonnull %4) #7
  store i32 1, i32* %4, align 16, !tbaa !5
  store i32 5, i32* %17, align 4, !tbaa !5
  store i32 9, i32* %18, align 8, !tbaa !5
  store i32 0, i32* %19, align 4, !tbaa !5
  store i32 0, i32* %20, align 16, !tbaa !5
  store i32 0, i32* %21, align 4, !tbaa !5
  call void @putint(i32 noundef 15) #7
  call void @putch(i32 noundef 32) #7
  call void @putarray(i32 noundef 6, i32* noundef nonnull %4) #7
  store i32 0, i32* %4, align 16, !tbaa !5
  store i32 0, i32* %17, align 4, !tbaa !5
  store i32 0, i32* %18, align 8, !tbaa !5
  call void @putint(i32 noundef 0) #7
  call void @putch(i32 noundef 10) #7
  call void @putint(i32 noundef -19) #7
  call void @putch(i32 noundef 10) #7
  call void @putarray(i32 noundef 9, i32* noundef nonnull %8) #7
  call void @putfloat(float noundef 7.000000e+00) #7
  call void @putch(i32 noundef 32) #7
  call void @putfloat(float noundef -1.000000e+00) #7
  call void @putch(i32 noundef 10) #7
  %22 = load i32, i32* %4, align 16, !tbaa !5
  %23 = load i32, i32* %16, align 4, !tbaa !5
  %24 = add i32 %22, 6
  %25 = add i32 %24, %23
  call void @llvm.lifetime.end.p0i8(i64 36, i8* nonnull %5) #7
  ret i32 %25
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #5

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #6

declare void @putint(i32 noundef) local_unnamed_addr #6

declare void @putch(i32 noundef) local_unnamed_addr #6

declare void @putfloat(float noundef) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = !{!16, !16, i64 0}
!16 = !{!"float", !7, i64 0}
